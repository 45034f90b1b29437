import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { busyEvents } from '../../main/quiet/calendar';

const ics = readFileSync('tests/fixtures/weekly.ics', 'utf8');
const iso = (events: { start: number; end: number }[]) => events.map((e) => [new Date(e.start).toISOString(), new Date(e.end).toISOString()]);

describe('the iCalendar reader', () => {
  it('expands a weekly meeting in its own time zone across the spring DST change', () => {
    const events = busyEvents(ics, Date.parse('2026-03-22T00:00:00Z'), Date.parse('2026-04-01T00:00:00Z'));
    expect(iso(events)).toEqual([
      ['2026-03-23T09:00:00.000Z', '2026-03-23T10:00:00.000Z'], // 10:00 CET
      ['2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'], // 10:00 CEST, after the change
    ]);
  });

  it('leaves out all-day and free events', () => {
    const events = busyEvents(ics, Date.parse('2026-03-30T00:00:00Z'), Date.parse('2026-03-31T00:00:00Z'));
    expect(iso(events)).toEqual([['2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z']]);
  });

  it('follows a moved occurrence of a recurring meeting', () => {
    const events = busyEvents(ics, Date.parse('2026-04-06T00:00:00Z'), Date.parse('2026-04-07T00:00:00Z'));
    expect(iso(events)).toEqual([['2026-04-06T12:00:00.000Z', '2026-04-06T13:00:00.000Z']]);
  });

  it('refuses text that is not iCalendar with an error instead of guessing', () => {
    expect(() => busyEvents('not a calendar', 0, 1)).toThrow();
  });
});
