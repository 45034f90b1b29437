import type { HostEvent } from '../core/engine/host';

/** Combines the quiet detectors into the engine's quiet signal: one on/off per reason, sent only on change. */
export const setupQuietSignal = (dispatch: (event: HostEvent) => void) => {
  const active = new Set<string>();
  return {
    /** A detector reports whether its reason holds now. */
    report: (reason: string, on: boolean) => {
      if (on === active.has(reason)) return;
      if (on) active.add(reason);
      else active.delete(reason);
      dispatch({ type: 'quiet', on, reason });
    },
    reasons: () => [...active],
  };
};
