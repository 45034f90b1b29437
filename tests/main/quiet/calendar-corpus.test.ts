import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBusyEvents } from '../../../main/quiet/calendar';

const ROOT = 'tests/fixtures/calendars';
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ics'))
  .sort();
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const DAY = 86_400_000;
// The reader's real window is a few days; these are when the samples' events happen, and today.
const WINDOWS = ['2012-06-29', '2012-10-01', '2023-03-05', '2023-11-22', '2026-03-04'].map((d) => Date.parse(`${d}T00:00:00Z`));
const iso = (events: { start: number; end: number }[]) => events.map((e) => [new Date(e.start).toISOString(), new Date(e.end).toISOString()]);

describe('a corpus of real-world calendar files (ical.js samples and parser fixtures, our own fixtures)', () => {
  it('finds files to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('throws for none of them, over the usual window and over thirty years', () => {
    for (const file of files) {
      for (const from of WINDOWS) expect(() => readBusyEvents(text(file), from, from + 3 * DAY, file), file).not.toThrow();
      expect(() => readBusyEvents(text(file), Date.parse('2000-01-01'), Date.parse('2030-01-01'), file), file).not.toThrow();
    }
  });

  it('reads each in well under 200 ms (median of 3 runs; a guard against runaway expansion, not a benchmark)', () => {
    const timings = files.map((file) => {
      const t = text(file);
      const runs = [0, 1, 2].map(() => {
        const started = performance.now();
        for (const from of WINDOWS) readBusyEvents(t, from, from + 3 * DAY, file);
        return (performance.now() - started) / WINDOWS.length;
      });
      return [file, runs.sort((a, b) => a - b)[1]!] as const;
    });
    const slowest = [...timings].sort((a, b) => b[1] - a[1])[0]!;
    console.log(`calendar corpus: ${files.length} files; slowest ${slowest[0]} at ${slowest[1].toFixed(1)} ms (median of 3)`);
    for (const [file, ms] of timings) expect(ms, file).toBeLessThan(200);
  });

  it('finds the known busy events of a few samples', () => {
    const read = (file: string, from: string, days: number) => iso(readBusyEvents(text(`ical.js/samples/${file}`), Date.parse(from), Date.parse(from) + days * DAY).events);
    // A Google daily series from 2012, still there today at 05:00 Los Angeles time.
    expect(read('daily_recur.ics', '2026-03-04T00:00:00Z', 1)).toEqual([['2026-03-04T13:00:00.000Z', '2026-03-04T14:00:00.000Z']]);
    // DURATION instead of DTEND.
    expect(read('duration_instead_of_dtend.ics', '2012-06-30T00:00:00Z', 2)).toEqual([['2012-06-30T13:00:00.000Z', '2012-07-01T13:00:00.000Z']]);
    // A zone defined only in the file, at -07:41.
    expect(read('timezone_from_file.ics', '2023-03-06T00:00:00Z', 1)).toEqual([['2023-03-06T21:23:00.000Z', '2023-03-06T22:23:00.000Z']]);
    // Zimbra: monthly first Tuesday until December, extra RDATEs, across the autumn DST change.
    expect(read('recur_instances_finite.ics', '2012-10-01T00:00:00Z', 92)).toEqual([
      ['2012-10-02T17:00:00.000Z', '2012-10-02T17:30:00.000Z'],
      ['2012-11-05T18:00:00.000Z', '2012-11-05T18:30:00.000Z'],
      ['2012-11-06T18:00:00.000Z', '2012-11-06T18:30:00.000Z'],
      ['2012-11-10T18:00:00.000Z', '2012-11-10T18:30:00.000Z'],
      ['2012-12-04T18:00:00.000Z', '2012-12-04T18:30:00.000Z'],
    ]);
    // Moved occurrences (one moved to another day), and an RDATE given as a period with its own end.
    expect(read('recur_instances.ics', '2012-10-01T00:00:00Z', 38)).toEqual([
      ['2012-10-02T22:00:00.000Z', '2012-10-02T22:30:00.000Z'],
      ['2012-11-06T18:00:00.000Z', '2012-11-06T18:30:00.000Z'],
      ['2012-11-07T04:00:00.000Z', '2012-11-07T04:30:00.000Z'],
    ]);
    expect(read('recur_instances.ics', '2023-11-22T00:00:00Z', 5)).toEqual([
      ['2023-11-23T09:00:00.000Z', '2023-11-23T09:30:00.000Z'],
      ['2023-11-25T09:00:00.000Z', '2023-11-25T12:30:00.000Z'],
    ]);
  });
});
