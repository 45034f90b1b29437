import { readBusyEvents } from '../../main/quiet/calendar';
import { CALENDAR_REFRESH_MS } from '../../main/quiet/calendar-source';

/** Milliseconds to parse and expand a calendar of `count` events, half of them in a zone named without a VTIMEZONE (median of 5). */
export const calendarParseMs = (count = 5000): number => {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Unknot//bench//EN'];
  const base = Date.parse('2026-01-05T08:00:00Z');
  for (let i = 0; i < count; i += 1) {
    const start = new Date(base + i * 2 * 3_600_000);
    const end = new Date(start.getTime() + 30 * 60_000);
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    // Every other event names its zone the way exports often do, with no VTIMEZONE: the reader resolves it.
    const when = (d: Date) => (i % 2 ? `;TZID=Europe/Berlin:${stamp(d).slice(0, -1)}` : `:${stamp(d)}`);
    lines.push('BEGIN:VEVENT', `UID:e${i}@bench`, `DTSTAMP:${stamp(start)}`, `DTSTART${when(start)}`, `DTEND${when(end)}`, `SUMMARY:Meeting ${i}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  const text = lines.join('\r\n');
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    readBusyEvents(text, base, base + 365 * 86_400_000);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
};

/** Detector checks per active hour: calendar reads on their timer; do-not-disturb arrives as signals, never polled. */
export const detectorChecksPerHour = (): number => 3_600_000 / CALENDAR_REFRESH_MS;
