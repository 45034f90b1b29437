import { describe, expect, it } from 'vitest';
import type { EngineEffect } from '../../main/core/engine/types';
import { minutesOf, simulateLines } from '../helpers/engine';

const NO_GENTLE = { gentleStart: { enabled: false } };
const opens = (effects: EngineEffect[]) => effects.filter((e) => e.type === 'break-open') as Extract<EngineEffect, { type: 'break-open' }>[];
const ofType = <T extends EngineEffect['type']>(effects: EngineEffect[], type: T) => effects.filter((e) => e.type === type) as Extract<EngineEffect, { type: T }>[];

describe('rule 1: two kinds, the longer wins', () => {
  it('takes the stress break when both are due, and it resets the posture cycle', () => {
    const { effects } = simulateLines([{ min: 70, type: 'end' }], { ...NO_GENTLE, breaks: { posture: { everyMinutes: 30 }, stress: { everyMinutes: 60 } } });
    const list = opens(effects).map((e) => [minutesOf(e), e.kind]);
    // posture at 30; at 60 both are due (posture's 30 min ran out as well) → one stress break.
    expect(list[0]).toEqual([30, 'posture']);
    expect(list[1]![1]).toBe('stress');
    expect(list).toHaveLength(2);
  });

  it('takes the stress break early instead of a posture break that would come just before it', () => {
    const { effects } = simulateLines([{ min: 40, type: 'end' }], { ...NO_GENTLE, breaks: { posture: { everyMinutes: 30 }, stress: { everyMinutes: 35 } } });
    expect(opens(effects).map((e) => [minutesOf(e), e.kind])).toEqual([[30, 'stress']]);
  });

  it('never opens a disabled kind', () => {
    const { effects } = simulateLines([{ min: 250, type: 'end' }], { ...NO_GENTLE, breaks: { stress: { enabled: false } } });
    expect(opens(effects).every((e) => e.kind === 'posture')).toBe(true);
    expect(opens(effects).length).toBeGreaterThanOrEqual(7);
  });
});

describe('rule 2: idle time', () => {
  it('credits a natural break when away at least a break’s length, and restarts that cycle', () => {
    const { effects } = simulateLines([{ min: 20, type: 'idle', seconds: 150 }, { min: 45, type: 'end' }], NO_GENTLE);
    expect(ofType(effects, 'natural-break').map((e) => e.kind)).toEqual(['posture']);
    // Worked 20 min, away 2.5 min, then a fresh 30-minute cycle from when the stretch was seen.
    expect(opens(effects)).toHaveLength(0);
  });

  it('does not count idle time as work', () => {
    const { effects } = simulateLines([{ min: 10, type: 'idle', seconds: 120 }, { min: 40, type: 'end' }], { ...NO_GENTLE, breaks: { posture: { durationSeconds: 300 } } });
    const first = opens(effects)[0]!;
    expect(minutesOf(first)).toBeGreaterThanOrEqual(31.5);
  });

  it('resets every cycle after five minutes away', () => {
    const { effects } = simulateLines([{ min: 100, type: 'idle', seconds: 400 }, { min: 200, type: 'end' }], NO_GENTLE);
    expect(ofType(effects, 'cycle-reset')).toHaveLength(1);
    expect(ofType(effects, 'natural-break').map((e) => e.kind)).toEqual(['posture', 'stress']);
    // The stress break that was 20 minutes away moved a full two hours on.
    expect(opens(effects).filter((e) => e.kind === 'stress')).toHaveLength(0);
  });
});

describe('rules 3 and 4: notice and gentle start', () => {
  it('gives a notice 30 s before, then waits for a pause in typing', () => {
    const { effects } = simulateLines([{ min: 30.25, type: 'idle', seconds: 5 }, { min: 32, type: 'end' }]);
    expect(minutesOf(ofType(effects, 'notice')[0]!)).toBe(29.5);
    // Due at 30:00; a pause starts at 30:15 and reaches 3 s at 30:18.
    expect(minutesOf(opens(effects)[0]!) * 60).toBeCloseTo(30 * 60 + 18, 0);
  });

  it('opens anyway after waiting 60 s for a pause that never comes', () => {
    const { effects } = simulateLines([{ min: 32, type: 'end' }]);
    expect(minutesOf(opens(effects)[0]!)).toBe(31);
  });
});

describe('rule 5: snooze and its cap', () => {
  it('brings the break back after the snooze, and refuses past the cap with a reason', () => {
    const { effects } = simulateLines(
      [
        { min: 30.5, type: 'user', action: 'snooze', minutes: 5 },
        { min: 36, type: 'user', action: 'snooze', minutes: 5 },
        { min: 41.5, type: 'user', action: 'snooze', minutes: 5 },
        { min: 47, type: 'user', action: 'snooze', minutes: 5 },
        { min: 50, type: 'end' },
      ],
      NO_GENTLE,
    );
    expect(ofType(effects, 'snoozed')).toHaveLength(3);
    const refused = ofType(effects, 'snooze-refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatch(/3 times in a row/);
    expect(opens(effects).map(minutesOf)).toEqual([30, 35.5, 41, 46.5]);
    expect(ofType(effects, 'break-close').at(-1)).toMatchObject({ outcome: 'completed' });
  });

  it('a snooze from the tray pushes the next break back, never forward', () => {
    const { effects } = simulateLines([{ min: 10, type: 'user', action: 'snooze', minutes: 10 }, { min: 45, type: 'end' }], NO_GENTLE);
    expect(opens(effects).map(minutesOf)).toEqual([40]);
  });
});

describe('rule 6: skip, done, start now, pause, resume', () => {
  it('skip closes the open break and restarts the cycle', () => {
    const { effects } = simulateLines([{ min: 30.1, type: 'user', action: 'skip' }, { min: 61, type: 'end' }], NO_GENTLE);
    expect(ofType(effects, 'break-close')[0]).toMatchObject({ outcome: 'skipped' });
    expect(opens(effects).map(minutesOf)).toEqual([30, 60.1]);
  });

  it('start-now opens the kind asked for', () => {
    const { effects } = simulateLines([{ min: 3, type: 'user', action: 'start-now', kind: 'stress' }, { min: 8, type: 'end' }]);
    expect(opens(effects)[0]).toMatchObject({ kind: 'stress' });
    expect(ofType(effects, 'break-close')[0]).toMatchObject({ outcome: 'completed' });
    expect(minutesOf(ofType(effects, 'break-close')[0]!)).toBe(7);
  });

  it('pause for 30 minutes holds every break, then resumes by itself', () => {
    const { effects } = simulateLines([{ min: 25, type: 'user', action: 'pause', minutes: 30 }, { min: 70, type: 'end' }], NO_GENTLE);
    expect(ofType(effects, 'paused')[0]!.until).toBe(ofType(effects, 'paused')[0]!.at + 30 * 60_000);
    expect(minutesOf(ofType(effects, 'resumed')[0]!)).toBe(55);
    expect(opens(effects).every((e) => minutesOf(e) >= 55)).toBe(true);
    expect(opens(effects)).toHaveLength(1);
  });

  it('pause until tomorrow lasts until 06:00 local when working hours are off', () => {
    const { effects } = simulateLines([{ min: 0.5, type: 'user', action: 'pause', until: 'tomorrow' }, { min: 24 * 60, type: 'end' }], {}, 'Europe/Berlin');
    expect(new Date(ofType(effects, 'paused')[0]!.until!).toISOString()).toBe('2026-03-03T05:00:00.000Z');
    expect(opens(effects).every((e) => e.at >= Date.parse('2026-03-03T05:00:00Z'))).toBe(true);
  });

  it('pause until resumed holds until the user resumes', () => {
    const { effects } = simulateLines(
      [
        { min: 1, type: 'user', action: 'pause', until: 'resumed' },
        { min: 300, type: 'user', action: 'resume' },
        { min: 302, type: 'end' },
      ],
      NO_GENTLE,
    );
    expect(ofType(effects, 'paused')[0]!.until).toBeNull();
    expect(opens(effects).every((e) => minutesOf(e) >= 301)).toBe(true);
  });
});

describe('rule 7: working hours', () => {
  const hours = { ...NO_GENTLE, workingHours: { enabled: true, days: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } } };

  it('gives no notice or break outside working hours and starts each span fresh', () => {
    const { effects } = simulateLines([{ min: 10 * 60, type: 'end' }], hours, 'UTC');
    for (const e of effects.filter((x) => x.type === 'notice' || x.type === 'break-open')) {
      const hour = new Date(e.at).getUTCHours();
      expect(hour >= 9 && hour < 12 || hour >= 13 && hour < 17).toBe(true);
    }
    const resets = ofType(effects, 'cycle-reset').filter((e) => e.reason === 'working-hours');
    expect(resets.map((e) => new Date(e.at).toISOString())).toContain('2026-03-02T13:00:00.000Z');
    expect(opens(effects).map((e) => new Date(e.at).toISOString())).toContain('2026-03-02T13:30:00.000Z');
  });
});

describe('rule 8: lock and sleep', () => {
  it('stops counting while locked, credits the time away, and waits a minute after unlock', () => {
    const { effects } = simulateLines([{ min: 29, type: 'lock' }, { min: 29.5, type: 'unlock' }, { min: 33, type: 'end' }], NO_GENTLE);
    // 30 s away is shorter than the 40 s break: no credit; the break is 30 s later than it would be.
    expect(ofType(effects, 'natural-break')).toHaveLength(0);
    expect(minutesOf(opens(effects)[0]!)).toBe(30.5);
  });

  it('never opens a break in the minute after waking, nor more than one', () => {
    const { effects } = simulateLines([{ min: 29.9, type: 'suspend' }, { min: 29.95, type: 'resume' }, { min: 40, type: 'end' }], NO_GENTLE);
    const first = opens(effects)[0]!;
    expect(minutesOf(first)).toBeGreaterThanOrEqual(29.95 + 1);
    expect(opens(effects)).toHaveLength(1);
  });

  it('a long sleep resets the cycles and counts as a natural break', () => {
    const { effects } = simulateLines([{ min: 100, type: 'suspend' }, { min: 600, type: 'resume' }, { min: 610, type: 'end' }], NO_GENTLE);
    expect(ofType(effects, 'cycle-reset')[0]).toMatchObject({ reason: 'away' });
    expect(opens(effects).filter((e) => minutesOf(e) > 600)).toHaveLength(0);
  });
});

describe('rule 9: clock faults', () => {
  it('a jump forward of hours brings no burst and no break before it was due', () => {
    const { effects } = simulateLines([{ min: 20, type: 'clock-jump', to: '2026-03-02T17:00:00Z' }, { min: 8 * 60 + 15, type: 'end' }], NO_GENTLE);
    const open = opens(effects);
    expect(open).toHaveLength(1);
    expect(new Date(open[0]!.at).toISOString()).toBe('2026-03-02T17:10:00.000Z');
  });

  it('a jump backward keeps the countdown and never fires twice', () => {
    const { effects } = simulateLines([{ min: 20, type: 'clock-jump', to: '2026-03-02T07:00:00Z' }, { min: -2 * 60 + 45, type: 'end' }], NO_GENTLE);
    const open = opens(effects);
    expect(open.map((e) => new Date(e.at).toISOString())).toEqual(['2026-03-02T07:10:00.000Z', '2026-03-02T07:40:40.000Z']);
  });
});

describe('rule 10: quiet', () => {
  it('waits through a call, then brings one break a minute after it ends', () => {
    const { effects } = simulateLines(
      [
        { min: 20, type: 'quiet', on: true, reason: 'in a call' },
        { min: 150, type: 'quiet', on: false, reason: 'in a call' },
        { min: 160, type: 'end' },
      ],
      NO_GENTLE,
    );
    const open = opens(effects);
    expect(open.filter((e) => minutesOf(e) < 150)).toHaveLength(0);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'stress' });
    expect(minutesOf(open[0]!)).toBe(151);
  });
});
