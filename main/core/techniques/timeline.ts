import type { Technique, TechniqueStep } from './types';

/** A step placed on the break's timeline, in seconds from the start of the break. */
export interface TimedStep extends TechniqueStep {
  index: number;
  start: number;
  end: number;
}

/**
 * Lays a technique's steps over a break of `durationSeconds`: when the break is longer than the
 * technique, its longest hold or breathing step stretches to fill it; when shorter, every step
 * shrinks in proportion. The last step always ends exactly when the break does.
 */
export const timeline = (technique: Technique, durationSeconds: number): TimedStep[] => {
  const total = technique.steps.reduce((sum, s) => sum + s.seconds, 0);
  const seconds = technique.steps.map((s) => s.seconds);
  if (durationSeconds > total) {
    const stretchable = technique.steps
      .map((s, i) => ({ i, s }))
      .filter(({ s }) => s.mode === 'hold' || s.mode === 'breathe');
    const target = (stretchable.length ? stretchable : technique.steps.map((s, i) => ({ i, s })))
      .reduce((best, c) => (c.s.seconds > best.s.seconds ? c : best));
    seconds[target.i]! += durationSeconds - total;
  } else if (durationSeconds < total) {
    const ratio = durationSeconds / total;
    seconds.forEach((value, i) => (seconds[i] = value * ratio));
  }
  let start = 0;
  return technique.steps.map((step, index) => {
    const end = index === technique.steps.length - 1 ? durationSeconds : start + seconds[index]!;
    const timed = { ...step, index, start, end };
    start = end;
    return timed;
  });
};

/** The step under way `elapsedSeconds` into the break (the last one once time is up). */
export const stepAt = (steps: readonly TimedStep[], elapsedSeconds: number): TimedStep | undefined =>
  steps.find((s) => elapsedSeconds < s.end) ?? steps.at(-1);
