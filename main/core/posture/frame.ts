import { z } from 'zod';

const unit = z.number().finite().min(-10).max(10);

/**
 * What the posture window reports for one analysed frame: numbers only, never pixels. The
 * geometry is in units of the person's shoulder width (or the frame's width for `headSize`
 * and `center*`), so it does not depend on the camera's resolution.
 */
export const postureFrameSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Wall-clock ms when the frame was analysed. */
    at: z.number().int().nonnegative(),
    features: z.object({
      /** Shoulder-to-shoulder distance as a share of the frame's width (grows as the person leans in). */
      shoulderWidth: z.number().finite().min(0).max(2),
      /** Vertical gap from the ears' midpoint down to the shoulders' midpoint, per shoulder width (shrinks as shoulders rise or the head drops). */
      earShoulderGap: unit,
      /** Vertical gap from the nose down to the shoulders' midpoint, per shoulder width (shrinks as the head drops forward). */
      noseShoulderGap: unit,
      /** Eye-to-eye distance as a share of the frame's width (grows as the head comes toward the screen). */
      headSize: z.number().finite().min(0).max(2),
      /** Midpoint of the shoulders as a share of the frame (0..1), for telling stillness from movement. */
      centerX: z.number().finite().min(-1).max(2),
      centerY: z.number().finite().min(-1).max(2),
      /** The model's lowest confidence among the keypoints used (0..1). */
      confidence: z.number().min(0).max(1),
    }),
  }),
  z.object({
    ok: z.literal(false),
    at: z.number().int().nonnegative(),
    /** Why no posture could be read, so the person can be told what to change. */
    problem: z.enum(['no-person', 'no-shoulders', 'no-face', 'too-dark', 'camera-unavailable', 'model-failed']),
  }),
]);
/** One analysed frame as it crosses IPC. */
export type PostureFrame = z.infer<typeof postureFrameSchema>;
/** The geometry of a frame in which a person was seen. */
export type PostureFeatures = Extract<PostureFrame, { ok: true }>['features'];
