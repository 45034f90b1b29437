import { z } from 'zod';
import { POSTURE_SAMPLINGS } from '../posture/sampling';

const finite = z.number().finite();

/**
 * The person's calibrated sitting posture: the averaged features of a few seconds of frames
 * (the same geometry as `PostureFeatures` in core/posture/frame.ts, without the confidence).
 * Numbers only: a picture of the person is never kept.
 */
export const postureBaselineSchema = z.object({
  shoulderWidth: finite.min(0.01).max(2),
  earShoulderGap: finite.min(-10).max(10),
  noseShoulderGap: finite.min(-10).max(10),
  headSize: finite.min(0.001).max(2),
  centerX: finite.min(-1).max(2),
  centerY: finite.min(-1).max(2),
  /** When it was calibrated (wall-clock ms), so Settings can say how old it is. */
  at: z.number().int().nonnegative(),
});
/** A calibrated baseline. */
export type PostureBaseline = z.infer<typeof postureBaselineSchema>;

/** How often the camera is opened: a short burst every minute or every five, or kept open. */
export const postureSamplingSchema = z.enum(POSTURE_SAMPLINGS);
/** One sampling choice. */
export type PostureSampling = z.infer<typeof postureSamplingSchema>;

/**
 * Settings → Posture sensing (issue 14). Off by default: the camera is only ever opened after
 * the person turns it on. Registered as `posture` in settings/schema.ts.
 */
export const postureSettingsSchema = z
  .object({
    enabled: z.boolean().default(false),
    sampling: postureSamplingSchema.default('burst-1min'),
    /** Minutes without any change of position before the main nudge ("change position"). */
    stillMinutes: z.number().int().min(10).max(240).default(40),
    /** The least time between two nudges of any kind. */
    nudgeEveryMinutes: z.number().int().min(5).max(240).default(10),
    /** Release the camera while the computer runs on battery. */
    pauseOnBattery: z.boolean().default(true),
    baseline: postureBaselineSchema.nullable().default(null),
  })
  .prefault({});
/** The posture sensing settings, fully defaulted. */
export type PostureSettings = z.infer<typeof postureSettingsSchema>;
