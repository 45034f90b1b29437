import { z } from 'zod';
import type { BodyCheck } from '../progress/body-check';
import { bodyCheckAnswersSchema } from '../progress/body-check-records';
import type { TechniqueFeedbackRow } from '../progress/feedback';
import { feedbackInputSchema } from '../progress/feedback-records';

/**
 * The routine's IPC calls (issue 15 §3–4), spread into the contract. Kept in their own module so
 * the contract gains one line; results flow only from main to the renderer, so they are typed, not parsed.
 */
export const routineCalls = {
  /** Every body self-check, the last one, and when the next is due (null: never done, due now). */
  getBodyCheck: { args: z.tuple([]), result: z.object({ last: z.custom<BodyCheck>().nullable(), all: z.array(z.custom<BodyCheck>()), dueAt: z.number().nullable() }) },
  submitBodyCheck: { args: z.tuple([bodyCheckAnswersSchema]), result: z.object({ ok: z.literal(true) }) },
  /** The programme: weights of raised techniques and the catalog key of each one's reason for "Why this?". */
  getProgramme: { args: z.tuple([]), result: z.object({ weights: z.record(z.string(), z.number()), reasons: z.record(z.string(), z.string()) }) },
  /** One rating after a finished break; `offerHide` once the technique has been rated "worse" twice. */
  submitFeedback: { args: z.tuple([feedbackInputSchema]), result: z.object({ offerHide: z.boolean() }) },
  /** Progress: per technique, breaks finished and ratings given. */
  getTechniqueFeedback: { args: z.tuple([]), result: z.array(z.custom<TechniqueFeedbackRow>()) },
};
