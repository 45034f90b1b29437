import { z } from 'zod';

/**
 * `feedback`: the optional "Better / Same / Worse" tap after a finished break (issue 15 §4). On by
 * default because it is one skippable tap; one switch turns it off.
 */
export const feedbackSettingsSchema = z.object({ afterBreak: z.boolean().default(true) }).prefault({});
