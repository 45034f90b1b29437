import { z } from 'zod';
import { BODY_CHECK_CHOICES as C, type BodyCheck as BodyCheckShape } from './body-check';

/** The answers to one body self-check: every test answered with one of its own choices, nothing else. */
export const bodyCheckAnswersSchema = z
  .object({
    'head-turn': z.enum(C['head-turn']),
    shoulders: z.enum(C.shoulders),
    wall: z.enum(C.wall),
    'slump-vs-tall': z.enum(C['slump-vs-tall']),
    'lower-back': z.enum(C['lower-back']),
  })
  .strict();

/** A stored body self-check line (body-checks.jsonl). */
export const bodyCheckSchema = z.object({ at: z.string().max(40), answers: bodyCheckAnswersSchema });
/** A stored body self-check. */
export type BodyCheck = z.infer<typeof bodyCheckSchema>;

// The schema and the schema-free shape the views use must not drift: this fails tsc if they differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapeMatches: Same<BodyCheck, BodyCheckShape> = true;
void shapeMatches;
