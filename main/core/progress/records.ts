import { z } from 'zod';
import { SELF_CHECK_ITEMS, type SelfCheck as SelfCheckShape, type SelfCheckItem } from './self-check-items';

export { SELF_CHECK_ITEMS, type SelfCheckItem } from './self-check-items';

const rating = z.number().int().min(0).max(10);

/** A daily check-in: upper-back and neck discomfort and stress, 0–10, and an optional note; or a dismissal. */
export const checkInSchema = z.union([
  z.object({ at: z.string(), discomfort: rating, stress: rating, note: z.string().max(500).optional() }),
  z.object({ at: z.string(), dismissed: z.literal(true) }),
]);
/** A stored check-in line. */
export type CheckIn = z.infer<typeof checkInSchema>;
/** A check-in with ratings (not a dismissal). */
export type Rated = Extract<CheckIn, { discomfort: number }>;

/** What a person submits from the check-in form. */
export const checkInInputSchema = z.object({ discomfort: rating, stress: rating, note: z.string().max(500).optional() });

const answer = z.enum(['yes', 'sometimes', 'no'] as const satisfies readonly SelfCheckShape['answers'][SelfCheckItem][]);
/** The answers to one self-check. */
export const selfCheckAnswersSchema = z.object(Object.fromEntries(SELF_CHECK_ITEMS.map((id) => [id, answer])) as Record<SelfCheckItem, typeof answer>);
/** A stored self-check. */
export const selfCheckSchema = z.object({ at: z.string(), answers: selfCheckAnswersSchema });
/** A stored self-check line. */
export type SelfCheck = z.infer<typeof selfCheckSchema>;

// The schema and the schema-free shape the view uses must not drift: this fails tsc if they differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const selfCheckShapeMatches: Same<SelfCheck, SelfCheckShape> = true;
void selfCheckShapeMatches;
