import { BREAK_KINDS, type BreakKind } from '../engine/types';
import type { HistoryRecord } from '../history/records';
import { dayKey, lastDays } from './days';
import type { CheckIn, Rated } from './records';

/** One day's breaks. */
export interface DayStat {
  day: string;
  prompted: number;
  completed: number;
  natural: number;
  snoozed: number;
  skipped: number;
}

/** One day's check-in (the last of the day), if any. */
export interface TrendPoint {
  day: string;
  discomfort: number;
  stress: number;
}

/** Whether discomfort really changed: by 2 points or more, held for a week. */
export type Change = 'improved' | 'worse' | 'steady' | 'not-enough-data';

/** Everything the Progress window shows for a range of days. */
export interface ProgressView {
  days: DayStat[];
  totals: Omit<DayStat, 'day'>;
  /** The same totals for each kind of break over the range (records without a kind count in `totals` only). */
  byKind: Record<BreakKind, Omit<DayStat, 'day'>>;
  /** Consecutive days, back from today, with at least one completed break (days with no prompt neither break nor add to it). */
  streak: number;
  trend: TrendPoint[];
  /** The first week's average discomfort (within 90 days) and the ±2-point band around it that counts as no real change. */
  band: { baseline: number; low: number; high: number } | null;
  change: Change;
}

/** The smallest change on a 0–10 numeric rating scale that people notice. */
export const REAL_CHANGE = 2;

const empty = (day: string): DayStat => ({ day, prompted: 0, completed: 0, natural: 0, snoozed: 0, skipped: 0 });
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Adds one record's event to a tally. */
const tally = (stat: Omit<DayStat, 'day'>, event: HistoryRecord['event']): void => {
  if (event === 'prompted') stat.prompted += 1;
  else if (event === 'completed' || event === 'done') stat.completed += 1;
  else if (event === 'natural') stat.natural += 1;
  else if (event === 'snoozed') stat.snoozed += 1;
  else if (event === 'skipped') stat.skipped += 1;
};

/** Totals per kind of break over the days shown. */
const countKinds = (history: readonly HistoryRecord[], days: string[], timeZone: string): ProgressView['byKind'] => {
  const byKind = Object.fromEntries(BREAK_KINDS.map((kind) => [kind, { prompted: 0, completed: 0, natural: 0, snoozed: 0, skipped: 0 }])) as ProgressView['byKind'];
  const shown = new Set(days);
  for (const record of history) {
    if (!record.kind) continue;
    const at = Date.parse(record.at);
    if (!Number.isFinite(at) || !shown.has(dayKey(at, timeZone))) continue;
    tally(byKind[record.kind], record.event);
  }
  return byKind;
};

/** Counts breaks per local day over the last `rangeDays` days. */
const countDays = (history: readonly HistoryRecord[], days: string[], timeZone: string): DayStat[] => {
  const byDay = new Map(days.map((day) => [day, empty(day)]));
  const first = days[0]!;
  for (const record of history) {
    const at = Date.parse(record.at);
    if (!Number.isFinite(at)) continue;
    const stat = byDay.get(dayKey(at, timeZone));
    if (!stat || stat.day < first) continue;
    tally(stat, record.event);
  }
  return days.map((day) => byDay.get(day)!);
};

const streakOf = (days: DayStat[]): number => {
  let streak = 0;
  for (let i = days.length - 1; i >= 0; i -= 1) {
    const d = days[i]!;
    if (d.completed > 0) streak += 1;
    else if (d.prompted > 0 || d.skipped > 0 || d.snoozed > 0) {
      // Today is not over yet: no break so far today does not end the streak.
      if (i === days.length - 1) continue;
      break;
    }
  }
  return streak;
};

/** Decides whether the last week's discomfort is really different from the first week's. */
export const judgeChange = (trend: TrendPoint[]): { band: ProgressView['band']; change: Change } => {
  if (trend.length < 6) return { band: null, change: 'not-enough-data' };
  const firstWeek = trend.filter((p) => p.day <= addDays(trend[0]!.day, 6));
  const lastWeek = trend.filter((p) => p.day >= addDays(trend.at(-1)!.day, -6));
  if (firstWeek.length < 3 || lastWeek.length < 3 || lastWeek[0]!.day <= firstWeek.at(-1)!.day) {
    return { band: null, change: 'not-enough-data' };
  }
  const baseline = mean(firstWeek.map((p) => p.discomfort));
  const band = { baseline, low: Math.max(0, baseline - REAL_CHANGE), high: Math.min(10, baseline + REAL_CHANGE) };
  // Sustained: every check-in of the last week lies beyond the band, not just the average.
  if (lastWeek.every((p) => p.discomfort <= baseline - REAL_CHANGE)) return { band, change: 'improved' };
  if (lastWeek.every((p) => p.discomfort >= baseline + REAL_CHANGE)) return { band, change: 'worse' };
  return { band, change: 'steady' };
};

const addDays = (day: string, n: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
};

/** How far back the baseline week for "real change" may lie. */
const JUDGE_DAYS = 90;

/** The last rated check-in of each day from `firstDay` on, oldest first. */
const dailyCheckIns = (checkIns: readonly CheckIn[], firstDay: string, timeZone: string): TrendPoint[] => {
  const lastOfDay = new Map<string, TrendPoint>();
  for (const c of checkIns) {
    if (!('discomfort' in c)) continue;
    const day = dayKey(Date.parse(c.at), timeZone);
    if (day >= firstDay) lastOfDay.set(day, { day, discomfort: (c as Rated).discomfort, stress: (c as Rated).stress });
  }
  return [...lastOfDay.values()].sort((a, b) => a.day.localeCompare(b.day));
};

/** Builds the Progress view for the last `rangeDays` days (7, 30 or 90) ending today. */
export const progressView = (
  history: readonly HistoryRecord[],
  checkIns: readonly CheckIn[],
  options: { rangeDays: number; now: number; timeZone: string },
): ProgressView => {
  const days = lastDays(options.now, options.rangeDays, options.timeZone);
  const stats = countDays(history, days, options.timeZone);
  const totals = stats.reduce(
    (sum, d) => ({ prompted: sum.prompted + d.prompted, completed: sum.completed + d.completed, natural: sum.natural + d.natural, snoozed: sum.snoozed + d.snoozed, skipped: sum.skipped + d.skipped }),
    { prompted: 0, completed: 0, natural: 0, snoozed: 0, skipped: 0 },
  );
  // Real change is judged over the last 90 days whatever range is shown: a week needs a baseline week.
  const judged = dailyCheckIns(checkIns, lastDays(options.now, JUDGE_DAYS, options.timeZone)[0]!, options.timeZone);
  const trend = judged.filter((p) => p.day >= days[0]!);
  const byKind = countKinds(history, days, options.timeZone);
  return { days: stats, totals, byKind, streak: streakOf(stats), trend, ...judgeChange(judged) };
};

/** True when today already has a check-in or a dismissal. */
export const checkedInToday = (checkIns: readonly CheckIn[], now: number, timeZone: string): boolean => {
  const today = dayKey(now, timeZone);
  return checkIns.some((c) => dayKey(Date.parse(c.at), timeZone) === today);
};
