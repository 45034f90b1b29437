import type { PostureBaseline } from '../settings/posture-schema';
import type { PostureFeatures } from './frame';

/** What the analyser can find, in the order the design ranks them: moving matters most. */
export const FINDINGS = ['still', 'shoulders-up', 'leaning-in'] as const;
/** One finding. */
export type Finding = (typeof FINDINGS)[number];

/** The geometry the analyser compares: a frame's features or a baseline, without the confidence. */
export type Geometry = Omit<PostureFeatures, 'confidence'>;

/**
 * How far from the baseline counts as a change. Features are in shoulder widths (or shares of
 * the frame), so these hold at any camera resolution. Chosen well above the frame-to-frame jitter
 * of a pose model at rest (about 0.02 shoulder widths) and below a plainly visible change.
 */
export const LIMITS = {
  /** Shoulders this much wider in the frame than at calibration: the person came this much closer. */
  leanWidthRatio: 1.12,
  /** The eyes this much further apart: the head came toward the screen. */
  leanHeadRatio: 1.15,
  /** The nose dropped this much more than the ears (shoulder widths): the head tipped forward and down. */
  headDrop: 0.1,
  /**
   * A tip this large is looking down at something (a phone, notes on the desk), which is a task,
   * not a posture: such samples are not judged at all, so a glance timed with the camera's burst
   * cannot start an episode.
   */
  lookingDown: 0.22,
  /** The ear-to-shoulder gap this much shorter (share of the calibrated gap) with the head level: shoulders rose. */
  shoulderRise: 0.18,
  /** Movement that counts as a change of position: centre shift (share of the frame). */
  moveCenter: 0.04,
  /** …or a change of distance to the camera (shoulder-width ratio). */
  moveWidthRatio: 0.08,
  /** …or of the ear-to-shoulder gap (shoulder widths). */
  moveGap: 0.12,
  /** Frames whose keypoints the model is less sure of than this are not judged. */
  minConfidence: 0.3,
  /**
   * Shoulders narrower than this share of the calibrated width are someone else (a person passing
   * behind was read for three frames at 0.4-0.5 of the sitter's width in the footage tests) or the
   * sitter far from the desk: not judged.
   */
  otherPersonWidthRatio: 0.7,
} as const;

/** How far the head tipped forward: the nose falls further than the ears only then; a shrug moves both alike. */
const tipOf = (f: Geometry, b: Geometry): number => b.noseShoulderGap - f.noseShoulderGap - (b.earShoulderGap - f.earShoulderGap);

/** Looking down at something on the desk: too far a tip to be a way of sitting (see LIMITS.lookingDown). */
export const isLookingDown = (f: Geometry, b: Geometry): boolean => tipOf(f, b) >= LIMITS.lookingDown;

/** A figure much smaller than the calibrated sitter: someone behind, or the sitter away from the desk. */
export const isSomeoneElse = (f: Geometry, b: Geometry): boolean => f.shoulderWidth < b.shoulderWidth * LIMITS.otherPersonWidthRatio;

/** Leaning in or the head dropping forward, against the person's own baseline. */
export const isLeaningIn = (f: Geometry, b: Geometry): boolean => {
  const nearer = f.shoulderWidth >= b.shoulderWidth * LIMITS.leanWidthRatio || f.headSize >= b.headSize * LIMITS.leanHeadRatio;
  return nearer || tipOf(f, b) >= LIMITS.headDrop;
};

/** Shoulders up toward the ears: the ear gap shrank while the head stayed level (not a head drop). */
export const isShouldersUp = (f: Geometry, b: Geometry): boolean => {
  if (b.earShoulderGap <= 0) return false;
  const rise = (b.earShoulderGap - f.earShoulderGap) / b.earShoulderGap;
  return rise >= LIMITS.shoulderRise && tipOf(f, b) < LIMITS.headDrop;
};

/** True when the position changed enough between two samples to count as moving. */
export const hasMoved = (f: Geometry, anchor: Geometry): boolean =>
  Math.abs(f.centerX - anchor.centerX) > LIMITS.moveCenter ||
  Math.abs(f.centerY - anchor.centerY) > LIMITS.moveCenter ||
  Math.abs(f.shoulderWidth / anchor.shoulderWidth - 1) > LIMITS.moveWidthRatio ||
  Math.abs(f.earShoulderGap - anchor.earShoulderGap) > LIMITS.moveGap;

/** Near the baseline: neither leaning in nor shoulders up. */
export const isNearBaseline = (f: Geometry, b: Geometry): boolean => !isLeaningIn(f, b) && !isShouldersUp(f, b);

/** The baseline as geometry (drops when it was calibrated). */
export const baselineGeometry = ({ at: _at, ...geometry }: PostureBaseline): Geometry => geometry;
