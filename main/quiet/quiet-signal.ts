import type { HostEvent } from '../core/engine/host';
import { addLocalDays, fromLocal } from '../core/time/zoned';
import type { Diagnostics } from '../platform/diagnostics';

/** Clock, time zone and timer for "ignore this detector today"; injectable so tests choose the day. */
export interface QuietSignalDeps {
  now: () => number;
  timeZone: () => string;
  setTimer: (ms: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
  diagnostics?: Diagnostics;
}

const realDeps: QuietSignalDeps = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  setTimer: (ms, callback) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The next local midnight after `at` (the first valid instant of the next day where midnight is skipped). */
export const nextLocalMidnight = (at: number, timeZone: string): number => fromLocal({ ...addLocalDays(at, 1, timeZone), hour: 0, minute: 0 }, timeZone);

/**
 * Combines the automatic detectors into the engine's quiet signal: one on/off per reason, sent
 * only on change, always as `by: 'detector'` (so the engine's cap applies). A reason the person
 * chose to ignore today is held off until local midnight, then follows its detector again.
 */
export const setupQuietSignal = (dispatch: (event: HostEvent) => void, deps: Partial<QuietSignalDeps> = {}) => {
  const d = { ...realDeps, ...deps };
  /** What each detector says now, whether or not it is ignored. */
  const detected = new Set<string>();
  /** What the engine has been told. */
  const sent = new Set<string>();
  const ignored = new Map<string, { until: number; timer: unknown }>();
  const listeners = new Set<() => void>();

  const sync = (reason: string) => {
    const on = detected.has(reason) && !ignored.has(reason);
    if (on === sent.has(reason)) return;
    if (on) sent.add(reason);
    else sent.delete(reason);
    dispatch({ type: 'quiet', on, reason, by: 'detector' });
  };
  const changed = () => listeners.forEach((listener) => listener());

  const unignore = (reason: string) => {
    const entry = ignored.get(reason);
    if (!entry) return;
    d.clearTimer(entry.timer);
    ignored.delete(reason);
    d.diagnostics?.fact(`ignored today: ${reason}`, 'no');
    sync(reason);
    changed();
  };

  return {
    /** A detector reports whether its reason holds now. */
    report: (reason: string, on: boolean) => {
      if (on) detected.add(reason);
      else detected.delete(reason);
      sync(reason);
    },
    /** The reasons the engine is told hold now. */
    reasons: () => [...sent],
    /** Drops a reason until local midnight (the person's "ignore this detector today"); it reports off at once. */
    ignoreToday: (reason: string) => {
      const now = d.now();
      const until = nextLocalMidnight(now, d.timeZone());
      const before = ignored.get(reason);
      if (before) d.clearTimer(before.timer);
      // Re-checked on firing: a timer that fires early (or a clock change) re-arms instead of ending the day early.
      const arm = (): unknown =>
        d.setTimer(Math.max(1000, until - d.now()), () => {
          const entry = ignored.get(reason);
          if (!entry) return;
          if (d.now() >= until) unignore(reason);
          else entry.timer = arm();
        });
      ignored.set(reason, { until, timer: arm() });
      d.diagnostics?.fact(`ignored today: ${reason}`, `until ${new Date(until).toISOString()}`);
      sync(reason);
      changed();
    },
    /** Reasons ignored today, each with the instant it comes back. */
    ignored: () => [...ignored].map(([reason, { until }]) => ({ reason, until })),
    /** Subscribes to changes of the ignored list; returns the unsubscribe function. */
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Cancels the midnight timers (at quit). */
    stop: () => {
      for (const { timer } of ignored.values()) d.clearTimer(timer);
    },
  };
};

/** The quiet signal's interface, for the shell. */
export type QuietSignal = ReturnType<typeof setupQuietSignal>;
