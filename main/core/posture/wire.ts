import { z } from 'zod';
import { postureFrameSchema } from './frame';

const [seen, unseen] = postureFrameSchema.options;

/**
 * The frame as IPC accepts it: frame.ts's schema made strict at every level, so a payload with
 * anything beyond the numbers (a data URL, a pixel array, a canvas dump) is refused outright
 * rather than stripped after it already crossed.
 */
export const postureFrameWireSchema = z.discriminatedUnion('ok', [seen.extend({ features: seen.shape.features.strict() }).strict(), unseen.strict()]);
