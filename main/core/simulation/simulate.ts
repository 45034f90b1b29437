import { nextIdleSampleDelay } from '../engine/idle-watch';
import { initialState, step } from '../engine/step';
import type { EngineConfig, EngineEffect, EngineEvent, EngineState } from '../engine/types';
import type { TraceEvent } from './trace';

/** What a simulation produced: every effect but timer arming, and how often the engine woke. */
export interface SimulationResult {
  effects: EngineEffect[];
  /** Times the shell would have woken: timer callbacks (each takes one idle sample), idle-watch events, and host idle samples. */
  wakeUps: number;
  /** Of those, the idle watch's: OS watch events ('os'), or the host's own idle samples ('host-samples'). */
  watchWakeUps: number;
  state: EngineState;
  /** For each trace line, how many effects had been produced before it was applied. */
  marks: number[];
}

const toEngineEvent = (event: TraceEvent, now: number): EngineEvent | null => {
  switch (event.type) {
    case 'lock':
    case 'unlock':
    case 'suspend':
    case 'resume':
      return { type: event.type, now };
    case 'quiet':
      return { type: 'quiet', now, on: event.on, reason: event.reason, by: event.by ?? 'detector' };
    case 'user':
      return {
        type: 'user',
        now,
        action: event.action,
        ...(event.minutes !== undefined && { minutes: event.minutes }),
        ...(event.kind !== undefined && { kind: event.kind }),
        ...(event.until !== undefined && { until: event.until }),
      } as EngineEvent;
    default:
      return null;
  }
};

/**
 * How the shell waits for gentle start's pause: the OS tells it when idle reaches N s (Mutter's
 * AddIdleWatch, Wayland idle notifications), or, where the platform has no watch (Electron's
 * powerMonitor), the host samples idle every few seconds (EngineHost's fallback).
 */
export type IdleWatchMode = 'os' | 'host-samples';

/**
 * Drives the real engine over a trace exactly as the shell does: timers fire at the instants the
 * engine arms (measured in elapsed time, so a clock jump does not fire them early), each timer
 * takes an idle sample, and nothing fires while the machine sleeps. An idle watch the engine asks
 * for fires when the simulated idle reaches its seconds (as the OS delivers it), or is sampled by
 * the host (`idleWatch: 'host-samples'`).
 */
export const simulate = (
  trace: readonly TraceEvent[],
  config: Omit<EngineConfig, 'timeZone'>,
  observe?: (state: EngineState, event: EngineEvent, cfg: EngineConfig) => void,
  options: { idleWatch?: IdleWatchMode } = {},
): SimulationResult => {
  const mode = options.idleWatch ?? 'os';
  const first = trace[0];
  if (!first || first.type !== 'start') throw new Error('a trace starts with a start event');
  const cfg: EngineConfig = { ...config, timeZone: first.tz };
  let wall = Date.parse(first.at);
  let mono = 0;
  let suspended = false;
  let idle: { from: number; until: number } | null = null;
  const effects: EngineEffect[] = [];
  let wakeUps = 0;
  let watchWakeUps = 0;
  let state = initialState(wall, cfg);
  let timerMono = Number.POSITIVE_INFINITY;
  /** The idle watch the engine holds: its seconds, and when it next fires (os) or is sampled (host). */
  let watch: { seconds: number; at: number } | null = null;

  const idleSecondsAt = (m: number) => (idle && m >= idle.from && m < idle.until ? (m - idle.from) / 1000 : 0);
  /** When an OS watch for `seconds` fires, from `m` on: the instant the current idle stretch reaches it (at once if past). */
  const watchFiresAt = (seconds: number, m: number) => {
    if (!idle || idle.until <= m) return Number.POSITIVE_INFINITY;
    const reach = Math.max(m, idle.from + seconds * 1000);
    return reach < idle.until ? reach : Number.POSITIVE_INFINITY;
  };
  const aimWatch = () => {
    if (!watch) return;
    watch.at = mode === 'os' ? watchFiresAt(watch.seconds, mono) : watch.at;
  };
  const run = (event: EngineEvent) => {
    const result = step(state, event, cfg);
    state = result.state;
    observe?.(state, event, cfg);
    for (const effect of result.effects) {
      if (effect.type !== 'arm-timer') {
        effects.push(effect);
        continue;
      }
      timerMono = mono + Math.max(0, effect.at - wall);
      const seconds = effect.watchIdleSeconds;
      if (seconds === undefined) watch = null;
      else if (watch?.seconds !== seconds) {
        // A new watch: the OS works out when it fires; the host's first sample is right away.
        watch = { seconds, at: mode === 'os' ? watchFiresAt(seconds, mono) : mono + nextIdleSampleDelay(seconds, idleSecondsAt(mono)) };
      }
    }
  };
  const fireTimersUntil = (targetMono: number) => {
    for (;;) {
      const watchAt = watch?.at ?? Number.POSITIVE_INFINITY;
      const next = Math.min(timerMono, watchAt);
      if (suspended || next > targetMono) return;
      wall += next - mono;
      mono = next;
      wakeUps += 1;
      if (watch && watchAt <= timerMono) {
        watchWakeUps += 1;
        const idleNow = idleSecondsAt(mono);
        if (mode === 'os' || idleNow >= watch.seconds) {
          // A watch fires once per idle stretch, as Mutter's and Wayland's do; the next stretch re-aims it.
          watch.at = Number.POSITIVE_INFINITY;
          run({ type: 'tick', now: wall, idleSeconds: Math.max(watch.seconds, idleNow) });
        } else watch.at = mono + nextIdleSampleDelay(watch.seconds, idleNow);
        continue;
      }
      run({ type: 'tick', now: wall, idleSeconds: idleSecondsAt(mono) });
    }
  };

  const marks: number[] = [0];
  run({ type: 'start', now: wall });
  for (const event of trace.slice(1)) {
    const at = Date.parse(event.at);
    const targetMono = mono + (at - wall);
    fireTimersUntil(targetMono);
    marks.push(effects.length);
    wall = at;
    mono = targetMono;
    if (event.type === 'end') break;
    if (event.type === 'idle') {
      idle = { from: mono, until: mono + event.seconds * 1000 };
      aimWatch();
      continue;
    }
    if (event.type === 'suspend') suspended = true;
    if (event.type === 'resume') suspended = false;
    if (event.type === 'clock-jump') {
      const from = wall;
      wall = Date.parse(event.to);
      run({ type: 'clock-jump', now: wall, from });
      continue;
    }
    const engineEvent = toEngineEvent(event, wall);
    if (engineEvent) run(engineEvent);
  }
  return { effects, wakeUps, watchWakeUps, state, marks };
};
