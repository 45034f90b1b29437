import { z } from 'zod';
import { postureCalibrationSchema, postureStatusSchema } from './status';
import { postureDaySchema } from './summary';
import { postureFrameWireSchema } from './wire';

const outcome = z.object({ ok: z.literal(true) });

/** The posture sensing calls of the IPC contract (issue 14), spread into contract.ts. */
export const postureCalls = {
  /** One analysed frame, numbers only; accepted from the posture window alone (ipc/gatekeeper.ts). */
  postureFrame: { args: z.tuple([postureFrameWireSchema]), result: outcome },
  /** The calibration view's averaged features become the stored baseline; from the posture window alone. */
  postureCalibrate: { args: z.tuple([postureCalibrationSchema]), result: postureStatusSchema },
  /** On or off and why, the last problem, whether a baseline exists, today's numbers. */
  getPostureStatus: { args: z.tuple([]), result: postureStatusSchema },
  /** Progress: one row per day with sensing in the last 7, 30 or 90 days, oldest first. */
  getPostureDays: { args: z.tuple([z.object({ rangeDays: z.union([z.literal(7), z.literal(30), z.literal(90)]) })]), result: z.array(postureDaySchema) },
  /** Settings' Calibrate button: shows the posture window's calibration view (sensing must be switched on). */
  openPostureCalibration: { args: z.tuple([]), result: outcome },
} as const;

/** The calls only the posture window may make. */
export const POSTURE_WINDOW_ONLY = ['postureFrame', 'postureCalibrate'] as const;
/** Everything the posture window may call: its mode and sampling come in its page's query, so it needs no settings. */
export const POSTURE_WINDOW_CALLS: readonly string[] = [...POSTURE_WINDOW_ONLY, 'getPostureStatus'];

/** The event pushed to every app window when the posture status changes. */
export const postureChangedSchema = postureStatusSchema;
