import type { PostureFrame } from './frame';
import { LIMITS, type Geometry } from './deviation';

/**
 * One sample: the frames of one burst (or of one minute of continuous sensing), reduced to the
 * median of each feature, so one odd frame (a glance at a phone, someone walking behind) cannot
 * decide it. `geometry` is null when no frame of the sample showed the person clearly.
 */
export interface Sample {
  from: number;
  to: number;
  geometry: Geometry | null;
  /** Every frame said nobody was there. */
  nobody: boolean;
}

/** Frames further apart than this belong to different samples (bursts are a few frames within seconds). */
export const SAMPLE_GAP_MS = 20_000;
/** A sample of continuous sensing closes after this long. */
export const SAMPLE_SPAN_MS = 60_000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const KEYS = ['shoulderWidth', 'earShoulderGap', 'noseShoulderGap', 'headSize', 'centerX', 'centerY'] as const;

/** The median geometry of frames (at least one), key by key. */
export const medianGeometry = (frames: readonly Geometry[]): Geometry =>
  Object.fromEntries(KEYS.map((key) => [key, median(frames.map((f) => f[key]))])) as Geometry;

/** Reduces one group of frames to a sample. */
export const toSample = (frames: readonly PostureFrame[]): Sample => {
  const clear = frames.flatMap((f) => (f.ok && f.features.confidence >= LIMITS.minConfidence ? [f.features] : []));
  return {
    from: frames[0]?.at ?? 0,
    to: frames[frames.length - 1]?.at ?? 0,
    geometry: clear.length > 0 ? medianGeometry(clear) : null,
    nobody: frames.length > 0 && frames.every((f) => !f.ok && f.problem === 'no-person'),
  };
};

/** Whether a frame at `at` starts a new sample after a group that began at `first` and last grew at `last`. */
export const startsNewSample = (first: number, last: number, at: number): boolean => at - last > SAMPLE_GAP_MS || at - first >= SAMPLE_SPAN_MS || at < last;
