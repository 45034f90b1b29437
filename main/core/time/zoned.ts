/**
 * The one conversion between instants and wall-clock times in IANA zones. Everything in the
 * engine, Progress and the simulator that names a local time goes through here, so a gap or an
 * overlap is resolved the same way everywhere (see `fromLocal`).
 */

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

/** Wall-clock fields naming a local minute. */
export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const SECOND = 1_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Where each numeric field sits among the digit runs of the formatter's output. */
type FieldOrder = [year: number, month: number, day: number, hour: number, minute: number, second: number];

interface ZoneFormatter {
  format: (at: number) => string;
  order: FieldOrder;
}

const formatters = new Map<string, ZoneFormatter>();
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

const formatterFor = (timeZone: string): ZoneFormatter => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    // format() is about 4× faster than formatToParts() and allocates one string; the field order
    // is read once from formatToParts so a locale-data change cannot silently swap day and month.
    const numeric = intl.formatToParts(0).filter((p) => (FIELDS as readonly string[]).includes(p.type));
    const order = FIELDS.map((f) => numeric.findIndex((p) => p.type === f)) as FieldOrder;
    if (numeric.length !== FIELDS.length || order.includes(-1)) throw new RangeError(`unexpected date format for ${timeZone}`);
    formatter = { format: intl.format.bind(intl), order };
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12; the day may overflow).
 * H. Hinnant's days_from_civil (https://howardhinnant.github.io/date_algorithms.html): no Date
 * object per call, and years below 100 stay literal (Date.UTC would read 27 as 1927).
 */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

// Scratch space for the digit runs of one formatted date: parsing allocates nothing.
const runs: number[] = [0, 0, 0, 0, 0, 0];

/** The wall clock `at` shows in the zone, as if that wall clock were UTC (ms, whole seconds). */
export const wallAt = (at: number, timeZone: string): number => {
  const { format, order } = formatterFor(timeZone);
  const text = format(at);
  let count = 0;
  let value = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code >= 48 && code <= 57) value = (value < 0 ? 0 : value * 10) + code - 48;
    else if (value >= 0) {
      if (count < 6) runs[count] = value;
      count += 1;
      value = -1;
    }
  }
  if (count !== 6) throw new RangeError(`cannot read the date "${text}" in ${timeZone}`);
  // Some ICU versions print midnight as 24 even with h23.
  const seconds = (runs[order[3]]! % 24) * 3_600 + runs[order[4]]! * 60 + runs[order[5]]!;
  return daysFromCivil(runs[order[0]]!, runs[order[1]]!, runs[order[2]]!) * DAY + seconds * SECOND;
};

/** The zone's UTC offset at `at`, in milliseconds (whole seconds). */
export const offsetAt = (at: number, timeZone: string): number => wallAt(at, timeZone) - Math.floor(at / SECOND) * SECOND;

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
  const date = new Date(wallAt(at, timeZone));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    weekday: date.getUTCDay(),
  };
};

/** The wall clock of the fields as if it were UTC; month and day may overflow (13th month = next January). */
const civilToWall = (fields: LocalFields): number => {
  const months = fields.year * 12 + fields.month - 1;
  const year = Math.floor(months / 12);
  return daysFromCivil(year, months - year * 12 + 1, fields.day) * DAY + fields.hour * 3_600_000 + fields.minute * MINUTE;
};

/** `wall − offset` when the zone really shows that wall clock then, else NaN. */
const tryOffset = (wall: number, offset: number, timeZone: string): number => {
  const at = wall - offset;
  return offsetAt(at, timeZone) === offset ? at : NaN;
};

/** The earlier of two candidate instants, ignoring NaN. */
const earlier = (a: number, b: number): number => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b));

/** The first whole second in (lo, hi] whose wall clock is past `wall`, or NaN if the ends do not bracket it. */
const firstPast = (wall: number, lo: number, hi: number, timeZone: string): number => {
  if (lo + offsetAt(lo, timeZone) > wall || hi + offsetAt(hi, timeZone) <= wall) return NaN;
  let low = Math.floor(lo / SECOND);
  let high = Math.floor(hi / SECOND);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (mid * SECOND + offsetAt(mid * SECOND, timeZone) > wall) high = mid;
    else low = mid;
  }
  return high * SECOND;
};

/**
 * The instant at which a time zone's wall clock shows the given fields. A time the clock skips
 * (spring forward) gives the first valid instant at or after the gap's end, i.e. the transition
 * itself (02:30 in a 02:00–03:00 gap → 03:00, not Temporal's 'compatible' 03:30); a time the
 * clock shows twice (fall back) gives its first occurrence (Temporal's 'earlier').
 */
export const fromLocal = (fields: LocalFields, timeZone: string): number => {
  const wall = civilToWall(fields);
  // No zone changes its offset twice within two days (the tests check 2020–2035), so the offsets a
  // day either side are the only candidates; Temporal reads them the same way (dayBefore/dayAfter in
  // DisambiguatePossibleInstants, tc39/proposal-temporal spec/timezone.html).
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const found = earlier(tryOffset(wall, before, timeZone), before === after ? NaN : tryOffset(wall, after, timeZone));
  if (!Number.isNaN(found)) return found;
  // A gap: the wall clock jumps over `wall`; the transition is the first instant showing a later time.
  const gapEnd = firstPast(wall, wall - Math.max(before, after), wall - Math.min(before, after), timeZone);
  if (!Number.isNaN(gapEnd)) return gapEnd;
  const wide = firstPast(wall, wall - DAY, wall + DAY, timeZone);
  return Number.isNaN(wide) ? wall - before : wide;
};

/** The calendar date `days` after the local date of `at` (no time-of-day). */
export const addLocalDays = (at: number, days: number, timeZone: string) => {
  const local = toLocal(at, timeZone);
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
};
