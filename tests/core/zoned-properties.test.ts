import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { fromLocal, type LocalFields, toLocal } from '../../main/core/time/zoned';

// Random zones and instants, checked against temporal-polyfill as the reference.
const MINUTE = 60_000;
const HOUR = 3_600_000;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2036, 0, 1);
const zones = Intl.supportedValuesOf('timeZone');
const zoned = (at: number, zone: string) => Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone);
// Zones whose offset changes at all in the range: the only ones with gaps and overlaps.
const changing = zones.filter((zone) => (zoned(FROM, zone).getTimeZoneTransition('next')?.epochMilliseconds ?? TO) < TO);

const plain = (f: LocalFields) => new Temporal.PlainDateTime(f.year, f.month, f.day, f.hour, f.minute);
const fieldsOf = (at: number, zone: string): LocalFields => {
  const { year, month, day, hour, minute } = toLocal(at, zone);
  return { year, month, day, hour, minute };
};

const instant = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE - 1 }).map((m) => m * MINUTE);
// Half the instants within three hours of a transition, where the interesting cases live.
const nearTransition = fc
  .tuple(fc.constantFrom(...changing), instant, fc.integer({ min: -180, max: 180 }))
  .map(([zone, at, delta]) => {
    const next = zoned(at, zone).getTimeZoneTransition('next');
    return { zone, at: (next ? next.epochMilliseconds : at) + delta * MINUTE };
  });
const anywhere = fc.record({ zone: fc.constantFrom(...zones), at: instant });

describe('fromLocal and toLocal on random zones and instants', () => {
  it('finds zones that change offset (the gap and overlap properties have material)', () => {
    expect(changing.length).toBeGreaterThan(50);
  });

  it('instant → local → instant is the identity, or the earlier occurrence when the local time repeats', () => {
    fc.assert(
      fc.property(fc.oneof(anywhere, nearTransition), ({ zone, at }) => {
        const local = fieldsOf(at, zone);
        const back = fromLocal(local, zone);
        const earlier = plain(local).toZonedDateTime(zone, { disambiguation: 'earlier' }).epochMilliseconds;
        const later = plain(local).toZonedDateTime(zone, { disambiguation: 'later' }).epochMilliseconds;
        expect([earlier, later]).toContain(at);
        expect(back).toBe(earlier);
        if (earlier === later) expect(back).toBe(at);
      }),
      { numRuns: 400 },
    );
  });

  it('a local time the clock skips maps to the transition instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...changing), instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (zone, from, where) => {
        // The first gap (spring forward) after `from`.
        let next = zoned(from, zone).getTimeZoneTransition('next');
        for (let i = 0; next && i < 4 && next.offsetNanoseconds <= zoned(next.epochMilliseconds - 1, zone).offsetNanoseconds; i += 1) {
          next = next.getTimeZoneTransition('next');
        }
        const before = next ? zoned(next.epochMilliseconds - 1, zone).offsetNanoseconds / 1e6 : 0;
        fc.pre(next !== null && next.offsetNanoseconds / 1e6 > before);
        const transition = next!.epochMilliseconds;
        const gapMinutes = (next!.offsetNanoseconds / 1e6 - before) / MINUTE;
        // A minute inside the skipped wall-clock span [transition + before, transition + after).
        const wall = transition + before + Math.floor(where * gapMinutes) * MINUTE;
        const d = new Date(wall);
        const local = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
        expect(() => plain(local).toZonedDateTime(zone, { disambiguation: 'reject' })).toThrow(); // truly skipped
        expect(fromLocal(local, zone)).toBe(transition);
      }),
      { numRuns: 200 },
    );
  });

  it('any local time maps to an instant showing that time, or the first one after it', () => {
    const localArb = fc.record({
      year: fc.integer({ min: 2020, max: 2035 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...zones), localArb, (zone, local) => {
        const at = fromLocal(local, zone);
        const shown = plain(fieldsOf(at, zone));
        const cmp = Temporal.PlainDateTime.compare(shown, plain(local));
        expect(cmp).toBeGreaterThanOrEqual(0);
        // It is the first such instant: the minute before still shows an earlier time.
        expect(Temporal.PlainDateTime.compare(plain(fieldsOf(at - MINUTE, zone)), plain(local))).toBeLessThan(0);
        if (cmp > 0) expect(shown.since(plain(local)).total('milliseconds')).toBeLessThanOrEqual(3 * HOUR);
      }),
      { numRuns: 500 },
    );
  });
});
