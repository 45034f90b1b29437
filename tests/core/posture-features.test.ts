import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averageFeatures, toPostureFrame, type Keypoint } from '../../main/core/posture/features';
import { postureFrameSchema, type PostureFeatures } from '../../main/core/posture/frame';

// Keypoints MoveNet Lightning reported (through renderer/posture/, wasm backend) for the seated man
// in @vladmandic/human's assets/samples.jpg, played as the 320x240 seated scene of
// scripts/make-posture-footage.mjs; the edits below move them as the footage's scenes move the picture.
const fixture = JSON.parse(readFileSync('tests/fixtures/posture/keypoints-seated.json', 'utf8')) as {
  width: number;
  height: number;
  keypoints: Keypoint[];
};
const { width, height } = fixture;
const seated = fixture.keypoints;

const features = (keypoints: readonly Keypoint[], w = width, h = height): PostureFeatures => {
  const frame = toPostureFrame({ keypoints, width: w, height: h, at: 1 });
  if (!frame.ok) throw new Error(`expected a posture, got ${frame.problem}`);
  return frame.features;
};

/** Every point moved by `fn`, as an edited photo would move it. */
const warp = (fn: (k: Keypoint) => Partial<Keypoint>) => seated.map((k) => ({ ...k, ...fn(k) }));
const shoulders = new Set(['leftShoulder', 'rightShoulder']);
const without = (...parts: string[]) => seated.filter((k) => !parts.includes(k.part));

describe('posture features from keypoints', () => {
  it('reads a seated person as a valid, numbers-only frame', () => {
    const frame = toPostureFrame({ keypoints: seated, width, height, at: 1_700_000_000_000.4 });
    expect(postureFrameSchema.parse(frame)).toEqual(frame);
    expect(frame.ok).toBe(true);
    if (!frame.ok) return;
    expect(frame.features.earShoulderGap).toBeGreaterThan(0.2);
    expect(frame.features.noseShoulderGap).toBeGreaterThan(frame.features.earShoulderGap - 0.2);
    expect(frame.features.shoulderWidth).toBeGreaterThan(0.1);
  });

  it('leaning in (the image scaled up about its centre) raises shoulder width and head size, keeps the ratios', () => {
    const base = features(seated);
    const cx = width / 2;
    const cy = height / 2;
    const leaned = features(warp((k) => ({ x: cx + (k.x - cx) * 1.25, y: cy + (k.y - cy) * 1.25 })));
    expect(leaned.shoulderWidth).toBeCloseTo(base.shoulderWidth * 1.25, 3);
    expect(leaned.headSize).toBeCloseTo(base.headSize * 1.25, 3);
    expect(leaned.earShoulderGap).toBeCloseTo(base.earShoulderGap, 3);
  });

  it('raised shoulders shorten the ear-to-shoulder gap and the nose gap, not the width', () => {
    const base = features(seated);
    const shrugged = features(warp((k) => (shoulders.has(k.part) ? { y: k.y - 0.15 * base.shoulderWidth * width } : {})));
    expect(shrugged.earShoulderGap).toBeCloseTo(base.earShoulderGap - 0.15, 3);
    expect(shrugged.noseShoulderGap).toBeLessThan(base.noseShoulderGap);
    expect(shrugged.shoulderWidth).toBeCloseTo(base.shoulderWidth, 3);
  });

  it('the head dropping forward shortens the nose gap more than the ear gap', () => {
    const base = features(seated);
    const dropped = features(warp((k) => (k.part === 'nose' ? { y: k.y + 20 } : ['leftEar', 'rightEar'].includes(k.part) ? { y: k.y + 5 } : {})));
    expect(base.noseShoulderGap - dropped.noseShoulderGap).toBeGreaterThan(base.earShoulderGap - dropped.earShoulderGap);
  });

  it('the same pose at another resolution gives the same numbers', () => {
    const half = features(warp((k) => ({ x: k.x / 2, y: k.y / 2 })), width / 2, height / 2);
    const base = features(seated);
    for (const key of Object.keys(base) as (keyof PostureFeatures)[]) expect(half[key]).toBeCloseTo(base[key], 3);
  });

  it('one ear is enough (headphones, a turned head)', () => {
    expect(toPostureFrame({ keypoints: without('leftEar'), width, height, at: 1 }).ok).toBe(true);
  });

  it('names what it cannot see, so the person can be told what to change', () => {
    const problem = (keypoints: readonly Keypoint[], brightness?: number) => {
      const f = toPostureFrame({ keypoints, width, height, at: 1, ...(brightness === undefined ? {} : { brightness }) });
      return f.ok ? 'ok' : f.problem;
    };
    expect(problem([])).toBe('no-person');
    expect(problem(seated.map((k) => ({ ...k, score: 0.05 })))).toBe('no-person');
    expect(problem(without('rightShoulder'))).toBe('no-shoulders');
    expect(problem(without('leftEar', 'rightEar'))).toBe('no-face');
    expect(problem(without('nose'))).toBe('no-face');
    expect(problem(seated, 0.02)).toBe('too-dark');
    expect(problem(seated, 0.5)).toBe('ok');
  });

  it('clamps wild points into the schema instead of sending something the main process refuses', () => {
    const wild = warp((k) => (k.part === 'nose' ? { y: -1e6 } : {}));
    const frame = toPostureFrame({ keypoints: wild, width, height, at: 1 });
    expect(postureFrameSchema.safeParse(frame).success).toBe(true);
  });

  it('the calibration baseline is the median, so one glance down does not skew it', () => {
    const base = features(seated);
    const glance = { ...base, noseShoulderGap: base.noseShoulderGap - 0.5 };
    const avg = averageFeatures([base, base, glance, base, base]);
    expect(avg?.noseShoulderGap).toBeCloseTo(base.noseShoulderGap, 4);
    expect(averageFeatures([])).toBeNull();
  });
});
