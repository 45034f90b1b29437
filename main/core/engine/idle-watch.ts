/** The fallback's next sample when idle is `idleSeconds` of `watchSeconds` (ms): the simulation's host-samples mode uses it too. */
export const nextIdleSampleDelay = (watchSeconds: number, idleSeconds: number): number =>
  Math.max(1, watchSeconds - idleSeconds) * 1000;

/**
 * An OS idle watch: call `fired` once the person has been idle `seconds` s (at once when they
 * already have been), `failed` when the watch cannot be set up or is lost. Returns the cancel.
 * GNOME: Mutter's AddIdleWatch/WatchFired; Wayland: an ext-idle-notify (or KDE idle) notification
 * with that timeout (main/platform/idle-source.ts).
 */
export type IdleWatchFn = (seconds: number, fired: () => void, failed: (reason: string) => void) => () => void;

/** What holding a watch needs from the host. */
export interface IdleWatchHost {
  /** The platform's watch, when it has one. */
  watchIdle?: IdleWatchFn;
  setTimer: (delayMs: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
  /** One bounded idle read; `done` gets undefined when the read failed or timed out. */
  readIdle: (done: (idleSeconds?: number) => void) => void;
  /** Counts a wake-up the watch costs (an OS event, or a host sample). */
  woke: () => void;
}

/**
 * Waits until the person has been idle `seconds` s, then calls `reached` once with the idle time.
 * Through the OS watch where there is one (a single wake, exactly at the mark); else, or when it
 * fails, by sampling idle every few seconds (the fallback on Electron's powerMonitor, which has
 * no watch). `lastIdle` is the idle time the engine last saw, so the first sample is not early.
 */
export const holdIdleWatch = (host: IdleWatchHost, seconds: number, lastIdle: number, reached: (idleSeconds: number) => void): (() => void) => {
  let done = false;
  let timer: unknown = null;
  let cancelOs: (() => void) | null = null;
  const finish = (idleSeconds: number) => {
    if (done) return;
    done = true;
    cancel();
    reached(idleSeconds);
  };
  const sampleAfter = (idle: number) => {
    timer = host.setTimer(nextIdleSampleDelay(seconds, idle), () => {
      timer = null;
      host.woke();
      host.readIdle((idleNow) => {
        if (done) return;
        if (idleNow !== undefined && idleNow >= seconds) finish(idleNow);
        else sampleAfter(idleNow ?? 0);
      });
    });
  };
  const cancel = () => {
    done = true;
    if (timer !== null) host.clearTimer(timer);
    timer = null;
    cancelOs?.();
    cancelOs = null;
  };
  if (!host.watchIdle) {
    sampleAfter(lastIdle);
    return cancel;
  }
  let failedEarly = false;
  const fallBack = () => {
    if (done) return;
    cancelOs?.();
    cancelOs = null;
    if (timer === null) sampleAfter(0);
  };
  try {
    cancelOs = host.watchIdle(
      seconds,
      () => {
        if (done) return;
        host.woke();
        finish(seconds);
      },
      () => {
        if (cancelOs === null) failedEarly = true;
        else fallBack();
      },
    );
  } catch {
    failedEarly = true;
  }
  if (failedEarly) fallBack();
  return cancel;
};
