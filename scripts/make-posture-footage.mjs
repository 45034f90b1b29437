// Makes the posture test footage from one real photograph: the seated man in @vladmandic/human's
// assets/samples.jpg (MIT, Copyright (c) Vladimir Mandic; third picture of the top row, 212x158).
// Each scene is written twice: FILE.y4m for Chromium's fake camera
// (--use-file-for-fake-video-capture) and FILE.webm for the preview's ?video=. 320x240 at 5 fps,
// the size the posture window asks the camera for. The files are big (.y4m is raw), so they are
// made at test time into an ignored folder, never committed.
//
//   node scripts/make-posture-footage.mjs [OUT_DIR=out/posture-footage] [SCENE...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = 'node_modules/@vladmandic/human/assets/samples.jpg';
const FPS = 5;
const SIZE = 'scale=320:240:flags=bicubic,setsar=1,format=yuv420p';

// The base image is the photograph cropped and scaled to 640x476. In it (from the model's
// keypoints) the ears sit near y 110-125, the chin near y 160, the shoulders at y 200, the
// shoulders' midpoint at x 404, and the shoulders are 216 px apart.
const BASE = 'crop=212:158:325:0,scale=640:476:flags=lanczos';
// Someone else: the standing woman in the fifth picture of the same row, smaller, as if further back.
const PASSER = 'crop=150:158:642:0,scale=-2:300';

/** Each scene: seconds, and the filter graph from [0] (the base, looped) and [1] (the passer-by) to [v]. */
export const SCENES = {
  // Stillness: one frame held.
  seated: { seconds: 6, graph: '[0]null[v]' },
  // Leaning in toward the screen: the picture scaled up 1.25x about the shoulders and shifted down, as a head coming closer to a camera on top of the screen.
  lean: { seconds: 6, graph: '[0]crop=512:381:148:0,scale=640:476[v]' },
  // Raised shoulders: 34 rows of the neck cut out (y 166-200), so the shoulders and everything below move up toward the ears; the bottom is filled by stretching back to 476.
  shrug: { seconds: 6, graph: '[0]split[a][b];[a]crop=640:166:0:0[top];[b]crop=640:276:0:200[bottom];[top][bottom]vstack,scale=640:476[v]' },
  // Moving: small, natural shifts of position (a few pixels, a few seconds apart) and a slight lean in and out.
  moving: {
    seconds: 12,
    graph: "[0]pad=680:506:20:15,zoompan=z='1.06+0.03*sin(2*PI*in/25)':x='iw/2-iw/zoom/2+14*sin(2*PI*in/20)':y='ih/2-ih/zoom/2+10*sin(2*PI*in/15)':d=1:s=640x476:fps=5[v]",
  },
  // Lights dimming: the room darkens over 4 s to about a fifth of its light, then stays dim.
  dimming: { seconds: 8, graph: "[0]eq=eval=frame:brightness='-0.45*min(t/4,1)':contrast='1-0.6*min(t/4,1)'[v]" },
  // A second person walks across behind (drawn smaller, over the picture: the photograph has no depth).
  passerby: { seconds: 8, graph: "[1]" + PASSER + "[p];[0][p]overlay=x='-160+t*100':y=176:eval=frame[v]" },
  // Looking down at a phone for about one second: the head region (above the chin) drawn 24 px lower between 3 s and 4 s.
  lookdown: {
    seconds: 7,
    graph: "[0]split[a][b];[b]crop=330:166:240:0[head];[a][head]overlay=x=240:y=24:enable='between(t,3,4)'[v]",
  },
  // Too close, camera too high: only the head and the top of the collar in view, no shoulders.
  closeup: { seconds: 4, graph: '[0]crop=320:238:220:0,scale=640:476[v]' },
};

/** Writes SCENE.y4m and SCENE.webm into `out` unless they exist; returns their paths. */
export const makeScene = (out, name) => {
  const scene = SCENES[name];
  if (!scene) throw new Error(`unknown scene ${name}; known: ${Object.keys(SCENES).join(', ')}`);
  mkdirSync(out, { recursive: true });
  const files = { y4m: join(out, `${name}.y4m`), webm: join(out, `${name}.webm`) };
  const input = ['-loop', '1', '-framerate', String(FPS), '-t', String(scene.seconds), '-i', SAMPLES];
  const second = scene.graph.includes('[1]');
  const graph = `[0:v]${BASE}[b0];${second ? '[1:v]null[b1];' : ''}${scene.graph.replaceAll('[0]', '[b0]').replaceAll('[1]', '[b1]')};[v]${SIZE}[o]`;
  const inputs = second ? [...input, ...input] : input;
  const common = ['-v', 'error', '-y', ...inputs, '-filter_complex', graph, '-map', '[o]', '-r', String(FPS)];
  if (!existsSync(files.y4m)) execFileSync('ffmpeg', [...common, '-pix_fmt', 'yuv420p', files.y4m]);
  if (!existsSync(files.webm)) execFileSync('ffmpeg', [...common, '-c:v', 'libvpx', '-b:v', '500k', '-auto-alt-ref', '0', files.webm]);
  return files;
};

/** Empties `out` when the scenes changed since its files were made, so stale footage is never reused. */
export const keepFresh = (out) => {
  const stamp = join(out, 'scenes.json');
  const now = JSON.stringify({ BASE, PASSER, SIZE, FPS, SCENES });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === now) return;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(stamp, now);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out = 'out/posture-footage', ...names] = process.argv.slice(2);
  keepFresh(out);
  for (const name of names.length ? names : Object.keys(SCENES)) console.log(makeScene(out, name).y4m);
}
