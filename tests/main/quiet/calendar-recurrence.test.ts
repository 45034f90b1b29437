import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readBusyEvents } from '../../../main/quiet/calendar';
import { vtimezoneFor } from '../../../main/quiet/calendar-zones';

const DAY = 86_400_000;

/** One event in Europe/Berlin (no VTIMEZONE: the reader resolves it), starting long ago. */
const calendar = (dtstart: string, rule: string, extra = '') =>
  [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Unknot//recurrence check//EN', 'BEGIN:VEVENT', 'UID:r@unknot.test', 'DTSTAMP:20000101T000000Z',
    `DTSTART;TZID=Europe/Berlin:${dtstart}`, 'DURATION:PT45M', `RRULE:${rule}`, ...(extra ? [extra] : []), 'END:VEVENT', 'END:VCALENDAR',
  ].join('\r\n');

/** What ical.js gives when it walks every occurrence from DTSTART, with no cap: the slow, obviously right answer. */
const walkedFromStart = (text: string, until: number) => {
  const root = new ICAL.Component(ICAL.parse(text));
  root.addSubcomponent(vtimezoneFor('Europe/Berlin')!);
  const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
  const all: { start: number; end: number }[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.toJSDate().getTime() < until; next = iterator.next()) {
    const d = event.getOccurrenceDetails(next);
    all.push({ start: d.startDate.toJSDate().getTime(), end: d.endDate.toJSDate().getTime() });
  }
  return all;
};

const RULES: [string, string, string?][] = [
  ['20090517T074500', 'FREQ=DAILY;INTERVAL=3'],
  ['20110327T023000', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU'], // starts in the hour the clocks skipped
  ['20101031T233000', 'FREQ=WEEKLY'],
  ['20130106T090000', 'FREQ=WEEKLY;BYDAY=MO'], // DTSTART on a Sunday the rule would not give
  ['20120903T083000', 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'],
  ['20080108T090000', 'FREQ=MONTHLY;BYDAY=2TU'],
  ['20100131T120000', 'FREQ=MONTHLY;BYMONTHDAY=31'],
  ['20070615T080000', 'FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=15'],
  ['20100129T170000', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
  ['20050327T100000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
  ['20040229T090000', 'FREQ=YEARLY'],
  ['20121008T060000', 'FREQ=DAILY;UNTIL=20260401T000000Z'],
  ['20140103T140000', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR', 'EXDATE;TZID=Europe/Berlin:20250103T140000,20260206T140000'],
  ['20250101T100000', 'FREQ=DAILY;COUNT=400'], // COUNT counts from the real start: walked, and ends in February 2026
];

describe('recurring events started long ago', () => {
  // Windows every 17 days over three years (both DST changes, every weekday, leap day 2028), two days long each.
  const windows = Array.from({ length: 65 }, (_, i) => Date.parse('2025-01-01T00:00:00Z') + i * 17 * DAY).concat(Date.parse('2028-02-28T00:00:00Z'));
  const last = Math.max(...windows) + 2 * DAY;
  // Windows near occurrences past the last regular one are cut at `last` by the reference walk.

  it.each(RULES)('give the same occurrences as a walk from DTSTART %s, %s', (dtstart, rule, extra) => {
    const text = calendar(dtstart, rule, extra);
    const reference = walkedFromStart(text, last);
    // Also a window just before each of the first occurrences in range, so sparse rules are met, not only missed.
    const near = reference.filter((e) => e.start >= windows[0]!).slice(0, 12).map((e) => e.start - DAY / 2);
    let seen = 0;
    for (const from of [...windows, ...near]) {
      const to = from + 2 * DAY;
      const expected = reference.filter((e) => e.end > from && e.start < to && e.end > e.start);
      const reading = readBusyEvents(text, from, to, 'r.ics');
      expect(reading.problems).toEqual([]);
      expect(reading.events, `${rule} in ${new Date(from).toISOString()}`).toEqual(expected);
      seen += expected.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('reads a daily series from 1990 quickly (it starts near today, not 13,000 occurrences back)', () => {
    const text = calendar('19900101T070000', 'FREQ=DAILY');
    const from = Date.parse('2026-03-04T00:00:00Z');
    const started = performance.now();
    const { events } = readBusyEvents(text, from, from + DAY);
    const ms = performance.now() - started;
    expect(events.map((e) => new Date(e.start).toISOString())).toEqual(['2026-03-04T06:00:00.000Z']);
    expect(ms).toBeLessThan(100); // walking from 1990 takes seconds here
  });
});
