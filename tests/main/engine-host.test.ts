import { describe, expect, it, vi } from 'vitest';
import { EngineHost, IDLE_READ_TIMEOUT_MS } from '../../main/core/engine/host';
import type { EngineEffect, EngineState } from '../../main/core/engine/types';
import { configWith, MIN, SEC, T0 } from '../helpers/engine';
import { fakeClock } from '../helpers/fake-clock';

const makeHost = (saved: EngineState | null = null, idleSeconds: () => number | Promise<number> = () => 0) => {
  const clock = fakeClock();
  const effects: EngineEffect[] = [];
  let stored: EngineState | null = saved;
  const host = new EngineHost({
    config: () => configWith({ gentleStart: { enabled: false } }),
    ...clock,
    idleSeconds,
    load: () => stored,
    save: (state) => (stored = state),
  });
  host.on((effect) => effect.type !== 'arm-timer' && effects.push(effect));
  host.start();
  return { host, clock, effects, saved: () => stored };
};

describe('the engine host', () => {
  it('keeps exactly one timer armed and wakes about once a minute while waiting', () => {
    const { host, clock } = makeHost();
    clock.advance(20 * MIN);
    expect(clock.pending()).toBe(1);
    expect(host.wakeUps).toBeGreaterThanOrEqual(20);
    expect(host.wakeUps).toBeLessThanOrEqual(22);
  });

  it('opens the posture break after 30 minutes of work on a real timer schedule', () => {
    const { clock, effects } = makeHost();
    clock.advance(31 * MIN);
    expect(effects.find((e) => e.type === 'break-open')).toMatchObject({ at: T0 + 30 * MIN, kind: 'posture' });
  });

  it('reports a wall-clock jump to the engine instead of counting it as work', () => {
    const { host, clock, effects } = makeHost();
    clock.advance(10 * MIN);
    clock.jumpWall(3 * 60 * MIN);
    clock.advance(30 * SEC);
    expect(effects.filter((e) => e.type === 'break-open')).toHaveLength(0);
    expect(host.status().minutes).toBe(20);
  });

  it('saves its state so a restart keeps the schedule', () => {
    const first = makeHost();
    first.clock.advance(12 * MIN);
    const restored = makeHost(first.saved());
    expect(restored.host.status().text).toBe('Next posture break in 18 min');
  });
});

describe('the engine host with an idle service that hangs', () => {
  it('still opens the next break when the idle read never answers, and never starts a second read beside a hung one', () => {
    let calls = 0;
    const { clock, effects } = makeHost(null, () => {
      calls += 1;
      return new Promise<number>(() => undefined); // a D-Bus call that never settles
    });
    clock.advance(31 * MIN);
    const opened = effects.find((e) => e.type === 'break-open');
    expect(opened).toMatchObject({ kind: 'posture' });
    // The break comes at most one read bound late.
    expect((opened as { at: number }).at).toBeLessThanOrEqual(T0 + 30 * MIN + IDLE_READ_TIMEOUT_MS);
    expect(calls).toBe(1);
  });

  it('uses a late answer for nothing: one tick per timer, whether the read answers in time or not', async () => {
    const reads: ((seconds: number) => void)[] = [];
    const { host, clock } = makeHost(null, () => new Promise<number>((resolve) => reads.push(resolve)));
    const before = host.wakeUps;
    clock.advance(MIN); // the first timer fires and its read starts
    expect(reads).toHaveLength(1);
    clock.advance(IDLE_READ_TIMEOUT_MS); // the bound passes: the tick goes on without idle, re-arming one timer
    expect(clock.pending()).toBe(1);
    reads[0]!(600); // the answer comes far too late
    await Promise.resolve();
    await Promise.resolve();
    expect(clock.pending()).toBe(1);
    // 10 idle minutes arriving late were not taken as a natural break: the countdown went on.
    expect(host.status().minutes).toBeLessThan(30);
    clock.advance(MIN);
    expect(reads).toHaveLength(2); // the hung read was over, so the next tick reads again
    expect(host.wakeUps - before).toBe(2);
  });

  it('takes an idle answer that comes in time: 20 minutes away restart the cycle', async () => {
    let away = 0;
    const { host, clock } = makeHost(null, () => Promise.resolve(away));
    clock.advance(10 * MIN);
    await Promise.resolve();
    expect(host.status().text).toBe('Next posture break in 20 min');
    away = 20 * 60;
    clock.advance(MIN);
    await vi.waitFor(() => expect(host.status().text).toBe('Next posture break in 30 min'));
  });

  it('after stop (Quit), an idle answer that comes late arms nothing', async () => {
    let answer: (seconds: number) => void = () => undefined;
    const { host, clock } = makeHost(null, () => new Promise<number>((resolve) => (answer = resolve)));
    clock.advance(MIN); // a tick starts its read
    host.stop();
    answer(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(clock.pending()).toBe(0);
  });
});

describe('engine wake-ups over a working day (issue 16)', () => {
  /** Eight hours of input at every sample, so gentle start never finds its pause: the worst case. */
  const workDay = (settings: unknown = {}) => {
    const clock = fakeClock();
    const byPhase: Record<string, number> = {};
    let breaks = 0;
    const host: EngineHost = new EngineHost({
      config: () => configWith(settings),
      ...clock,
      // Every timer the host arms is counted by the phase the engine was in when it fired.
      setTimer: (delay, fn) =>
        clock.setTimer(delay, () => {
          const phase = host.snapshot().phase.name;
          byPhase[phase] = (byPhase[phase] ?? 0) + 1;
          fn();
        }),
      idleSeconds: () => 0,
      load: () => null,
      save: () => undefined,
    });
    host.on((effect) => void (effect.type === 'break-open' && (breaks += 1)));
    host.start();
    clock.advance(8 * 60 * MIN);
    return { wakeUps: host.wakeUps, byPhase, breaks };
  };

  it('wakes at most once a minute outside the gentle-start window, with the tray tick and the idle sample in one wake', () => {
    const { wakeUps, byPhase, breaks } = workDay();
    expect(breaks).toBeGreaterThanOrEqual(14);
    expect(wakeUps - (byPhase.gentle ?? 0)).toBeLessThanOrEqual(8 * 60);
    // Before issue 16 the day took 804 wake-ups (100.5 an hour), with minute ticks inside notices and breaks.
    expect(wakeUps).toBeLessThan(790);
  });

  it('takes no minute ticks while a break is open: a four-minute stress break wakes at most twice', () => {
    const { byPhase, breaks } = workDay({ breaks: { posture: { enabled: false }, stress: { everyMinutes: 60 } }, gentleStart: { enabled: false } });
    expect(breaks).toBeGreaterThanOrEqual(7);
    expect(byPhase.break ?? 0).toBeLessThanOrEqual(2 * breaks);
  });
});
