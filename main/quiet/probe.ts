import type { EngineListener } from '../core/engine/host';

/** A detector that must be asked (the OS sends no event): it answers whether its reason holds. */
export interface ProbedDetector {
  reason: string;
  check: () => Promise<boolean>;
}

/** No detector is asked more often than this. */
export const MIN_PROBE_GAP_MS = 10_000;
/** While a probed reason holds, it is asked again this often to notice its end. */
export const WHILE_QUIET_GAP_MS = 60_000;

/**
 * Asks the probed detectors only when it matters: when the next break is a minute or less away,
 * when a notice appears, and — while one of them holds — once a minute to see it end. Never more
 * than once per 10 s per detector. Subscribe the returned listener to the engine host.
 */
export const probeNearBreaks = (detectors: readonly ProbedDetector[], report: (reason: string, on: boolean) => void, now: () => number) => {
  const lastAsked = new Map<string, number>();
  const holding = new Set<string>();
  let checks = 0;
  const ask = (detector: ProbedDetector, gap: number) => {
    const last = lastAsked.get(detector.reason) ?? Number.NEGATIVE_INFINITY;
    if (now() - last < gap) return;
    lastAsked.set(detector.reason, now());
    checks += 1;
    void detector.check().then(
      (on) => {
        if (on) holding.add(detector.reason);
        else holding.delete(detector.reason);
        report(detector.reason, on);
      },
      () => undefined,
    );
  };
  const listener: EngineListener = (effect, status) => {
    if (effect.type !== 'arm-timer' && effect.type !== 'notice') return;
    // Once in the minute before the notice, and once at the notice: a handful of checks a break.
    const near = effect.type === 'notice' || (status.mode === 'active' && status.text.startsWith('Next') && status.minutes !== undefined && status.minutes <= 1);
    for (const detector of detectors) {
      if (near) ask(detector, MIN_PROBE_GAP_MS);
      else if (holding.has(detector.reason)) ask(detector, WHILE_QUIET_GAP_MS);
    }
  };
  return { listener, checks: () => checks };
};
