import { addLocalDays, wallAt } from '../time/zoned';

const QUARTER_HOUR = 900_000;
const SECOND = 1_000;
const DAY = 86_400_000;
const cache = new Map<string, Map<number, string>>();
let cached = 0;

/** "YYYY-MM-DD" of a wall clock expressed as if it were UTC. */
const keyOfWall = (wall: number): string => new Date(Math.floor(wall / DAY) * DAY).toISOString().slice(0, 10);

/**
 * The date shown throughout a quarter hour, or null when it changes inside it. Offsets today are
 * whole quarter hours, but transitions need not fall on one (Antarctica/Casey moved at 16:01 UTC
 * in 2020–2022), so a bucket is trusted only when its first and last second show the same date
 * under the same offset (no zone changes its offset twice within 15 minutes).
 */
const bucketDay = (bucket: number, timeZone: string): string | null => {
  const first = bucket * QUARTER_HOUR;
  const last = first + QUARTER_HOUR - SECOND;
  const firstWall = wallAt(first, timeZone);
  const lastWall = wallAt(last, timeZone);
  if (firstWall - first !== lastWall - last || Math.floor(firstWall / DAY) !== Math.floor(lastWall / DAY)) return null;
  return keyOfWall(firstWall);
};

/** The local calendar day ("YYYY-MM-DD") of an instant; history is aggregated with it, so one look-up serves a quarter hour. */
export const dayKey = (at: number, timeZone: string): string => {
  const bucket = Math.floor(at / QUARTER_HOUR);
  const known = cache.get(timeZone)?.get(bucket);
  if (known !== undefined) return known;
  const key = bucketDay(bucket, timeZone);
  if (key === null) return keyOfWall(wallAt(at, timeZone));
  if (cached >= 50_000) {
    cache.clear();
    cached = 0;
  }
  let zone = cache.get(timeZone);
  if (!zone) {
    zone = new Map();
    cache.set(timeZone, zone);
  }
  zone.set(bucket, key);
  cached += 1;
  return key;
};

/** The last `count` local days up to and including the day of `now`, oldest first. */
export const lastDays = (now: number, count: number, timeZone: string): string[] =>
  Array.from({ length: count }, (_, i) => {
    const d = addLocalDays(now, i - count + 1, timeZone);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  });
