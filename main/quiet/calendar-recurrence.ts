import ICAL from 'ical.js';

const DAY_MS = 86_400_000;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number) => (a / gcd(a, b)) * b;

/**
 * Where to start expanding a recurring event so the expansion reaches `from` in a few steps, however
 * long ago the series began: DTSTART moved forward by a whole number of the rule's periods, so wall
 * time, weekday, INTERVAL phase and week start stay what they were.
 *
 * ical.js has no "skip to" for a rule (RecurExpansion walks from the DTSTART it is given, see
 * kewisch/ical.js lib/ical/recur_expansion.js), but it takes any DTSTART, so a later one that the
 * rule itself would have produced gives the same occurrences from there on. DAILY and WEEKLY move
 * by whole (interval × 1 or 7) days; MONTHLY and YEARLY by whole years that are also whole
 * intervals (and by multiples of 4 years for a 29 February start), so the day of the month exists.
 * Left alone: COUNT (it counts from the real start, and bounds the walk anyway), several RRULEs,
 * and sub-daily rules, which a caller walks under a cap.
 *
 * The moved start stays at least one period (two for days, against DST hours) and the event's
 * length before `from`: ical.js always
 * returns DTSTART as the first occurrence, even where the rule would not, and that one must fall
 * before the window, not in it.
 */
export const expansionStart = (component: ICAL.Component, start: ICAL.Time, durationMs: number, from: number): ICAL.Time => {
  const rules = component.getAllProperties('rrule');
  if (rules.length !== 1) return start;
  const rule = rules[0]!.getFirstValue() as ICAL.Recur;
  if (rule.count || !rule.freq) return start;
  const interval = Math.max(1, rule.interval || 1);
  const elapsedDays = (from - start.toJSDate().getTime() - durationMs) / DAY_MS;
  const shifted = start.clone();
  if (rule.freq === 'DAILY' || rule.freq === 'WEEKLY') {
    const stepDays = interval * (rule.freq === 'WEEKLY' ? 7 : 1);
    const steps = Math.floor(elapsedDays / stepDays) - 2;
    if (steps <= 0) return start;
    shifted.adjust(steps * stepDays, 0, 0, 0);
    return shifted;
  }
  if (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') {
    let stepYears = rule.freq === 'MONTHLY' ? lcm(interval, 12) / 12 : interval;
    if (start.month === 2 && start.day === 29) stepYears = lcm(stepYears, 4);
    const steps = Math.floor(elapsedDays / 366 / stepYears) - 1;
    if (steps <= 0) return start;
    shifted.year += steps * stepYears;
    // A 29 February that a century year does not have: walk from the real start instead.
    if (shifted.month === 2 && shifted.day === 29 && !ICAL.Time.isLeapYear(shifted.year)) return start;
    return shifted;
  }
  return start;
};
