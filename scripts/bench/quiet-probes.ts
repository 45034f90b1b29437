import { EngineHost } from '../../main/core/engine/host';
import { settingsSchema } from '../../main/core/settings/schema';
import { TECHNIQUE_REFS } from '../../main/core/techniques/library';
import { probeNearBreaks } from '../../main/quiet/probe';

/** Probed-detector checks over 8 simulated active hours with the app's wiring, per hour. */
export const probesPerActiveHour = async (): Promise<number> => {
  let wall = Date.parse('2026-03-02T09:00:00Z');
  const timers: { at: number; fn: () => void }[] = [];
  const cfg = { settings: settingsSchema.parse({}), timeZone: 'UTC', techniques: TECHNIQUE_REFS };
  const host = new EngineHost({
    config: () => cfg,
    now: () => wall,
    monotonic: () => wall,
    idleSeconds: () => 0,
    setTimer: (delay, fn) => timers.push({ at: wall + delay, fn }),
    clearTimer: () => undefined,
    load: () => null,
    save: () => undefined,
  });
  const probe = probeNearBreaks([{ reason: 'in a call', check: async () => false }], () => undefined, () => wall);
  host.on(probe.listener);
  host.start();
  const end = wall + 8 * 3_600_000;
  while (timers.length > 0 && wall < end) {
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift()!;
    wall = next.at;
    next.fn();
    await Promise.resolve();
  }
  return probe.checks() / 8;
};
