import ICAL from 'ical.js';
import type { CalendarEvent } from '../core/engine/types';

/** Occurrences of one recurring event looked at, at most (a guard against endless rules). */
const MAX_OCCURRENCES = 2000;

/**
 * The busy events of an iCalendar text that overlap [from, to), recurring ones expanded in their
 * own time zones (ical.js does the calendar maths). All-day and "free" (transparent) events are
 * left out: they mark days and reminders, not meetings.
 */
export const busyEvents = (icsText: string, from: number, to: number): CalendarEvent[] => {
  const calendar = new ICAL.Component(ICAL.parse(icsText));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events: CalendarEvent[] = [];
  const add = (start: ICAL.Time, end: ICAL.Time) => {
    const s = start.toJSDate().getTime();
    const e = end.toJSDate().getTime();
    if (e > from && s < to && e > s) events.push({ start: s, end: e });
  };
  const vevents = calendar.getAllSubcomponents('vevent');
  // Moved occurrences, by event: handed to ical.js directly, which otherwise rescans every sibling per event.
  const exceptions = new Map<string, ICAL.Component[]>();
  for (const c of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    const uid = String(c.getFirstPropertyValue('uid'));
    exceptions.set(uid, [...(exceptions.get(uid) ?? []), c]);
  }
  for (const component of vevents) {
    if (component.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(component, { exceptions: exceptions.get(String(component.getFirstPropertyValue('uid'))) ?? [] });
    if (component.getFirstPropertyValue('transp') === 'TRANSPARENT' || event.startDate.isDate) continue;
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate);
      continue;
    }
    const iterator = event.iterator();
    for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES; n += 1, next = iterator.next()) {
      if (next.toJSDate().getTime() >= to) break;
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate);
    }
  }
  return events.sort((a, b) => a.start - b.start);
};
