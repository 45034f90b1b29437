/**
 * "Better / Same / Worse" after a finished break, and what the ratings add up to. Schema-free on
 * purpose: the tap and the Progress table import it (tests/lint/chunks.test.ts).
 */

/** The three answers of the feedback tap. */
export const RATINGS = ['better', 'same', 'worse'] as const;
/** One answer of the feedback tap. */
export type Rating = (typeof RATINGS)[number];
/** One stored rating (feedback.jsonl). */
export interface FeedbackRecord {
  at: string;
  technique: string;
  rating: Rating;
}

/** Two "worse" for one technique is when hiding it is offered. */
export const WORSE_TO_OFFER_HIDE = 2;
/** Below this many ratings a share is shown as "2 of 3" only, never as a percentage. */
export const MIN_RATINGS_FOR_PERCENT = 10;
/** Only the latest ratings shape the rotation, so a technique can win back its turns. */
export const RECENT_RATINGS = 10;

/** Whether to offer hiding a technique just rated: it has now been rated "worse" at least twice and is not hidden yet. */
export const shouldOfferHide = (records: readonly FeedbackRecord[], technique: string, hidden: readonly string[]): boolean =>
  !hidden.includes(technique) && records.at(-1)?.technique === technique && records.at(-1)?.rating === 'worse' && records.filter((r) => r.technique === technique && r.rating === 'worse').length >= WORSE_TO_OFFER_HIDE;

/** Counts of each rating for one technique. */
export interface RatingCounts {
  better: number;
  same: number;
  worse: number;
}

/** How the latest ratings of each technique lean: more "better" than "worse" helps; the counts stay with the verdict. */
export const recentRatings = (records: readonly FeedbackRecord[]): Map<string, RatingCounts> => {
  const byTechnique = new Map<string, Rating[]>();
  for (const r of records) byTechnique.set(r.technique, [...(byTechnique.get(r.technique) ?? []), r.rating]);
  return new Map(
    [...byTechnique].map(([id, ratings]) => {
      const recent = ratings.slice(-RECENT_RATINGS);
      return [id, { better: recent.filter((r) => r === 'better').length, same: recent.filter((r) => r === 'same').length, worse: recent.filter((r) => r === 'worse').length }];
    }),
  );
};

/** One row of Progress → "How each technique felt". */
export interface TechniqueFeedbackRow extends RatingCounts {
  technique: string;
  /** Breaks finished with this technique (history). */
  done: number;
  /** Ratings given, all time. */
  rated: number;
}

/** The history lines this needs (history/records.ts), without importing its schema. */
interface HistoryLine {
  event: string;
  kind?: string | undefined;
  technique?: string | undefined;
}

/**
 * Per technique: breaks finished with it (a `started` record followed by `completed` or `done`
 * of the same kind) and every rating, most done first.
 */
export const techniqueFeedback = (history: readonly HistoryLine[], records: readonly FeedbackRecord[]): TechniqueFeedbackRow[] => {
  const rows = new Map<string, TechniqueFeedbackRow>();
  const row = (technique: string) => {
    const have = rows.get(technique) ?? { technique, done: 0, rated: 0, better: 0, same: 0, worse: 0 };
    rows.set(technique, have);
    return have;
  };
  const open = new Map<string, string>();
  for (const h of history) {
    if (h.event === 'started' && h.technique) open.set(h.kind ?? '', h.technique);
    else if (h.event === 'completed' || h.event === 'done') {
      const technique = open.get(h.kind ?? '');
      if (technique) row(technique).done += 1;
      open.delete(h.kind ?? '');
    } else if (h.event === 'skipped' || h.event === 'snoozed') open.delete(h.kind ?? '');
  }
  for (const r of records) {
    const target = row(r.technique);
    target.rated += 1;
    target[r.rating] += 1;
  }
  return [...rows.values()].sort((a, b) => b.done - a.done || b.rated - a.rated || a.technique.localeCompare(b.technique));
};

/** A share as it may be shown: always its count and what it is out of; a percentage only from enough ratings. */
export interface Share {
  count: number;
  of: number;
  percent: number | null;
}

/** The share of one rating in a row: "2 of 3", with a percentage only once there are MIN_RATINGS_FOR_PERCENT ratings. */
export const shareOf = (row: RatingCounts & { rated: number }, rating: Rating): Share => ({
  count: row[rating],
  of: row.rated,
  percent: row.rated >= MIN_RATINGS_FOR_PERCENT ? Math.round((row[rating] / row.rated) * 100) : null,
});
