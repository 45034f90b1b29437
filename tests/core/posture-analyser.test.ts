import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostureAnalyser, sampleIntervalMs, SUSTAIN_MS, type AnalyserOutput } from '../../main/core/posture/analyser';
import type { Finding, Geometry } from '../../main/core/posture/deviation';
import type { PostureFrame } from '../../main/core/posture/frame';
import type { PostureBaseline, PostureSampling } from '../../main/core/settings/posture-schema';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);
const BASE: Geometry = { shoulderWidth: 0.35, earShoulderGap: 0.55, noseShoulderGap: 0.75, headSize: 0.09, centerX: 0.5, centerY: 0.7 };
const baseline: PostureBaseline = { ...BASE, at: T0 - MIN };

/** A small seeded random source, so every stream replays the same. */
const rng = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** How the person sits at an instant: the baseline changed by what the scenario says. */
type Pose = (t: number) => Geometry | { problem: Extract<PostureFrame, { ok: false }>['problem'] } | { geometry: Geometry; confidence: number };

const leaning = (g: Geometry): Geometry => ({ ...g, shoulderWidth: g.shoulderWidth * 1.22, headSize: g.headSize * 1.22, centerY: g.centerY + 0.03 });
const shrugged = (g: Geometry): Geometry => ({ ...g, earShoulderGap: g.earShoulderGap - 0.16, noseShoulderGap: g.noseShoulderGap - 0.16 });
/** Looking down at a phone: the head bends well past any way of sitting at a screen (the nose falls ~0.35 shoulder widths more than the ears). */
const glancingDown = (g: Geometry): Geometry => ({ ...g, earShoulderGap: g.earShoulderGap - 0.08, noseShoulderGap: g.noseShoulderGap - 0.43 });
const stranger: Geometry = { shoulderWidth: 0.2, earShoulderGap: 0.4, noseShoulderGap: 0.55, headSize: 0.05, centerX: 0.2, centerY: 0.55 };
/** Small natural shifts: a new resting place every 6 minutes. */
const moving = (t: number): Geometry => {
  const k = Math.floor((t - T0) / (6 * MIN));
  return { ...BASE, centerX: BASE.centerX + (k % 3) * 0.06 - 0.06, centerY: BASE.centerY + (k % 2) * 0.05 };
};

/** The frame times of a sampling choice: a burst of three frames a second apart, or one frame every 2 s. */
const frameTimes = (sampling: PostureSampling, from: number, to: number, offset = 7_000): number[] => {
  const out: number[] = [];
  if (sampling === 'continuous') for (let t = from + offset; t < to; t += 2_000) out.push(t);
  else for (let t = from + offset; t < to; t += sampleIntervalMs(sampling)) out.push(t, t + 1_000, t + 2_000);
  return out;
};

interface Run {
  nudges: Extract<AnalyserOutput, { type: 'nudge' }>[];
  firstSeen: Partial<Record<Finding, number>>;
  minutes: Extract<AnalyserOutput, { type: 'minute' }>['minute'][];
}

/** Drives the analyser as the adapter does: each frame as it comes, and a tick every 30 s. */
const drive = (pose: Pose, opts: { sampling?: PostureSampling; minutes: number; seed?: number; drop?: number; allow?: (t: number) => boolean; stillMinutes?: number }): Run => {
  const sampling = opts.sampling ?? 'burst-1min';
  const random = rng(opts.seed ?? 1);
  const a = new PostureAnalyser({ baseline, sampling, stillMinutes: opts.stillMinutes ?? 40, nudgeEveryMinutes: 10 });
  const end = T0 + opts.minutes * MIN;
  const events: { at: number; frame?: true }[] = [...frameTimes(sampling, T0, end).map((at) => ({ at, frame: true as const })), ...Array.from({ length: opts.minutes * 2 }, (_, i) => ({ at: T0 + (i + 1) * 30_000 }))].sort((x, y) => x.at - y.at);
  const run: Run = { nudges: [], firstSeen: {}, minutes: [] };
  const jitter = (v: number, size: number) => v + (random() - 0.5) * 2 * size;
  for (const e of events) {
    const allow = opts.allow?.(e.at) ?? true;
    let out: AnalyserOutput[];
    if (e.frame) {
      if (opts.drop && random() < opts.drop) continue;
      const p = pose(e.at);
      let frame: PostureFrame;
      if ('problem' in p) frame = { ok: false, at: e.at, problem: p.problem };
      else {
        const g = 'geometry' in p ? p.geometry : p;
        const confidence = 'confidence' in p ? p.confidence : 0.8;
        frame = {
          ok: true,
          at: e.at,
          features: {
            shoulderWidth: g.shoulderWidth * jitter(1, 0.01),
            earShoulderGap: jitter(g.earShoulderGap, 0.015),
            noseShoulderGap: jitter(g.noseShoulderGap, 0.015),
            headSize: g.headSize * jitter(1, 0.01),
            centerX: jitter(g.centerX, 0.004),
            centerY: jitter(g.centerY, 0.004),
            confidence,
          },
        };
      }
      out = a.frame(frame, allow);
    } else out = a.tick(e.at, allow);
    for (const o of out) {
      if (o.type === 'nudge') run.nudges.push(o);
      if (o.type === 'minute') run.minutes.push(o.minute);
      if (o.type === 'findings') for (const f of o.active) run.firstSeen[f] ??= o.at;
    }
  }
  return run;
};

const SAMPLINGS: PostureSampling[] = ['burst-1min', 'burst-5min', 'continuous'];

describe('posture analyser: each change is noticed within two sampling intervals of becoming sustained', () => {
  for (const sampling of SAMPLINGS) {
    const I = sampleIntervalMs(sampling);
    it(`leaning in (${sampling})`, () => {
      const start = T0 + 13 * MIN;
      const run = drive((t) => (t >= start ? leaning(moving(t)) : moving(t)), { sampling, minutes: 45 });
      expect(run.nudges[0]?.finding).toBe('leaning-in');
      expect(run.nudges[0]!.at).toBeLessThanOrEqual(start + SUSTAIN_MS + 2 * I);
      expect(run.nudges[0]!.at).toBeGreaterThanOrEqual(start + SUSTAIN_MS - I);
    });
    it(`shoulders up (${sampling})`, () => {
      const start = T0 + 20 * MIN;
      const run = drive((t) => (t >= start ? shrugged(moving(t)) : moving(t)), { sampling, minutes: 45 });
      expect(run.nudges.map((n) => n.finding)).toEqual(['shoulders-up']);
      expect(run.nudges[0]!.at).toBeLessThanOrEqual(start + SUSTAIN_MS + 2 * I);
    });
    it(`no change of position for 40 minutes (${sampling})`, () => {
      const start = T0 + 10 * MIN;
      const run = drive((t) => (t >= start ? BASE : moving(t)), { sampling, minutes: 70 });
      expect(run.nudges.map((n) => n.finding)).toEqual(['still']);
      expect(run.nudges[0]!.at).toBeLessThanOrEqual(start + 40 * MIN + 2 * I);
      expect(run.nudges[0]!.at).toBeGreaterThanOrEqual(start + 40 * MIN - I);
    });
  }

  it('a lean is still noticed when a third of the frames are missing', () => {
    const start = T0 + 5 * MIN;
    const run = drive((t) => (t >= start ? leaning(moving(t)) : moving(t)), { minutes: 20, drop: 0.33, seed: 7 });
    expect(run.nudges[0]?.finding).toBe('leaning-in');
    expect(run.nudges[0]!.at).toBeLessThanOrEqual(start + SUSTAIN_MS + 2 * MIN);
  });
});

describe('posture analyser: no nudge without cause', () => {
  it('10 minutes of good, moving posture give no nudge and count every minute as near the baseline', () => {
    const run = drive(moving, { minutes: 10 });
    expect(run.nudges).toEqual([]);
    expect(run.minutes.length).toBeGreaterThanOrEqual(9);
    expect(run.minutes.every((m) => m.sensed && m.near === true && m.nudges === 0)).toBe(true);
  });

  it('two hours of good posture with natural shifts give none either, at every sampling choice', () => {
    for (const sampling of SAMPLINGS) expect(drive(moving, { sampling, minutes: 120 }).nudges).toEqual([]);
  });

  it('hard cases: a glance at the phone, someone walking behind, the light dimming', () => {
    // A 20 s look down every 4 minutes.
    const phone: Pose = (t) => ((t - T0) % (4 * MIN) < 20_000 ? glancingDown(moving(t)) : moving(t));
    // A stranger crosses behind for 3 s every 2 minutes, and the model picks them.
    const walker: Pose = (t) => ((t - T0) % (2 * MIN) < 3_000 ? stranger : moving(t));
    // Dusk: confidence sinks, then the picture is too dark for 8 minutes.
    const dimming: Pose = (t) => {
      const m = (t - T0) / MIN;
      if (m > 20 && m < 28) return { problem: 'too-dark' };
      return m > 12 ? { geometry: moving(t), confidence: 0.32 } : moving(t);
    };
    for (const sampling of SAMPLINGS) {
      for (const [name, pose] of [['phone', phone], ['walker', walker], ['dimming', dimming]] as const) {
        expect({ sampling, name, nudges: drive(pose, { sampling, minutes: 60 }).nudges }).toEqual({ sampling, name, nudges: [] });
      }
    }
  });

  it('property: good posture with any mix of glances, passers-by and missed frames never nudges', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLINGS),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.integer({ min: 2, max: 9 }),
        (sampling, seed, drop, every) => {
          // Glances come whenever the person checks the phone, so some land on the camera's burst.
          const pose: Pose = (t) => {
            const phase = (t - T0) % (every * MIN);
            if (phase < 15_000 || (t - T0) % (every * 53_000 + seed) < 15_000) return glancingDown(moving(t));
            if (phase > 40_000 && phase < 43_000) return stranger;
            return moving(t);
          };
          return drive(pose, { sampling, minutes: 30, seed, drop }).nudges.length === 0;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: a lean that starts at any minute is noticed within two sampling intervals of becoming sustained', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLINGS), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 10_000 }), (sampling, startMin, seed) => {
        const start = T0 + startMin * MIN + 17_000;
        const run = drive((t) => (t >= start ? leaning(moving(t)) : moving(t)), { sampling, minutes: startMin + 20, seed });
        const at = run.firstSeen['leaning-in'];
        return at !== undefined && at <= start + SUSTAIN_MS + 2 * sampleIntervalMs(sampling);
      }),
      { numRuns: 60 },
    );
  });
});

describe('posture analyser: every finding, any start, any sampling choice', () => {
  it('property: raised shoulders and a frozen posture are noticed within two sampling intervals of becoming sustained', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLINGS), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 59_000 }), fc.integer({ min: 1, max: 10_000 }), (sampling, startMin, offset, seed) => {
        const I = sampleIntervalMs(sampling);
        const start = T0 + startMin * MIN + offset;
        const shrug = drive((t) => (t >= start ? shrugged(moving(t)) : moving(t)), { sampling, minutes: startMin + 20, seed });
        const frozen = drive((t) => (t >= start ? BASE : moving(t)), { sampling, minutes: startMin + 60, seed, stillMinutes: 40 });
        const shrugAt = shrug.firstSeen['shoulders-up'];
        const stillAt = frozen.firstSeen.still;
        return shrugAt !== undefined && shrugAt <= start + SUSTAIN_MS + 2 * I && stillAt !== undefined && stillAt <= start + 40 * MIN + 2 * I;
      }),
      { numRuns: 40 },
    );
  });
});

describe('posture analyser: nudges stay gentle', () => {
  it('at most one nudge every nudgeEveryMinutes, one per episode', () => {
    const lean = T0 + 2 * MIN;
    const shrug = T0 + 4 * MIN;
    const run = drive((t) => (t >= shrug ? shrugged(leaning(moving(t))) : t >= lean ? leaning(moving(t)) : moving(t)), { minutes: 40 });
    expect(run.nudges.map((n) => n.finding)).toEqual(['leaning-in', 'shoulders-up']);
    expect(run.nudges[1]!.at - run.nudges[0]!.at).toBeGreaterThanOrEqual(10 * MIN);
  });

  it('no nudge while paused, quiet or outside working hours; a finding still there afterwards is told once', () => {
    const start = T0 + 2 * MIN;
    const open = T0 + 20 * MIN;
    const run = drive((t) => (t >= start ? shrugged(moving(t)) : moving(t)), { minutes: 30, allow: (t) => t >= open });
    expect(run.nudges.map((n) => n.finding)).toEqual(['shoulders-up']);
    expect(run.nudges[0]!.at).toBeGreaterThanOrEqual(open);
    expect(run.nudges[0]!.at).toBeLessThanOrEqual(open + 2 * MIN);
  });

  it('the minute summary counts the nudge, minutes away from the baseline, and the still stretch', () => {
    const run = drive((t) => (t >= T0 + 5 * MIN ? BASE : moving(t)), { minutes: 50, stillMinutes: 30 });
    expect(run.minutes.reduce((n, m) => n + m.nudges, 0)).toBe(1);
    expect(Math.max(...run.minutes.map((m) => m.stillMinutes))).toBeGreaterThanOrEqual(40);
    const leanRun = drive((t) => leaning(moving(t)), { minutes: 10 });
    expect(leanRun.minutes.filter((m) => m.near === false).length).toBeGreaterThanOrEqual(8);
  });
});
