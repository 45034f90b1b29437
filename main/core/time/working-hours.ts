import type { Settings } from '../settings/schema';
import { addLocalDays, fromLocal, toLocal } from './zoned';

const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

type WorkingHours = Settings['workingHours'];

const minutesOf = (hhmm: string): [number, number] => {
  const [h, m] = hhmm.split(':').map(Number);
  return [h ?? 0, m ?? 0];
};

/** The working spans (as instants) of the local day `offset` days after `at`. */
const spansOn = (hours: WorkingHours, at: number, offset: number, timeZone: string) => {
  const date = addLocalDays(at, offset, timeZone);
  return hours.days[DAY_KEYS[date.weekday]!].map(([from, to]) => {
    const [fh, fm] = minutesOf(from);
    const [th, tm] = minutesOf(to);
    return {
      start: fromLocal({ ...date, hour: fh, minute: fm }, timeZone),
      end: fromLocal({ ...date, hour: th, minute: tm }, timeZone),
    };
  });
};

/** True when `at` lies inside working hours (always true when working hours are off). */
export const isWorkingTime = (hours: WorkingHours, at: number, timeZone: string): boolean => {
  if (!hours.enabled) return true;
  return spansOn(hours, at, 0, timeZone).some(({ start, end }) => at >= start && at < end);
};

/** The next instant after `at` where working hours begin or end, within a week; null if none. */
export const nextWorkingBoundary = (hours: WorkingHours, at: number, timeZone: string): number | null => {
  if (!hours.enabled) return null;
  for (let offset = 0; offset <= 7; offset += 1) {
    const edges = spansOn(hours, at, offset, timeZone)
      .flatMap(({ start, end }) => [start, end])
      .filter((edge) => edge > at)
      .sort((a, b) => a - b);
    if (edges.length > 0) return edges[0]!;
  }
  return null;
};

/** Start of tomorrow's working hours, or tomorrow 06:00 local when working hours are off. */
export const tomorrowMorning = (hours: WorkingHours, at: number, timeZone: string): number => {
  if (hours.enabled) {
    for (let offset = 1; offset <= 7; offset += 1) {
      const first = spansOn(hours, at, offset, timeZone)[0];
      if (first) return first.start;
    }
  }
  const date = addLocalDays(at, 1, timeZone);
  return fromLocal({ ...date, hour: 6, minute: 0 }, timeZone);
};

/** Local "HH:MM" of an instant, for labels. */
export const clockLabel = (at: number, timeZone: string): string => {
  const local = toLocal(at, timeZone);
  return `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
};
