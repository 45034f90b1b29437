import { describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../../main/core/engine/host';
import type { EngineEffect } from '../../../main/core/engine/types';
import type { EngineStatus } from '../../../main/core/engine/status';
import { defaultSettings } from '../../../main/core/settings/schema';
import { createDiagnostics } from '../../../main/platform/diagnostics';
import { PROBE_TIMEOUT_MS, probeNearBreaks } from '../../../main/quiet/probe';
import { nextLocalMidnight, setupQuietSignal } from '../../../main/quiet/quiet-signal';
import { setupQuiet } from '../../../main/quiet/setup-quiet';
import { configWith, MIN, T0 } from '../../helpers/engine';
import { fakeClock } from '../../helpers/fake-clock';

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** An engine host on a fake clock with the call detector wired as the app wires it. */
const rig = (inCall: () => boolean) => {
  const clock = fakeClock();
  const cfg = configWith({ gentleStart: { enabled: false } });
  const host = new EngineHost({ config: () => cfg, ...clock, idleSeconds: () => 0, load: () => null, save: () => undefined });
  const quiet = setupQuietSignal((event) => host.dispatch(event));
  const check = vi.fn(async () => inCall());
  const probe = probeNearBreaks([{ reason: 'in a call', check }], quiet.report, clock.now);
  host.on(probe.listener);
  const effects: EngineEffect[] = [];
  host.on((e) => e.type !== 'arm-timer' && effects.push(e));
  host.start();
  const run = async (minutes: number) => {
    for (let i = 0; i < minutes * 2; i += 1) {
      clock.advance(30_000);
      await flush();
    }
  };
  return { host, check, effects, run, probe };
};

describe('probed detectors (calls)', () => {
  it('are asked only near a break: a handful of checks an hour, never on a timer of their own', async () => {
    const { run, probe } = rig(() => false);
    await run(60);
    expect(probe.checks()).toBeGreaterThan(0);
    expect(probe.checks()).toBeLessThanOrEqual(10);
  });

  it('a break due during a call waits, and comes once, a minute after the call ends', async () => {
    let calling = true;
    const { run, effects } = rig(() => calling);
    await run(50);
    expect(effects.filter((e) => e.type === 'break-open')).toEqual([]);
    calling = false;
    await run(5);
    const opens = effects.filter((e) => e.type === 'break-open');
    expect(opens).toHaveLength(1);
    const callEnded = effects.find((e) => e.type === 'notice')!.at;
    expect(opens[0]!.at - callEnded).toBeLessThanOrEqual(2 * MIN);
    expect(opens[0]!.at).toBeGreaterThan(T0 + 50 * MIN);
  });
});

describe('probed detectors near a snoozed break', () => {
  it('are asked in the minute before a snoozed break, as before any other', async () => {
    const clock = fakeClock();
    const check = vi.fn(async () => true);
    const report = vi.fn();
    const probe = probeNearBreaks([{ reason: 'in a call', name: 'calls', check }], report, clock.now, { timers: clock });
    probe.listener({ type: 'arm-timer', at: T0 + 60_000 }, { text: 'Next posture break in under a minute', mode: 'snoozed', kind: 'posture', minutes: 1, snoozeAllowed: true });
    await flush();
    expect(check).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('in a call', true);
  });
});

describe('probed detectors that do not answer', () => {
  const near: [EngineEffect, EngineStatus] = [{ type: 'notice', at: T0, kind: 'posture', startsAt: T0 + 30_000 }, { text: 'Posture break starting', mode: 'active', snoozeAllowed: true }];

  it('count as "unknown" (not quiet) after the timeout, and Diagnostics says so', async () => {
    const clock = fakeClock();
    const diagnostics = createDiagnostics();
    const report = vi.fn();
    const probe = probeNearBreaks([{ reason: 'in a call', name: 'calls', check: () => new Promise<boolean>(() => undefined) }], report, clock.now, { diagnostics, timers: clock });
    probe.listener(...near);
    await flush();
    expect(report).not.toHaveBeenCalled();
    clock.advance(PROBE_TIMEOUT_MS);
    await flush();
    expect(report).toHaveBeenCalledWith('in a call', false);
    expect(diagnostics.snapshot().detectors.calls).toMatchObject({ lastAnswer: 'unknown', lastError: 'no answer within 5 s', askedAt: T0 });
  });

  it('are never asked again while their last check is still running', async () => {
    const clock = fakeClock();
    let answer: (on: boolean) => void = () => undefined;
    const check = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const probe = probeNearBreaks([{ reason: 'in a call', check }], vi.fn(), clock.now, { timers: clock });
    probe.listener(...near);
    for (let i = 0; i < 5; i += 1) {
      clock.advance(60_000);
      await flush();
      probe.listener(...near);
    }
    expect(check).toHaveBeenCalledTimes(1);
    answer(false);
    await flush();
    probe.listener(...near);
    await flush();
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('a late answer after stop() reaches nobody', async () => {
    let answer: (on: boolean) => void = () => undefined;
    const report = vi.fn();
    const probe = probeNearBreaks([{ reason: 'in a call', check: () => new Promise<boolean>((resolve) => (answer = resolve)) }], report, () => T0);
    probe.listener(...near);
    probe.stop();
    answer(true);
    await flush();
    expect(report).not.toHaveBeenCalled();
  });
});

describe('ignore this detector today', () => {
  const rig = (timeZone: string, start: number) => {
    const clock = fakeClock(start);
    const dispatch = vi.fn();
    const signal = setupQuietSignal(dispatch, { now: clock.now, timeZone: () => timeZone, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
    return { clock, dispatch, signal };
  };

  it('reports the reason off at once and keeps it off until local midnight, then follows the detector again', () => {
    // 15:00 in Berlin (UTC+1 in March); local midnight is 23:00 UTC.
    const { clock, dispatch, signal } = rig('Europe/Berlin', Date.parse('2026-03-02T14:00:00Z'));
    signal.report('in a call', true);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: true, reason: 'in a call', by: 'detector' });
    signal.ignoreToday('in a call');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: false, reason: 'in a call', by: 'detector' });
    expect(signal.ignored()).toEqual([{ reason: 'in a call', until: Date.parse('2026-03-02T23:00:00Z') }]);
    dispatch.mockClear();
    signal.report('in a call', false);
    signal.report('in a call', true);
    signal.report('do not disturb', true);
    // Only the other detector gets through today.
    expect(dispatch.mock.calls.map(([e]) => e.reason)).toEqual(['do not disturb']);
    clock.advance(Date.parse('2026-03-02T22:59:00Z') - clock.now());
    expect(signal.reasons()).toEqual(['do not disturb']);
    clock.advance(60_000);
    expect(signal.ignored()).toEqual([]);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: true, reason: 'in a call', by: 'detector' });
  });

  it('takes the local day of the person’s time zone, across a DST change', () => {
    // 2026-03-29: Berlin moves to summer time at 02:00; midnight after 22:00 on the 28th (UTC+1) is 23:00 UTC.
    expect(nextLocalMidnight(Date.parse('2026-03-28T21:00:00Z'), 'Europe/Berlin')).toBe(Date.parse('2026-03-28T23:00:00Z'));
    // The next midnight, in summer time (UTC+2), is 22:00 UTC.
    expect(nextLocalMidnight(Date.parse('2026-03-29T12:00:00Z'), 'Europe/Berlin')).toBe(Date.parse('2026-03-29T22:00:00Z'));
    expect(nextLocalMidnight(Date.parse('2026-03-02T23:30:00Z'), 'America/New_York')).toBe(Date.parse('2026-03-03T05:00:00Z'));
  });
});

describe('setupQuiet', () => {
  const settings = { get: () => defaultSettings(), onChange: () => () => undefined };
  const fakeHost = () => ({ dispatch: vi.fn(), on: vi.fn(() => () => true) });

  it('returns at once, even while the event-driven detectors have not answered', () => {
    const quiet = setupQuiet(fakeHost(), settings, vi.fn(), {
      platform: 'linux',
      env: { DISPLAY: ':9' },
      watch: { doNotDisturb: () => new Promise(() => undefined), fullScreen: () => new Promise(() => undefined) },
    });
    expect(typeof quiet.stop).toBe('function');
    quiet.stop();
  });

  it('stops a detector that answers after stop(), and nothing it says reaches the engine', async () => {
    const host = fakeHost();
    let resolveDnd: (stop: () => void) => void = () => undefined;
    let tell: (on: boolean) => void = () => undefined;
    const stopDnd = vi.fn();
    const quiet = setupQuiet(host, settings, vi.fn(), {
      platform: 'linux',
      env: {},
      watch: {
        doNotDisturb: (onChange) => {
          tell = onChange;
          return new Promise((resolve) => (resolveDnd = resolve));
        },
        fullScreen: async () => null,
      },
    });
    quiet.stop();
    resolveDnd(stopDnd);
    await flush();
    expect(stopDnd).toHaveBeenCalledTimes(1);
    tell(true);
    expect(host.dispatch).not.toHaveBeenCalled();
  });

  it('stops the detectors that joined, once, and sends detector quiet as `by: detector`', async () => {
    const host = fakeHost();
    const stopDnd = vi.fn();
    let tell: (on: boolean) => void = () => undefined;
    const diagnostics = createDiagnostics();
    const quiet = setupQuiet(host, settings, vi.fn(), {
      platform: 'linux',
      env: { DISPLAY: ':9' },
      diagnostics,
      watch: {
        doNotDisturb: async (onChange) => {
          tell = onChange;
          return stopDnd;
        },
        fullScreen: async () => null,
      },
    });
    await flush();
    tell(true);
    expect(host.dispatch).toHaveBeenCalledWith({ type: 'quiet', on: true, reason: 'do not disturb', by: 'detector' });
    expect(diagnostics.snapshot().detectors['full screen (X11)']).toMatchObject({ available: true, enabled: true });
    quiet.stop();
    quiet.stop();
    expect(stopDnd).toHaveBeenCalledTimes(1);
  });

  it('gives the shell "ignore this detector today"', async () => {
    const host = fakeHost();
    let tell: (on: boolean) => void = () => undefined;
    const quiet = setupQuiet(host, settings, vi.fn(), {
      platform: 'linux',
      env: {},
      watch: { doNotDisturb: async (onChange) => ((tell = onChange), () => undefined), fullScreen: async () => null },
    });
    await flush();
    tell(true);
    quiet.ignoreToday('do not disturb');
    expect(host.dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: false, reason: 'do not disturb', by: 'detector' });
    expect(quiet.ignored().map((i) => i.reason)).toEqual(['do not disturb']);
    quiet.stop();
  });
});
