import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Net } from 'electron';
import { readBusyEvents, type CalendarProblem } from './calendar';
import type { HostEvent } from '../core/engine/host';
import type { CalendarEvent } from '../core/engine/types';
import type { Diagnostics } from '../platform/diagnostics';

/** Calendars are read at most this often. */
export const CALENDAR_REFRESH_MS = 15 * 60_000;
/** A calendar larger than this is refused (a year of a busy person's meetings is well under 1 MB). */
export const CALENDAR_MAX_BYTES = 5 * 1024 * 1024;
/** A calendar server that has not answered in full within this long is given up on until the next refresh. */
export const CALENDAR_TIMEOUT_MS = 20_000;
const LOOKAHEAD_MS = 24 * 3_600_000;
// Events are kept for longer than they are dispatched, so a failed refresh still has tomorrow's.
const KEEP_MS = 3 * LOOKAHEAD_MS;

/**
 * How https calendars are fetched: Electron's `net.fetch` (Chromium's network stack, so the system's
 * proxy settings and certificate store apply, unlike Node's `fetch`). Node's global `fetch` has a
 * compatible shape, which is what tests pass.
 */
export type CalendarFetch = Net['fetch'];

/** A short name for a calendar that is safe to show and log: a private address's secret part left out. */
export const calendarLabel = (source: string): string => {
  if (/^(https|webcal|http):\/\//i.test(source)) {
    try {
      const url = new URL(source);
      const last = url.pathname.split('/').filter(Boolean).pop();
      return last ? `${url.host}/…/${last}` : url.host;
    } catch {
      return 'a calendar address';
    }
  }
  return basename(source);
};

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The body as text, refused once it passes `maxBytes`, given up on when `signal` aborts. */
const readLimited = async (response: Response, maxBytes: number, signal: AbortSignal): Promise<string> => {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new Error(`the calendar is larger than ${mb(maxBytes)}`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Electron's net.fetch may leave a body stream open after an abort, so each read races the signal itself.
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new Error(`the calendar is larger than ${mb(maxBytes)}`);
      chunks.push(value);
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
};

/** A fetch failure in words: a timeout says so, a network error names its cause (DNS, refused, certificate). */
const fetchError = (error: unknown, timeoutMs: number): Error => {
  if (error instanceof Error && error.name === 'TimeoutError') return new Error(`no answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new Error(`${error instanceof Error ? error.message : String(error)}${cause}`);
};

/**
 * Reads a calendar from a local .ics path or an https:// address (webcal:// is the same resource
 * over https, as calendar apps read it; plain http is refused: a calendar address is often a
 * private token, and a schedule is personal). Bounded in time and size, with errors in words.
 */
export const readCalendar = async (
  source: string,
  fetcher: CalendarFetch = fetch,
  limits: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<string> => {
  const { maxBytes = CALENDAR_MAX_BYTES, timeoutMs = CALENDAR_TIMEOUT_MS } = limits;
  const address = source.replace(/^webcal:\/\//i, 'https://');
  if (/^https:\/\//i.test(address)) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetcher(address, { signal, redirect: 'follow', headers: { accept: 'text/calendar, */*;q=0.5' } });
      if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      return await readLimited(response, maxBytes, signal);
    } catch (error) {
      throw error instanceof Error && /^the (server|calendar)/.test(error.message) ? error : fetchError(error, timeoutMs);
    }
  }
  if (/^http:\/\//i.test(address)) throw new Error('only https:// calendar addresses are read (plain http:// would send it unencrypted)');
  const { size } = await stat(source);
  if (size > maxBytes) throw new Error(`the calendar is larger than ${mb(maxBytes)}`);
  return readFile(source, 'utf8');
};

/**
 * Keeps the engine told of the next day's busy events from every calendar source, every 15 minutes.
 * A source that cannot be read keeps its last good events (a network hiccup never empties the
 * person's day), and every problem, a whole calendar's or one event's, goes to the log, to
 * Diagnostics and to `onProblems` (for Settings).
 */
export const setupCalendarSource = (deps: {
  sources: () => readonly string[];
  read: (source: string) => Promise<string>;
  dispatch: (event: HostEvent) => void;
  now: () => number;
  log: (message: string) => void;
  setTimer: (ms: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
  diagnostics?: Pick<Diagnostics, 'report'>;
  onProblems?: (problems: readonly CalendarProblem[]) => void;
}) => {
  let timer: unknown = null;
  let generation = 0;
  let stopped = false;
  const lastGood = new Map<string, CalendarEvent[]>();
  const clear = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
  const refresh = async (): Promise<CalendarEvent[]> => {
    clear();
    const mine = (generation += 1);
    const now = deps.now();
    const sources = deps.sources();
    const events: CalendarEvent[] = [];
    const problems: CalendarProblem[] = [];
    for (const source of sources) {
      const label = calendarLabel(source);
      let reading;
      try {
        reading = readBusyEvents(await deps.read(source), now, now + KEEP_MS, label);
      } catch (error) {
        reading = { events: [], readable: false, problems: [{ source: label, message: (error as Error).message }] };
      }
      problems.push(...reading.problems);
      if (reading.readable) lastGood.set(source, reading.events);
      events.push(...(lastGood.get(source) ?? []).filter((e) => e.end > now && e.start < now + LOOKAHEAD_MS));
    }
    // A later refresh (settings changed meanwhile) has the newer word.
    if (mine !== generation || stopped) return events;
    for (const source of [...lastGood.keys()]) if (!sources.includes(source)) lastGood.delete(source);
    events.sort((a, b) => a.start - b.start);
    for (const p of problems) deps.log(`calendar: ${p.source}: ${p.summary ? `"${p.summary}": ` : ''}${p.message}`);
    deps.diagnostics?.report('calendar', {
      available: true,
      enabled: sources.length > 0,
      askedAt: now,
      lastAnswer: `${events.length} event${events.length === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      lastError: problems[0] ? `${problems[0].source}: ${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}` : undefined,
      source: `${sources.length} calendar${sources.length === 1 ? '' : 's'} (.ics files, https)`,
    });
    deps.onProblems?.(problems);
    deps.dispatch({ type: 'calendar', events });
    clear();
    timer = deps.setTimer(CALENDAR_REFRESH_MS, () => void refresh());
    return events;
  };
  return {
    refresh,
    stop: () => {
      stopped = true;
      clear();
    },
  };
};
