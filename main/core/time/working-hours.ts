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

/** Working spans from the day before `validFrom` to a week after, valid for `at` in [validFrom, validTo). */
interface SpanWindow {
  timeZone: string;
  validFrom: number;
  validTo: number;
  spans: { start: number; end: number }[];
}

// Calendar maths is the engine's costliest step, so each settings object keeps its spans for a day.
const windows = new WeakMap<WorkingHours, SpanWindow>();

const spanWindow = (hours: WorkingHours, at: number, timeZone: string): SpanWindow => {
  const cached = windows.get(hours);
  if (cached && cached.timeZone === timeZone && at >= cached.validFrom && at < cached.validTo) return cached;
  const today = addLocalDays(at, 0, timeZone);
  const validFrom = fromLocal({ ...today, hour: 0, minute: 0 }, timeZone);
  const spans: { start: number; end: number }[] = [];
  for (let offset = -1; offset <= 8; offset += 1) spans.push(...spansOn(hours, at, offset, timeZone));
  spans.sort((a, b) => a.start - b.start);
  const window = { timeZone, validFrom: Math.min(validFrom, at), validTo: Math.max(validFrom + 20 * 3_600_000, at + 1), spans };
  windows.set(hours, window);
  return window;
};

/** True when `at` lies inside working hours (always true when working hours are off). */
export const isWorkingTime = (hours: WorkingHours, at: number, timeZone: string): boolean => {
  if (!hours.enabled) return true;
  return spanWindow(hours, at, timeZone).spans.some(({ start, end }) => at >= start && at < end);
};

/** The next instant after `at` where working hours begin or end, within a week; null if none. */
export const nextWorkingBoundary = (hours: WorkingHours, at: number, timeZone: string): number | null => {
  if (!hours.enabled) return null;
  let next: number | null = null;
  for (const { start, end } of spanWindow(hours, at, timeZone).spans) {
    for (const edge of [start, end]) if (edge > at && (next === null || edge < next)) next = edge;
  }
  return next;
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
