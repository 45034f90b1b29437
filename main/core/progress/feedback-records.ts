import { z } from 'zod';
import { RATINGS, type FeedbackRecord } from './feedback';

/** What the feedback tap sends: the technique just finished and one rating. */
export const feedbackInputSchema = z.object({ technique: z.string().min(1).max(64), rating: z.enum(RATINGS) }).strict();
/** A stored rating line (feedback.jsonl). */
export const feedbackRecordSchema = z.object({ at: z.string().max(40), technique: z.string().min(1).max(64), rating: z.enum(RATINGS) });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapeMatches: Same<z.infer<typeof feedbackRecordSchema>, FeedbackRecord> = true;
void shapeMatches;
