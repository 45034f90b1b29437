import ICAL from 'ical.js';
import type { CalendarEvent } from '../core/engine/types';
import { parseCalendars } from './calendar-parse';
import { expansionStart } from './calendar-recurrence';
import { vtimezoneFor } from './calendar-zones';

/** Occurrences of one recurring event looked at, at most: a guard for rules that cannot be started near the window (COUNT, sub-daily). */
const MAX_OCCURRENCES = 5000;
const DAY_MS = 86_400_000;

/** Something in a calendar that could not be read, in words a person can act on. */
export interface CalendarProblem {
  /** Which calendar (a short label, never a private address's secret part). */
  source: string;
  /** The event's UID and title, when the problem is one event's. */
  uid?: string;
  summary?: string;
  message: string;
}

/** What a calendar text says: busy events in the window, and what could not be read. */
export interface CalendarReading {
  events: CalendarEvent[];
  problems: CalendarProblem[];
  /** False when the text as a whole is not a calendar (then `events` is empty and a caller keeps what it had). */
  readable: boolean;
}

const ZONED_PROPERTIES = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate'] as const;

/**
 * Adds a VTIMEZONE for every TZID the calendar's events use but do not define, before any of their
 * times is read; returns the TZIDs nobody knows.
 */
const completeZones = (calendar: ICAL.Component, vevents: readonly ICAL.Component[]): Set<string> => {
  const known = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))));
  const unknown = new Set<string>();
  for (const vevent of vevents) {
    for (const name of ZONED_PROPERTIES) {
      for (const property of vevent.getAllProperties(name)) {
        const tzid = property.getParameter('tzid');
        if (typeof tzid !== 'string' || known.has(tzid) || unknown.has(tzid)) continue;
        const vtimezone = vtimezoneFor(tzid);
        if (vtimezone) {
          calendar.addSubcomponent(vtimezone);
          known.add(tzid);
        } else unknown.add(tzid);
      }
    }
  }
  return unknown;
};

/** The first TZID among the event's own times that nobody knows, if any. */
const unknownZone = (component: ICAL.Component, unknown: ReadonlySet<string>): string | null => {
  if (unknown.size === 0) return null;
  for (const name of ZONED_PROPERTIES.slice(0, 3)) {
    const tzid = component.getFirstProperty(name)?.getParameter('tzid');
    if (typeof tzid === 'string' && unknown.has(tzid)) return tzid;
  }
  return null;
};

/** Whether an event holds time: not all-day, not "free" (transparent), not cancelled. */
const busy = (component: ICAL.Component, start: ICAL.Time) =>
  !start.isDate && component.getFirstPropertyValue('transp') !== 'TRANSPARENT' && component.getFirstPropertyValue('status') !== 'CANCELLED';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The busy events of one VCALENDAR that overlap [from, to), with a problem for each event that could not be read. */
const readCalendarComponent = (calendar: ICAL.Component, from: number, to: number, source: string, problems: CalendarProblem[]) => {
  const events: CalendarEvent[] = [];
  const add = (start: ICAL.Time, end: ICAL.Time) => {
    const s = start.toJSDate().getTime();
    const e = end.toJSDate().getTime();
    if (e > from && s < to && e > s) events.push({ start: s, end: e });
  };
  const vevents = calendar.getAllSubcomponents('vevent');
  const unknownZones = completeZones(calendar, vevents);
  // Moved occurrences, by event: handed to ical.js directly, which otherwise rescans every sibling per event.
  const exceptions = new Map<string, ICAL.Component[]>();
  for (const c of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    const uid = String(c.getFirstPropertyValue('uid'));
    exceptions.set(uid, [...(exceptions.get(uid) ?? []), c]);
  }
  for (const component of vevents) {
    const uid = component.getFirstPropertyValue('uid');
    const problem = (message: string) => {
      const summary = component.getFirstPropertyValue('summary'); // read only when needed: it is the costliest value to decode
      problems.push({ source, ...(uid ? { uid: String(uid) } : {}), ...(summary ? { summary: String(summary) } : {}), message });
    };
    try {
      const zone = unknownZone(component, unknownZones);
      if (zone !== null) {
        // A guessed zone would put the meeting hours off, quiet at the wrong time and breaks in the real one.
        problem(`unknown time zone "${zone}": the event is left out rather than put at a guessed hour`);
        continue;
      }
      if (!component.hasProperty('dtstart')) throw new Error('it has no start (DTSTART)');
      // A moved occurrence stands on its own: it is busy where it now is, even if it came from outside the window.
      if (component.hasProperty('recurrence-id')) {
        const moved = new ICAL.Event(component);
        if (busy(component, moved.startDate)) add(moved.startDate, moved.endDate);
        continue;
      }
      const event = new ICAL.Event(component, { exceptions: exceptions.get(String(uid)) ?? [] });
      if (!busy(component, event.startDate)) continue;
      if (!event.isRecurring()) {
        add(event.startDate, event.endDate);
        continue;
      }
      const durationMs = event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime();
      const iterator = event.iterator(expansionStart(component, event.startDate, Math.max(0, durationMs), from));
      let n = 0;
      for (let item: ICAL.Time | ICAL.Period = iterator.next(); item; item = iterator.next()) {
        // RDATE;VALUE=PERIOD gives an occurrence with its own start and end.
        const period = item instanceof ICAL.Period ? item : null;
        const next = period ? period.start : (item as ICAL.Time);
        const at = next.toJSDate().getTime();
        if (at >= to) break;
        if ((n += 1) > MAX_OCCURRENCES) {
          problem(`its repeat rule has more than ${MAX_OCCURRENCES} occurrences to go through; later ones are left out`);
          break;
        }
        // Long before the window: not worth ical.js's exception look-up (it formats the time as text).
        if (at + durationMs + DAY_MS < from) continue;
        if (period) {
          add(period.start, period.getEnd());
          continue;
        }
        const details = event.getOccurrenceDetails(next);
        if (details.item !== event) {
          // A moved occurrence is read on its own (above); a "this and future" change shifts the ones after it.
          if (!details.item.modifiesFuture() || details.item.recurrenceId.compare(next) === 0) continue;
          if (!busy(details.item.component, details.startDate)) continue;
        }
        add(details.startDate, details.endDate);
      }
    } catch (error) {
      problem(messageOf(error));
    }
  }
  return events;
};

/**
 * Reads an iCalendar text: the busy events overlapping [from, to), recurring ones expanded in their
 * own time zones (ical.js does the calendar maths; TZIDs without a VTIMEZONE, IANA or Windows, are
 * resolved by timezones-ical-library). All-day, "free" (transparent) and cancelled events are left
 * out: they mark days and reminders, not meetings. One bad event is skipped and reported, never
 * hides the rest; nothing throws.
 */
export const readBusyEvents = (icsText: string, from: number, to: number, source = 'calendar'): CalendarReading => {
  const problems: CalendarProblem[] = [];
  // A byte-order mark (Windows exports) is not part of the first line.
  const { calendars, firstError } = parseCalendars(icsText.replace(/^\uFEFF/, ''), source, problems);
  if (calendars.length === 0) {
    return { events: [], problems: [{ source, message: `not an iCalendar file (${firstError ?? 'no VCALENDAR in it'})` }], readable: false };
  }
  const events = calendars.flatMap((calendar) => readCalendarComponent(calendar, from, to, source, problems));
  return { events: events.sort((a, b) => a.start - b.start), problems, readable: true };
};
