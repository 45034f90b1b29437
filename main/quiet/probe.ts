import type { EngineListener } from '../core/engine/host';
import type { Diagnostics } from '../platform/diagnostics';

/** A detector that must be asked (the OS sends no event): it answers whether its reason holds. A rejection means "cannot tell". */
export interface ProbedDetector {
  reason: string;
  /** Its name in Diagnostics (the reason when absent). */
  name?: string;
  check: () => Promise<boolean>;
}

/** No detector is asked more often than this. */
export const MIN_PROBE_GAP_MS = 10_000;
/** While a probed reason holds, it is asked again this often to notice its end. */
export const WHILE_QUIET_GAP_MS = 60_000;
/** A check that has not answered after this long counts as "unknown", which is not quiet. */
export const PROBE_TIMEOUT_MS = 5_000;

/** One bounded answer: never rejects and never waits longer than the timeout. */
export interface ProbeAnswer {
  on: boolean;
  answer: 'on' | 'off' | 'unknown';
  error?: string;
}

/** Timers, injectable so tests run on a fake clock. */
export interface ProbeTimers {
  setTimer: (ms: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
}

const realTimers: ProbeTimers = {
  setTimer: (ms, callback) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Asks a detector once, bounded by `timeoutMs`: an error or no answer in time is "unknown" (not quiet). */
export const askBounded = (detector: ProbedDetector, timeoutMs = PROBE_TIMEOUT_MS, timers: ProbeTimers = realTimers): Promise<ProbeAnswer> =>
  new Promise((resolve) => {
    const timer = timers.setTimer(timeoutMs, () => resolve({ on: false, answer: 'unknown', error: `no answer within ${Math.round(timeoutMs / 1000)} s` }));
    const settle = (answer: ProbeAnswer) => {
      timers.clearTimer(timer);
      resolve(answer);
    };
    // Promise.resolve().then also turns a check that throws synchronously into a rejection.
    Promise.resolve()
      .then(() => detector.check())
      .then(
        (on) => settle(on === true ? { on: true, answer: 'on' } : { on: false, answer: 'off' }),
        (error: unknown) => settle({ on: false, answer: 'unknown', error: error instanceof Error ? error.message : String(error) }),
      );
  });

/** Optional extras: Diagnostics, the per-check timeout and the timers it uses. */
export interface ProbeOptions {
  diagnostics?: Diagnostics;
  timeoutMs?: number;
  timers?: ProbeTimers;
}

/**
 * Asks the probed detectors only when it matters: when the next break is a minute or less away,
 * when a notice appears, and — while one of them holds — once a minute to see it end. Never more
 * than once per 10 s per detector, never while its previous check is still running, and each
 * check bounded by a timeout. Subscribe the returned listener to the engine host.
 */
export const probeNearBreaks = (
  detectors: readonly ProbedDetector[],
  report: (reason: string, on: boolean) => void,
  now: () => number,
  options: ProbeOptions = {},
) => {
  const lastAsked = new Map<string, number>();
  const holding = new Set<string>();
  const running = new Set<ProbedDetector>();
  let checks = 0;
  let stopped = false;
  const ask = (detector: ProbedDetector, gap: number) => {
    const last = lastAsked.get(detector.reason) ?? Number.NEGATIVE_INFINITY;
    if (running.has(detector) || now() - last < gap) return;
    lastAsked.set(detector.reason, now());
    running.add(detector);
    checks += 1;
    const name = detector.name ?? detector.reason;
    options.diagnostics?.report(name, { available: true, enabled: true, askedAt: now() });
    // The check runs once; a check that times out stays "running" until it settles, so a hung one is never stacked up.
    const outcome = Promise.resolve().then(() => detector.check());
    void outcome.then(
      () => running.delete(detector),
      () => running.delete(detector),
    );
    void askBounded({ ...detector, check: () => outcome }, options.timeoutMs, options.timers).then((answer) => {
      if (stopped) return;
      if (answer.on) holding.add(detector.reason);
      else holding.delete(detector.reason);
      options.diagnostics?.report(name, { lastAnswer: answer.answer, lastError: answer.error });
      report(detector.reason, answer.on);
    });
  };
  const listener: EngineListener = (effect, status) => {
    if (stopped || (effect.type !== 'arm-timer' && effect.type !== 'notice')) return;
    // Once in the minute before the notice, and once at the notice: a handful of checks a break.
    // A snoozed break's countdown is as near as any other (its tray mode is 'snoozed').
    const counting = (status.mode === 'active' || status.mode === 'snoozed') && status.text.startsWith('Next');
    const near = effect.type === 'notice' || (counting && status.minutes !== undefined && status.minutes <= 1);
    for (const detector of detectors) {
      if (near) ask(detector, MIN_PROBE_GAP_MS);
      else if (holding.has(detector.reason)) ask(detector, WHILE_QUIET_GAP_MS);
    }
  };
  return {
    listener,
    checks: () => checks,
    /** Stops asking; answers still on their way are dropped. */
    stop: () => {
      stopped = true;
    },
  };
};
