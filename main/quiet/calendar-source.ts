import { readFile } from 'node:fs/promises';
import { busyEvents } from './calendar';
import type { HostEvent } from '../core/engine/host';
import type { CalendarEvent } from '../core/engine/types';

/** Calendars are read at most this often. */
export const CALENDAR_REFRESH_MS = 15 * 60_000;
const LOOKAHEAD_MS = 24 * 3_600_000;

/** Reads a calendar from a local .ics path or an https:// address (never plain http). */
export const readCalendar = async (source: string, fetcher: typeof fetch = fetch): Promise<string> => {
  if (source.startsWith('https://')) {
    const response = await fetcher(source, { signal: AbortSignal.timeout(10_000), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  if (source.startsWith('http://')) throw new Error('only https:// calendar addresses are read');
  return readFile(source, 'utf8');
};

/** Keeps the engine told of the next day's busy events from every calendar source, every 15 minutes. */
export const setupCalendarSource = (deps: {
  sources: () => readonly string[];
  read: (source: string) => Promise<string>;
  dispatch: (event: HostEvent) => void;
  now: () => number;
  log: (message: string) => void;
  setTimer: (ms: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
}) => {
  let timer: unknown = null;
  const refresh = async (): Promise<CalendarEvent[]> => {
    if (timer !== null) deps.clearTimer(timer);
    const now = deps.now();
    const events: CalendarEvent[] = [];
    for (const source of deps.sources()) {
      try {
        events.push(...busyEvents(await deps.read(source), now, now + LOOKAHEAD_MS));
      } catch (error) {
        deps.log(`calendar: cannot read ${source.replace(/\?.*$/, '?…')}: ${(error as Error).message}`);
      }
    }
    events.sort((a, b) => a.start - b.start);
    deps.dispatch({ type: 'calendar', events });
    timer = deps.setTimer(CALENDAR_REFRESH_MS, () => void refresh());
    return events;
  };
  return { refresh, stop: () => timer !== null && deps.clearTimer(timer) };
};
