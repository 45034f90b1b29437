/**
 * The body self-check: five short tests a person does at the desk in about two minutes. Each is
 * written for this app from standard physiotherapy self-tests; none is a diagnosis. Schema-free on
 * purpose (the view imports it; tests/lint/chunks.test.ts keeps zod out of views).
 *
 * Sources the tests rest on:
 * - head turn: active rotation is roughly 70–90° each way in healthy adults, so the chin comes
 *   close to the line of the shoulder (Youdas et al., Phys Ther 1992; Ferrario et al., J Orthop
 *   Res 2002;20:122); left–right difference is the usable sign, since day-to-day variation is
 *   about ±14° (Christensen & Nilsson, J Manipulative Physiol Ther 1998;21:383).
 * - shoulders: observing shoulder height and elevation at rest, part of every physiotherapy
 *   posture screen; raised, tense shoulders are what DESIGN.md §7 and our source point at.
 * - wall: the occiput-to-wall test (heels, buttocks and shoulder blades on the wall; can the back
 *   of the head touch without lifting the chin?) used for forward head posture and thoracic
 *   kyphosis; forward head, rounded shoulders and kyphosis often occur together (Singla & Veqar,
 *   J Chiropr Med 2017;16:220).
 * - slump vs tall: neck rotation is larger sitting erect than in habitual slumped sitting
 *   (J Man Manip Ther 2013;21(1):33–39), and lumbar and neck posture change together
 *   (Black et al., Spine 1996;21:65).
 * - lower back: standing back-bend and forward-bend screen of movement and symptom response, as
 *   in the McKenzie assessment; pain spreading into a leg is a reason to see a clinician (NICE NG59).
 */

/** The tests, in the order they are done. */
export const BODY_CHECK_TESTS = ['head-turn', 'shoulders', 'wall', 'slump-vs-tall', 'lower-back'] as const;
/** One test's id. */
export type BodyCheckTest = (typeof BODY_CHECK_TESTS)[number];

/** The simple choices each test offers, first the one that finds nothing; `skipped` is always allowed. */
export const BODY_CHECK_CHOICES = {
  'head-turn': ['easy-both', 'one-side-less', 'both-stiff', 'painful', 'skipped'],
  shoulders: ['level-low', 'one-higher', 'both-raised', 'skipped'],
  wall: ['touches', 'chin-up', 'does-not-reach', 'skipped'],
  'slump-vs-tall': ['tall-freer', 'no-difference', 'slump-freer', 'skipped'],
  'lower-back': ['free', 'stiff', 'painful', 'skipped'],
} as const satisfies Record<BodyCheckTest, readonly string[]>;
/** One answer to one test. */
export type BodyCheckChoice<T extends BodyCheckTest = BodyCheckTest> = (typeof BODY_CHECK_CHOICES)[T][number];
/** The answers to one body self-check. */
export type BodyCheckAnswers = { [T in BodyCheckTest]: BodyCheckChoice<T> };
/** A stored body self-check, as the views read it back. */
export interface BodyCheck {
  at: string;
  answers: BodyCheckAnswers;
}

/** What an answer points the programme at; each raises its own techniques (programme.ts). */
export type Finding = 'neck-stiff' | 'neck-painful' | 'shoulders-raised' | 'head-forward' | 'posture-sensitive' | 'lower-back-stiff' | 'lower-back-painful';

const FINDING_OF: { [T in BodyCheckTest]: Partial<Record<BodyCheckChoice<T>, Finding>> } = {
  'head-turn': { 'one-side-less': 'neck-stiff', 'both-stiff': 'neck-stiff', painful: 'neck-painful' },
  shoulders: { 'one-higher': 'shoulders-raised', 'both-raised': 'shoulders-raised' },
  wall: { 'chin-up': 'head-forward', 'does-not-reach': 'head-forward' },
  'slump-vs-tall': { 'tall-freer': 'posture-sensitive' },
  'lower-back': { stiff: 'lower-back-stiff', painful: 'lower-back-painful' },
};

/** The findings of one check, in test order; skipped tests and clear answers find nothing. */
export const findingsOf = (answers: BodyCheckAnswers): Finding[] =>
  BODY_CHECK_TESTS.flatMap((test) => {
    const finding = (FINDING_OF[test] as Record<string, Finding | undefined>)[answers[test]];
    return finding ? [finding] : [];
  });

/** True when an answer is one that means "see a clinician if it lasts" (pain during a test). */
export const isPainAnswer = (test: BodyCheckTest, choice: string): boolean => (test === 'head-turn' || test === 'lower-back') && choice === 'painful';

/** Patterns change over weeks, not days: the check is offered again after four weeks. */
export const BODY_CHECK_INTERVAL_MS = 28 * 86_400_000;

/** When the next body self-check is due (ms), or null when none was ever done (due now). */
export const bodyCheckDueAt = (last: Pick<BodyCheck, 'at'> | null): number | null => (last ? Date.parse(last.at) + BODY_CHECK_INTERVAL_MS : null);

/** Whether to offer the body self-check now: never done, or four weeks since the last one. */
export const isBodyCheckDue = (last: Pick<BodyCheck, 'at'> | null, now: number): boolean => {
  const due = bodyCheckDueAt(last);
  return due === null || now >= due;
};

/** One test's answers over time, oldest first, for the trend beside the discomfort chart. */
export const answersOverTime = (checks: readonly BodyCheck[], test: BodyCheckTest): { at: string; choice: string; finding: boolean }[] =>
  [...checks]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((c) => ({ at: c.at, choice: c.answers[test], finding: (FINDING_OF[test] as Record<string, Finding | undefined>)[c.answers[test]] !== undefined }));
