import { describe, expect, it } from 'vitest';
import { step, initialState } from '../../main/core/engine/step';
import { describeStatus } from '../../main/core/engine/status';
import { configWith, MIN, run, SEC, simulateLines, T0 } from '../helpers/engine';

const cfg = configWith({ gentleStart: { enabled: false } });

describe('the break engine, first slice', () => {
  it('arms a timer for its next deadline instead of polling', () => {
    const { effects } = step(initialState(T0, cfg), { type: 'start', now: T0 }, cfg);
    const timer = effects.find((e) => e.type === 'arm-timer');
    expect(timer?.at).toBe(T0 + MIN);
  });

  it('gives a notice 30 s before the posture break, then opens it after 30 min of work', () => {
    const events = [];
    for (let t = T0 + MIN; t <= T0 + 31 * MIN; t += 30 * SEC) events.push({ type: 'tick' as const, now: t, idleSeconds: 0 });
    const { effects } = run([{ type: 'start', now: T0 }, ...events], cfg);
    const notice = effects.find((e) => e.type === 'notice');
    const open = effects.find((e) => e.type === 'break-open');
    expect(notice?.at).toBe(T0 + 29 * MIN + 30 * SEC);
    expect(open).toMatchObject({ at: T0 + 30 * MIN, kind: 'posture', endsAt: T0 + 30 * MIN + 40 * SEC });
  });

  it('"break now" opens a break at once, and Done closes it and restarts the cycle', () => {
    const { state, effects } = run(
      [
        { type: 'start', now: T0 },
        { type: 'user', now: T0 + 2 * MIN, action: 'start-now' },
        { type: 'user', now: T0 + 2 * MIN + 20 * SEC, action: 'done' },
      ],
      cfg,
    );
    expect(effects.map((e) => e.type)).toEqual(['break-open', 'break-close']);
    expect(effects[1]).toMatchObject({ outcome: 'done' });
    expect(state.active.posture).toBe(0);
    expect(describeStatus(state, cfg, T0 + 2 * MIN + 20 * SEC).text).toBe('Next posture break in 30 min');
  });

  it('snoozing an open break closes it and brings it back after the snooze', () => {
    const start = run([{ type: 'start', now: T0 }], cfg).state;
    const worked = { ...start, active: { ...start.active, posture: 30 * MIN, stress: 30 * MIN } };
    const { state, effects } = run(
      [
        { type: 'user', now: T0, action: 'start-now' },
        { type: 'user', now: T0 + 10 * SEC, action: 'snooze', minutes: 10 },
      ],
      cfg,
      worked,
    );
    expect(effects.map((e) => e.type)).toEqual(['break-open', 'break-close', 'snoozed']);
    expect(effects[1]).toMatchObject({ outcome: 'snoozed' });
    expect(describeStatus(state, cfg, T0 + 10 * SEC)).toMatchObject({ minutes: 10, mode: 'snoozed' });
  });

  it('a break nobody touches runs to its end and is completed', () => {
    const { effects } = run(
      [
        { type: 'start', now: T0 },
        { type: 'user', now: T0 + MIN, action: 'start-now' },
        { type: 'tick', now: T0 + MIN + 40 * SEC, idleSeconds: 30 },
      ],
      cfg,
    );
    expect(effects.at(-1)).toMatchObject({ type: 'break-close', outcome: 'completed', at: T0 + MIN + 40 * SEC });
  });
});

describe('rule 11: no polling loop', () => {
  it('wakes once a minute while nothing is due, each time the tray countdown turns to its next minute', () => {
    const quiet = configWith({ breaks: { posture: { everyMinutes: 120 }, stress: { enabled: false } } });
    let state = initialState(T0 + 17 * SEC, quiet);
    let at = T0 + 17 * SEC;
    const wakes: number[] = [];
    const labels: string[] = [];
    let event: Parameters<typeof step>[1] = { type: 'start', now: at };
    while (at < T0 + 60 * MIN) {
      const result = step(state, event, quiet);
      state = result.state;
      at = result.effects.find((e) => e.type === 'arm-timer')!.at;
      wakes.push(at);
      event = { type: 'tick', now: at, idleSeconds: 0 };
      labels.push(describeStatus(step(state, event, quiet).state, quiet, at).text);
    }
    // Started at 09:00:17, so the countdown turns at :17 of every minute, and the engine wakes just then.
    expect(wakes.every((t) => (t - T0) % MIN === 17 * SEC)).toBe(true);
    expect(wakes).toHaveLength(60);
    expect(labels.slice(0, 3)).toEqual(['Next posture break in 119 min', 'Next posture break in 118 min', 'Next posture break in 117 min']);
  });

  it('stays within 60 wake-ups per active hour over a working day (issue 16)', () => {
    const { wakeUps } = simulateLines([{ min: 8 * 60, type: 'end' }]);
    expect(wakeUps / 8).toBeLessThanOrEqual(60);
  });

  it('does not tick every minute while the screen is locked', () => {
    const { wakeUps } = simulateLines([{ min: 1, type: 'lock' }, { min: 8 * 60, type: 'end' }]);
    expect(wakeUps).toBeLessThanOrEqual(10);
  });
});

describe('the break window’s own controls', () => {
  it('"another technique" switches technique and restarts the break time', () => {
    const { effects, state } = run(
      [
        { type: 'start', now: T0 },
        { type: 'user', now: T0 + MIN, action: 'start-now' },
        { type: 'user', now: T0 + MIN + 10 * SEC, action: 'another' },
      ],
      cfg,
    );
    const [open, change] = effects as [Extract<(typeof effects)[0], { type: 'break-open' }>, Extract<(typeof effects)[0], { type: 'break-change' }>];
    expect(change.type).toBe('break-change');
    expect(change.technique).not.toBe(open.technique);
    expect(change.endsAt).toBe(T0 + MIN + 50 * SEC);
    expect(state.phase).toMatchObject({ name: 'break', technique: change.technique });
  });

  it('a held break does not end, and releasing it gives the held time back', () => {
    const { effects } = run(
      [
        { type: 'start', now: T0 },
        { type: 'user', now: T0 + MIN, action: 'start-now' },
        { type: 'user', now: T0 + MIN + 10 * SEC, action: 'hold-break' },
        { type: 'tick', now: T0 + 2 * MIN, idleSeconds: 0 },
        { type: 'user', now: T0 + 2 * MIN + 10 * SEC, action: 'release-break' },
        { type: 'tick', now: T0 + 2 * MIN + 40 * SEC, idleSeconds: 0 },
      ],
      cfg,
    );
    const close = effects.find((e) => e.type === 'break-close')!;
    expect(close).toMatchObject({ outcome: 'completed', at: T0 + 2 * MIN + 40 * SEC });
  });
});
