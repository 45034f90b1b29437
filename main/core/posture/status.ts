import { z } from 'zod';
import { postureBaselineSchema } from '../settings/posture-schema';
import { FINDINGS } from './deviation';
import { postureFrameSchema } from './frame';
import { postureDaySchema } from './summary';

const problems = postureFrameSchema.options[1].shape.problem;

/** Where posture sensing stands, as Settings, Progress and the posture window see it. Numbers and names only. */
export const postureStatusSchema = z.object({
  /** The camera window is running now (the camera is opened in bursts while this is true). */
  sensing: z.boolean(),
  /** Why it is not running (null while it is). */
  offReason: z.enum(['disabled', 'away', 'paused', 'quiet', 'off-hours', 'break', 'battery']).nullable(),
  /** The calibration view is open. */
  calibrating: z.boolean(),
  /** The last reason a frame could not be read, so Settings can say what to change. */
  lastProblem: problems.nullable(),
  /** Findings sustained right now, most important first. */
  findings: z.array(z.enum(FINDINGS)),
  baselineAt: z.number().nullable(),
  /** The technique posture sensing last picked for a break, and what it had seen (for the break window's 'Why this?'). */
  picked: z.object({ technique: z.string().max(80), finding: z.enum(FINDINGS) }).nullable(),
  today: postureDaySchema.nullable(),
});
/** The posture status. */
export type PostureStatus = z.infer<typeof postureStatusSchema>;

/** What the calibration view sends: the averaged features of about 5 s of sitting as the person wants to sit. */
export const postureCalibrationSchema = postureBaselineSchema.omit({ at: true }).strict();
/** One calibration. */
export type PostureCalibration = z.infer<typeof postureCalibrationSchema>;
