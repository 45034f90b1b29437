// Schema-free on purpose: the self-check view imports these ids, and importing them from
// records.ts pulled all of zod (84 KB) into that view's chunk (issue 16). tests/lint/chunks.test.ts
// fails if a view chunk that validates nothing holds zod again.

/** The workstation self-check, worded as questions to oneself rather than a diagnosis. */
export const SELF_CHECK_ITEMS = [
  'screen-height',
  'shoulders-relaxed',
  'lower-back-support',
  'feet-flat',
  'close-to-desk',
  'moved-every-hour',
] as const;
/** One self-check question's id. */
export type SelfCheckItem = (typeof SELF_CHECK_ITEMS)[number];
/** One answer to a self-check question. */
export type SelfCheckAnswer = 'yes' | 'sometimes' | 'no';
/** The answers to one self-check (what the view sends and shows). */
export type SelfCheckAnswers = Record<SelfCheckItem, SelfCheckAnswer>;
/** A stored self-check, as the view reads it back. */
export interface SelfCheck {
  at: string;
  answers: SelfCheckAnswers;
}
