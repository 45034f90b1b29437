import { addLocalDays, toLocal } from '../time/zoned';

const QUARTER_HOUR = 900_000;
const cache = new Map<string, string>();

/** The local calendar day ("YYYY-MM-DD") of an instant. Every UTC offset is a whole number of quarter hours, so one look-up serves each quarter hour. */
export const dayKey = (at: number, timeZone: string): string => {
  const bucket = `${timeZone}|${Math.floor(at / QUARTER_HOUR)}`;
  let key = cache.get(bucket);
  if (key === undefined) {
    const local = toLocal(at, timeZone);
    key = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
    if (cache.size > 50_000) cache.clear();
    cache.set(bucket, key);
  }
  return key;
};

/** The last `count` local days up to and including the day of `now`, oldest first. */
export const lastDays = (now: number, count: number, timeZone: string): string[] =>
  Array.from({ length: count }, (_, i) => {
    const d = addLocalDays(now, i - count + 1, timeZone);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  });
