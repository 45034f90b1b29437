import { settingsSchema } from '../../main/core/settings/schema';
import { simulate, type IdleWatchMode } from '../../main/core/simulation/simulate';
import type { TraceEvent } from '../../main/core/simulation/trace';
import { TECHNIQUE_REFS } from '../../main/core/techniques/library';

const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const config = { settings: settingsSchema.parse({}), techniques: TECHNIQUE_REFS };

/** A working day: 8 hours at the keyboard from 09:00, with a one-hour lunch away from it. */
const workday = (day: number, start = Date.parse('2026-03-02T09:00:00Z')): TraceEvent[] => {
  const t = start + day * 24 * HOUR;
  return [
    { type: 'idle', at: iso(t + 4 * HOUR), seconds: 3600 },
    { type: 'lock', at: iso(t + 8 * HOUR + HOUR) },
    { type: 'unlock', at: iso(t + 24 * HOUR - 60_000) },
  ];
};

/**
 * Engine wake-ups per active hour over an 8-hour day of continuous work. Input never pauses, so
 * gentle start waits its whole minute at every break: the worst case. `idleWatch` 'os' (the
 * default) counts the platforms with an idle watch (GNOME Mutter, Wayland idle notifications),
 * where that wait costs one wake; 'host-samples' counts the host's own sampling every 3 s, the
 * fallback where the OS has none (Electron's powerMonitor: Windows, macOS, X11).
 */
export const wakeUpsPerActiveHour = (settings: unknown = {}, idleWatch: IdleWatchMode = 'os'): number => {
  const t = Date.parse('2026-03-02T09:00:00Z');
  const trace: TraceEvent[] = [{ type: 'start', at: iso(t), tz: 'Europe/Berlin' }, { type: 'end', at: iso(t + 8 * HOUR) }];
  return simulate(trace, { ...config, settings: settingsSchema.parse(settings) }, undefined, { idleWatch }).wakeUps / 8;
};

/** The same day with gentle start off: the tray ticks and the breaks' own deadlines alone. */
export const wakeUpsWithoutGentleStart = (): number => wakeUpsPerActiveHour({ gentleStart: { enabled: false } });

/** The same day where the OS has no idle watch, so the host samples idle during gentle start. */
export const wakeUpsWithHostSampling = (): number => wakeUpsPerActiveHour({}, 'host-samples');

/** Milliseconds to simulate 30 working days (nights locked), median of `runs`. */
export const thirtyDaysMs = (runs = 5): { ms: number; effects: number; wakeUps: number } => {
  const t = Date.parse('2026-03-02T09:00:00Z');
  const trace: TraceEvent[] = [{ type: 'start', at: iso(t), tz: 'Europe/Berlin' }];
  for (let day = 0; day < 30; day += 1) trace.push(...workday(day));
  trace.push({ type: 'end', at: iso(t + 30 * 24 * HOUR) });
  const times: number[] = [];
  let last = { effects: 0, wakeUps: 0 };
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = simulate(trace, config);
    times.push(performance.now() - started);
    last = { effects: result.effects.length, wakeUps: result.wakeUps };
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, ...last };
};
