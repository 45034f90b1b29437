import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dayKey } from '../../main/core/progress/days';
import { fromLocal, type LocalFields, toLocal } from '../../main/core/time/zoned';

// Every zone this runtime knows, every offset transition 2020–2035, local times around and
// inside each gap and overlap: our conversion against temporal-polyfill (which reads the same
// ICU zone data through Intl, so both sides see the same transitions).
const MINUTE = 60_000;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2036, 0, 1);
const zones = Intl.supportedValuesOf('timeZone');

/** The required rule: an existing time → its first occurrence; a skipped time → the transition that skipped it. */
const reference = (f: LocalFields, timeZone: string): number => {
  const wall = new Temporal.PlainDateTime(f.year, f.month, f.day, f.hour, f.minute);
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), wall) === 0) return earlier.epochMilliseconds;
  // In a gap 'earlier' lands before it (wall − gap length); the next transition is the gap's end.
  return earlier.getTimeZoneTransition('next')!.epochMilliseconds;
};

const fieldsOfWall = (wall: number): LocalFields => {
  const d = new Date(wall);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
};

const show = (f: LocalFields) => `${f.year}-${f.month}-${f.day} ${f.hour}:${String(f.minute).padStart(2, '0')}`;

interface Transition {
  zone: string;
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

const transitions: Transition[] = [];
for (const zone of zones) {
  let z: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(zone);
  for (;;) {
    z = z.getTimeZoneTransition('next');
    if (!z || z.epochMilliseconds >= TO) break;
    const offsetBefore = Temporal.Instant.fromEpochMilliseconds(z.epochMilliseconds - 1).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
    transitions.push({ zone, at: z.epochMilliseconds, offsetBefore, offsetAfter: z.offsetNanoseconds / 1e6 });
  }
}

describe('local time ↔ instant in every IANA zone, 2020–2035', () => {
  it('finds thousands of gaps and overlaps to check (the sweep is not vacuous)', () => {
    expect(zones.length).toBeGreaterThan(300);
    expect(transitions.filter((t) => t.offsetAfter > t.offsetBefore).length).toBeGreaterThan(1_000);
    expect(transitions.filter((t) => t.offsetAfter < t.offsetBefore).length).toBeGreaterThan(1_000);
  });

  it('never sees a zone change its offset twice within two days (fromLocal and dayKey rely on it)', () => {
    const close = transitions.filter((t, i) => i > 0 && transitions[i - 1]!.zone === t.zone && t.at - transitions[i - 1]!.at < 2 * 86_400_000);
    expect(close.map((t) => `${t.zone} ${new Date(t.at).toISOString()}`)).toEqual([]);
  });

  it('resolves times around and inside every gap to the transition and every overlap to the first occurrence', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const t of transitions) {
      // The local span the transition skips (gap) or repeats (overlap): [low, high).
      const low = Math.floor((t.at + Math.min(t.offsetBefore, t.offsetAfter)) / MINUTE) * MINUTE;
      const high = Math.floor((t.at + Math.max(t.offsetBefore, t.offsetAfter)) / MINUTE) * MINUTE;
      const walls = [low - 60 * MINUTE, low - MINUTE, low, low + MINUTE, Math.floor((low + high) / 2 / MINUTE) * MINUTE, high - MINUTE, high, high + MINUTE, high + 60 * MINUTE];
      for (let wall = low + 7 * MINUTE; wall < high; wall += 19 * MINUTE) walls.push(wall);
      // Midnight of the days on either side: a day may start inside a gap (America/Santiago, Asia/Beirut).
      walls.push(Math.floor(low / 86_400_000) * 86_400_000, Math.floor(high / 86_400_000 + 1) * 86_400_000);
      for (const wall of walls) {
        const fields = fieldsOfWall(wall);
        const ours = fromLocal(fields, t.zone);
        const expected = reference(fields, t.zone);
        checked += 1;
        if (ours !== expected) wrong.push(`${t.zone} ${show(fields)}: got ${new Date(ours).toISOString()}, want ${new Date(expected).toISOString()}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(wrong.length).toBe(0);
    expect(checked).toBeGreaterThan(50_000);
  });

  it('shows the right wall clock and local day on both sides of every transition', () => {
    const wrong: string[] = [];
    // No zone changes its offset twice within two days in this range, so near a transition the
    // reference wall clock is the instant plus Temporal's offset on that side of it.
    const expectedWall = (t: Transition, at: number) => at + (at < t.at ? t.offsetBefore : t.offsetAfter);
    for (const t of transitions) {
      // The first instant of the next local day (Temporal's startOfDay), and the one before it.
      const nextDay = Temporal.Instant.fromEpochMilliseconds(t.at).toZonedDateTimeISO(t.zone).add({ days: 1 }).startOfDay().epochMilliseconds;
      for (const at of [t.at - MINUTE, t.at - 1, t.at, t.at + MINUTE, nextDay - 1, nextDay]) {
        const wall = new Date(expectedWall(t, at));
        const expected = { ...fieldsOfWall(wall.getTime()), weekday: wall.getUTCDay() };
        const ours = toLocal(at, t.zone);
        if (JSON.stringify(ours) !== JSON.stringify(expected)) wrong.push(`${t.zone} ${at}: toLocal ${JSON.stringify(ours)}, want ${JSON.stringify(expected)}`);
        // dayKey caches per quarter hour; asking for the instant just before first fills the cache.
        const day = wall.toISOString().slice(0, 10);
        if (dayKey(at, t.zone) !== day) wrong.push(`${t.zone} ${new Date(at).toISOString()}: dayKey ${dayKey(at, t.zone)}, want ${day}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('puts 02:30 on spring-forward day at the gap end, east and west of UTC and south of the equator', () => {
    const at = (zone: string, year: number, month: number, day: number) => new Date(fromLocal({ year, month, day, hour: 2, minute: 30 }, zone)).toISOString();
    expect(at('Europe/Berlin', 2027, 3, 28)).toBe('2027-03-28T01:00:00.000Z'); // 03:00 CEST
    expect(at('America/New_York', 2027, 3, 14)).toBe('2027-03-14T07:00:00.000Z'); // 03:00 EDT
    expect(at('Australia/Sydney', 2027, 10, 3)).toBe('2027-10-02T16:00:00.000Z'); // 03:00 AEDT
    // Fall back: 02:30 happens twice in Berlin; the first is still summer time.
    expect(at('Europe/Berlin', 2027, 10, 31)).toBe('2027-10-31T00:30:00.000Z');
  });
});
