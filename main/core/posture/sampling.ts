/**
 * How often posture sensing looks: a short burst of frames every minute or every five minutes
 * (the camera released between), or a continuous stream. A plain list, so views can show the
 * choices without the schema library.
 */
export const POSTURE_SAMPLINGS = ['burst-1min', 'burst-5min', 'continuous'] as const;
/** One sampling choice. */
export type PostureSamplingChoice = (typeof POSTURE_SAMPLINGS)[number];
