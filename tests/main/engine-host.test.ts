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
  /**
   * Eight hours of input at every sample, so gentle start never finds its pause: the worst case.
   * `watch`: the platform's idle watch (Mutter, Wayland), here one that never fires since input
   * never pauses; without it the host samples idle itself (Electron's powerMonitor).
   */
  const workDay = (settings: unknown = {}, watch = true) => {
    const clock = fakeClock();
    const byPhase: Record<string, number> = {};
    let breaks = 0;
    let watches = 0;
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
      ...(watch && { watchIdle: () => ((watches += 1), () => undefined) }),
      load: () => null,
      save: () => undefined,
    });
    host.on((effect) => void (effect.type === 'break-open' && (breaks += 1)));
    host.start();
    clock.advance(8 * 60 * MIN);
    return { wakeUps: host.wakeUps, byPhase, breaks, watches };
  };

  it('wakes at most 60 times an active hour where the OS has an idle watch, gentle start on', () => {
    const { wakeUps, byPhase, breaks, watches } = workDay();
    expect(breaks).toBeGreaterThanOrEqual(14);
    expect(watches).toBe(breaks);
    // Gentle start costs one wake at each break (its minute's end), not twenty samples.
    expect(byPhase.gentle).toBe(breaks);
    // Before issue 16 the day took 804 wake-ups (100.5 an hour); 778 after the first pass.
    expect(wakeUps / 8).toBeLessThanOrEqual(60);
  });

  it('wakes at most 60 times an active hour with gentle start off', () => {
    const { wakeUps, breaks } = workDay({ gentleStart: { enabled: false } });
    expect(breaks).toBeGreaterThanOrEqual(14);
    expect(wakeUps / 8).toBeLessThanOrEqual(60);
  });

  it('samples idle itself where the OS has no idle watch, and says so in the count', () => {
    const { wakeUps, breaks, watches } = workDay({}, false);
    expect(watches).toBe(0);
    // Twenty samples (every 3 s for a minute) at each break come on top: the fallback's honest figure.
    expect(wakeUps / 8).toBeGreaterThan(60 + (15 * breaks) / 8);
    expect(wakeUps / 8).toBeLessThanOrEqual(100);
  });

  it('takes no minute ticks while a break is open: a four-minute stress break wakes at most twice', () => {
    const { byPhase, breaks } = workDay({ breaks: { posture: { enabled: false }, stress: { everyMinutes: 60 } }, gentleStart: { enabled: false } });
    expect(breaks).toBeGreaterThanOrEqual(7);
    expect(byPhase.break ?? 0).toBeLessThanOrEqual(2 * breaks);
  });
});

describe('gentle start through the idle watch (issue 16)', () => {
  const gentleHost = (watch: boolean, idleSeconds: () => number | Promise<number> = () => 0) => {
    const clock = fakeClock();
    const effects: EngineEffect[] = [];
    const watches: { seconds: number; fired: () => void; failed: (reason: string) => void; cancelled: boolean }[] = [];
    const host = new EngineHost({
      config: () => configWith({}),
      ...clock,
      idleSeconds,
      ...(watch && {
        watchIdle: (seconds: number, fired: () => void, failed: (reason: string) => void) => {
          const w = { seconds, fired, failed, cancelled: false };
          watches.push(w);
          return () => void (w.cancelled = true);
        },
      }),
      load: () => null,
      save: () => undefined,
    });
    host.on((effect) => effect.type !== 'arm-timer' && effects.push(effect));
    host.start();
    return { host, clock, effects, watches };
  };
  const opened = (effects: EngineEffect[]) => effects.find((e) => e.type === 'break-open') as { at: number } | undefined;

  it('asks the OS for a 3-second idle watch when the break is due, and opens the break the moment it fires', () => {
    const { clock, effects, watches } = gentleHost(true);
    clock.advance(30 * MIN);
    expect(watches).toEqual([expect.objectContaining({ seconds: 3, cancelled: false })]);
    expect(opened(effects)).toBeUndefined();
    clock.advance(17 * SEC);
    watches[0]!.fired(); // the person stopped typing at 30:14; Mutter says so at 30:17
    expect(opened(effects)?.at).toBe(T0 + 30 * MIN + 17 * SEC);
    expect(watches[0]!.cancelled).toBe(true);
  });

  it('opens the break at the end of the wait when the watch never fires, and lets the watch go', () => {
    const { clock, effects, watches, host } = gentleHost(true);
    const before = host.wakeUps;
    clock.advance(31 * MIN);
    expect(opened(effects)?.at).toBe(T0 + 31 * MIN);
    expect(watches[0]!.cancelled).toBe(true);
    expect(host.wakeUps - before).toBeLessThanOrEqual(33);
  });

  it('falls back to sampling idle when the watch fails, and still finds the pause', () => {
    let idle = 0;
    const { clock, effects, watches } = gentleHost(true, () => idle);
    clock.advance(30 * MIN);
    watches[0]!.failed('Mutter went away');
    clock.advance(10 * SEC);
    idle = 4;
    clock.advance(3 * SEC);
    const at = opened(effects)?.at ?? Infinity;
    expect(at).toBeGreaterThan(T0 + 30 * MIN + 10 * SEC);
    expect(at).toBeLessThanOrEqual(T0 + 30 * MIN + 13 * SEC);
  });

  it('samples idle every few seconds where the OS has no watch, and opens the break when the pause comes', () => {
    let idle = 0;
    const { clock, effects, host } = gentleHost(false, () => idle);
    clock.advance(30 * MIN);
    const before = host.wakeUps;
    clock.advance(20 * SEC);
    expect(host.wakeUps - before).toBeGreaterThanOrEqual(6); // every 3 s
    idle = 3;
    clock.advance(3 * SEC);
    expect(opened(effects)?.at).toBeLessThanOrEqual(T0 + 30 * MIN + 23 * SEC);
    const after = host.wakeUps;
    clock.advance(20 * SEC);
    expect(host.wakeUps - after).toBeLessThanOrEqual(1); // the sampling stopped with the break
  });
});
