import type { HistoryRecord } from '../../main/core/history/records';
import { bodyCheckDueAt, type BodyCheck } from '../../main/core/progress/body-check';
import { shouldOfferHide, techniqueFeedback, type FeedbackRecord, type Rating } from '../../main/core/progress/feedback';
import { programmeFrom, programmeReasonKey } from '../../main/core/techniques/programme';

const DAY = 86_400_000;

/** `?routine=demo`: three body checks a month apart and a few ratings, so the trend and the table have something to show. */
const demo = (now: number): { checks: BodyCheck[]; ratings: FeedbackRecord[] } => ({
  checks: [
    { at: new Date(now - 60 * DAY).toISOString(), answers: { 'head-turn': 'one-side-less', shoulders: 'both-raised', wall: 'does-not-reach', 'slump-vs-tall': 'tall-freer', 'lower-back': 'stiff' } },
    { at: new Date(now - 32 * DAY).toISOString(), answers: { 'head-turn': 'one-side-less', shoulders: 'one-higher', wall: 'chin-up', 'slump-vs-tall': 'tall-freer', 'lower-back': 'free' } },
    { at: new Date(now - 3 * DAY).toISOString(), answers: { 'head-turn': 'easy-both', shoulders: 'one-higher', wall: 'chin-up', 'slump-vs-tall': 'no-difference', 'lower-back': 'skipped' } },
  ],
  ratings: [
    ...(['better', 'better', 'same'] as const).map((rating, i) => ({ at: new Date(now - (10 - i) * DAY).toISOString(), technique: 'chin-tuck', rating })),
    ...(['worse', 'same'] as const).map((rating, i) => ({ at: new Date(now - (8 - i) * DAY).toISOString(), technique: 'shoulder-rolls', rating })),
  ],
});

/** The routine calls of the browser preview (issue 15 §3–4), over in-memory stores and the real core. */
export const previewRoutine = (params: URLSearchParams, clock: () => number, history: () => readonly HistoryRecord[], hidden: () => readonly string[]) => {
  const seeded = params.get('routine') === 'demo' ? demo(clock()) : { checks: [], ratings: [] };
  const checks: BodyCheck[] = [...seeded.checks];
  const ratings: FeedbackRecord[] = [...seeded.ratings];
  const now = () => new Date(clock()).toISOString();
  return {
    store: { checks, ratings },
    /** The programme, for the preview engine's technique refs (withProgramme in config). */
    programme: () => programmeFrom(checks.at(-1) ?? null, ratings),
    handlers: {
      getBodyCheck: () => ({ last: checks.at(-1) ?? null, all: [...checks], dueAt: bodyCheckDueAt(checks.at(-1) ?? null) }),
      submitBodyCheck: (answers: BodyCheck['answers']) => (checks.push({ at: now(), answers }), { ok: true as const }),
      getProgramme: () => {
        const p = programmeFrom(checks.at(-1) ?? null, ratings);
        const weights = Object.fromEntries(Object.entries(p).map(([id, e]) => [id, e.weight]));
        const reasons = Object.fromEntries(Object.keys(p).flatMap((id) => (programmeReasonKey(p, id) ? [[id, programmeReasonKey(p, id)!]] : [])));
        return { weights, reasons };
      },
      submitFeedback: (input: { technique: string; rating: Rating }) => {
        ratings.push({ at: now(), ...input });
        return { offerHide: shouldOfferHide(ratings, input.technique, hidden()) };
      },
      getTechniqueFeedback: () => techniqueFeedback(history(), ratings),
    },
    clear: () => {
      checks.length = 0;
      ratings.length = 0;
    },
  };
};
