/** Local calendar fields of an instant in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** True when the runtime knows this IANA time zone. */
export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/** The wall-clock fields an instant shows in a time zone. */
export const toLocal = (at: number, timeZone: string): LocalTime => {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
};

/**
 * The instant at which a time zone's wall clock shows the given fields. In a gap (spring
 * forward) it returns the first valid instant after; in an overlap, the earlier one.
 */
export const fromLocal = (
  fields: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): number => {
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  let guess = asUtc;
  for (let i = 0; i < 3; i += 1) {
    const shown = toLocal(guess, timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
    const diff = asUtc - shownUtc;
    if (diff === 0) break;
    guess += diff;
  }
  const earlier = guess - 3_600_000;
  const e = toLocal(earlier, timeZone);
  if (Date.UTC(e.year, e.month - 1, e.day, e.hour, e.minute) === asUtc) return earlier;
  return guess;
};

/** The calendar date `days` after the local date of `at` (no time-of-day). */
export const addLocalDays = (at: number, days: number, timeZone: string) => {
  const local = toLocal(at, timeZone);
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
};
