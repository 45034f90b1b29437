import type { EngineHost } from '../core/engine/host';

/** The reason the engine is given while meeting mode is on. */
export const MEETING_REASON = 'meeting mode';

/**
 * Meeting mode, from the tray or `--meeting[=MIN]`: a quiet signal for the engine, on until
 * turned off or for the chosen minutes. When it ends, the engine's quiet grace applies.
 */
export const setupMeetingMode = (
  host: Pick<EngineHost, 'dispatch'>,
  clearTimer: (handle: unknown) => void,
  setTimer: (ms: number, callback: () => void) => unknown,
) => {
  let on = false;
  let timer: unknown = null;
  const listeners = new Set<() => void>();
  const set = (next: boolean, minutes?: number) => {
    if (timer !== null) clearTimer(timer);
    timer = next && minutes ? setTimer(minutes * 60_000, () => set(false)) : null;
    if (next === on) return;
    on = next;
    // The person's own word: the engine never caps it the way it caps automatic detectors.
    host.dispatch({ type: 'quiet', on, reason: MEETING_REASON, by: 'meeting' });
    listeners.forEach((listener) => listener());
  };
  return {
    set,
    on: () => on,
    /** Subscribes to changes; returns the unsubscribe function. */
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
