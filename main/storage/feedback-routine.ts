import { parseHistory } from '../core/history/parse';
import { bodyCheckDueAt, type BodyCheck } from '../core/progress/body-check';
import { shouldOfferHide, techniqueFeedback, type Rating, type TechniqueFeedbackRow } from '../core/progress/feedback';
import { programmeFrom, programmeReasonKey, type Programme } from '../core/techniques/programme';
import { bodyCheckFile } from './body-check-file';
import { feedbackFile } from './feedback-file';

/** What the break window and Progress need of the programme: each raised technique's weight and reason key. */
export interface ProgrammeView {
  weights: Record<string, number>;
  reasons: Record<string, string>;
}

/**
 * "Your routine" on disk: body self-checks and feedback ratings, and the programme they add up to.
 * The programme is cached and rebuilt only when either file gains a line, so the engine can ask
 * for it at every break without reading files.
 */
export const routineData = (dir: string, readHistoryText: () => string) => {
  const checks = bodyCheckFile(dir);
  const ratings = feedbackFile(dir);
  let cached: Programme | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    cached = null;
    listeners.forEach((l) => l());
  };
  const programme = (): Programme => (cached ??= programmeFrom(checks.last(), ratings.all()));
  return {
    programme,
    /** The programme as the renderer sees it (reasons as catalog keys). */
    programmeView: (): ProgrammeView => {
      const p = programme();
      const weights: Record<string, number> = {};
      const reasons: Record<string, string> = {};
      for (const [id, entry] of Object.entries(p)) {
        weights[id] = entry.weight;
        const reason = programmeReasonKey(p, id);
        if (reason) reasons[id] = reason;
      }
      return { weights, reasons };
    },
    bodyChecks: (): { last: BodyCheck | null; all: BodyCheck[]; dueAt: number | null } => {
      const all = checks.all();
      const last = all.at(-1) ?? null;
      return { last, all, dueAt: bodyCheckDueAt(last) };
    },
    addBodyCheck: (answers: BodyCheck['answers'], now: number) => {
      checks.add(answers, now);
      changed();
    },
    /** Stores one rating; answers whether to offer hiding the technique (rated "worse" twice, not hidden yet). */
    addFeedback: (input: { technique: string; rating: Rating }, now: number, hidden: readonly string[]): { offerHide: boolean } => {
      ratings.add(input, now);
      changed();
      return { offerHide: shouldOfferHide(ratings.all(), input.technique, hidden) };
    },
    techniqueRows: (): TechniqueFeedbackRow[] => techniqueFeedback(parseHistory(readHistoryText()).records, ratings.all()),
    /** Every rating and body check, for export. */
    records: () => ({ bodyChecks: checks.all(), feedback: ratings.all() }),
    /** Called when the programme may have changed (rebuild the engine's technique weights). */
    onChange: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => {
      checks.clear();
      ratings.clear();
      changed();
    },
  };
};

/** The routine store. */
export type RoutineData = ReturnType<typeof routineData>;
