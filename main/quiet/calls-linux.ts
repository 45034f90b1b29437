import { execFile } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * "A person is in a call" on Linux, from evidence that a call leaves and background audio/video
 * plumbing does not:
 * - Camera: on current desktops PipeWire's camera support (and WirePlumber / the older
 *   pipewire-media-session) keep /dev/video* open whether or not anyone streams, so those
 *   holders prove nothing. Another process holding /dev/video* is an app using V4L2 directly
 *   (a browser without the camera portal, Zoom, OBS) and counts. When only PipeWire holds the
 *   camera, `pw-dump` says whether a client streams from it: a node whose `media.class` is
 *   "Stream/Input/Video" in state "running" (node states: error, creating, suspended, idle,
 *   running — pipewire src/pipewire/node.h `pw_node_state`; pw-dump prints them in `info.state`),
 *   linked (a "PipeWire:Interface:Link" with `info.output-node-id` / `input-node-id`) from the
 *   camera's "Video/Source" node; an idle or suspended stream moves no frames.
 * - Microphone: a PulseAudio / pipewire-pulse capture stream ("source output") counts only when
 *   it is uncorked (`corked: false`: a paused WebRTC tab or a muted assistant corks its stream),
 *   belongs to an application (a `client` and `application.name`; module-internal streams such
 *   as loopback or echo-cancel have no client), and does not record a sink's monitor
 *   (PipeWire marks those `stream.capture.sink = "true"`) or only meter levels (pavucontrol's
 *   peak-detect streams use resample method "peaks"). Fields as pactl prints them:
 *   pulseaudio src/utils/pactl.c get_source_output_info_callback (JSON since PulseAudio 16,
 *   text "Corked: no" / "Client: n/a", properties as `key = "value"`).
 */

/** Processes that keep a camera open on PipeWire desktops without anyone streaming (`comm` is cut to 15 characters). */
const MEDIA_DAEMONS = new Set(['pipewire', 'wireplumber', 'pipewire-media-session', 'pipewire-media-']);

/** Who holds a /dev/video* device: the daemons alone (PipeWire owns the camera), an application, or nobody. */
export const cameraHolders = async (proc = '/proc'): Promise<{ apps: string[]; daemons: string[] }> => {
  const apps: string[] = [];
  const daemons: string[] = [];
  const pids = (await readdir(proc).catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    const fds = await readdir(join(proc, pid, 'fd')).catch(() => [] as string[]); // gone, or not ours to read
    let holds = false;
    for (const fd of fds) {
      if ((await readlink(join(proc, pid, 'fd', fd)).catch(() => '')).startsWith('/dev/video')) {
        holds = true;
        break;
      }
    }
    if (!holds) continue;
    const comm = (await readFile(join(proc, pid, 'comm'), 'utf8').catch(() => '')).trim();
    (MEDIA_DAEMONS.has(comm) ? daemons : apps).push(comm || pid);
  }
  return { apps, daemons };
};

/** One capture stream, from either pactl format. */
export interface CaptureStream {
  client: string | null;
  corked: boolean;
  resampleMethod: string;
  properties: Record<string, string>;
}

/** Whether a capture stream is a person's microphone in use by an application. */
export const isLiveMicrophone = (s: CaptureStream): boolean =>
  !s.corked &&
  s.client !== null &&
  Boolean(s.properties['application.name']) &&
  s.properties['stream.capture.sink'] !== 'true' &&
  s.resampleMethod !== 'peaks';

/** Parses `pactl -f json list source-outputs`. */
export const parsePactlJson = (text: string): CaptureStream[] =>
  (JSON.parse(text) as Array<{ client?: string | null; corked?: boolean; resample_method?: string; properties?: Record<string, string> }>).map((o) => ({
    client: o.client ?? null,
    corked: o.corked === true,
    resampleMethod: o.resample_method ?? '',
    properties: o.properties ?? {},
  }));

/** Parses `LC_ALL=C pactl list source-outputs` (the long text format of pactl before JSON). */
export const parsePactlText = (text: string): CaptureStream[] =>
  text
    .split(/^Source Output #\d+$/m)
    .slice(1)
    .map((block) => {
      const field = (name: string) => new RegExp(`^\\t${name}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
      const properties: Record<string, string> = {};
      for (const [, key, value] of block.matchAll(/^\t\t([\w.-]+) = "(.*)"$/gm)) properties[key!] = value!;
      const client = field('Client');
      return { client: client === '' || client === 'n/a' ? null : client, corked: field('Corked') === 'yes', resampleMethod: field('Resample method'), properties };
    });

type PwObject = { id?: number; type?: string; info?: { state?: string; props?: Record<string, unknown>; 'output-node-id'?: number; 'input-node-id'?: number } };

/**
 * Parses `pw-dump`: whether some client streams from a camera now. A screen cast is a video input
 * stream too (from the portal's screen node), so the stream must be linked from a camera node:
 * a "Video/Source" from V4L2 or libcamera, or with media.role "Camera".
 */
export const cameraStreamRunning = (pwDumpJson: string): boolean => {
  const objects = JSON.parse(pwDumpJson) as PwObject[];
  const nodes = objects.filter((o) => o.type === 'PipeWire:Interface:Node');
  const props = (o: PwObject) => o.info?.props ?? {};
  const cameras = new Set(
    nodes
      .filter((o) => props(o)['media.class'] === 'Video/Source' && (props(o)['device.api'] === 'v4l2' || props(o)['device.api'] === 'libcamera' || props(o)['media.role'] === 'Camera'))
      .map((o) => o.id),
  );
  const streams = new Set(nodes.filter((o) => props(o)['media.class'] === 'Stream/Input/Video' && o.info?.state === 'running').map((o) => o.id));
  return objects.some((o) => o.type === 'PipeWire:Interface:Link' && cameras.has(o.info?.['output-node-id']) && streams.has(o.info?.['input-node-id']));
};

/** Runs a tool; resolves its stdout, or null when it is missing or fails. */
type Run = (cmd: string, args: string[]) => Promise<string | null>;
const runTool: Run = (cmd, args) =>
  new Promise((resolve) =>
    execFile(cmd, args, { timeout: 3000, env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) => resolve(error ? null : String(stdout))),
  );

/** The camera is in use by a person: an app holds it directly, or PipeWire runs a video stream from it. */
export const cameraInUse = async (proc = '/proc', run: Run = runTool): Promise<boolean> => {
  const { apps, daemons } = await cameraHolders(proc);
  if (apps.length > 0) return true;
  if (daemons.length === 0) return false;
  const dump = await run('pw-dump', []);
  try {
    return dump !== null && cameraStreamRunning(dump);
  } catch {
    return false;
  }
};

/** An application records from the microphone now; null when neither pactl format can be had. */
export const microphoneInUse = async (run: Run = runTool): Promise<boolean | null> => {
  const json = await run('pactl', ['-f', 'json', 'list', 'source-outputs']);
  try {
    if (json !== null) return parsePactlJson(json).some(isLiveMicrophone);
  } catch {
    // Not JSON: an older pactl printed its usage; fall back to the text format.
  }
  const text = await run('pactl', ['list', 'source-outputs']);
  return text === null ? null : parsePactlText(text).some(isLiveMicrophone);
};

/** "In a call" on Linux: a camera or a microphone in use by a person. */
export const inCallLinux = async (deps = { camera: () => cameraInUse(), microphone: () => microphoneInUse() }): Promise<boolean> =>
  (await deps.camera()) || (await deps.microphone()) === true;
