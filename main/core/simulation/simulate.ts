import { initialState, step } from '../engine/step';
import type { EngineConfig, EngineEffect, EngineEvent, EngineState } from '../engine/types';
import type { TraceEvent } from './trace';

/** What a simulation produced: every effect but timer arming, and how often the engine woke. */
export interface SimulationResult {
  effects: EngineEffect[];
  /** Timer callbacks the shell would have run (each takes one idle sample). */
  wakeUps: number;
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
 * Drives the real engine over a trace exactly as the shell does: timers fire at the instants the
 * engine arms (measured in elapsed time, so a clock jump does not fire them early), each timer
 * takes an idle sample, and nothing fires while the machine sleeps.
 */
export const simulate = (
  trace: readonly TraceEvent[],
  config: Omit<EngineConfig, 'timeZone'>,
  observe?: (state: EngineState, event: EngineEvent, cfg: EngineConfig) => void,
): SimulationResult => {
  const first = trace[0];
  if (!first || first.type !== 'start') throw new Error('a trace starts with a start event');
  const cfg: EngineConfig = { ...config, timeZone: first.tz };
  let wall = Date.parse(first.at);
  let mono = 0;
  let suspended = false;
  let idle: { from: number; until: number } | null = null;
  const effects: EngineEffect[] = [];
  let wakeUps = 0;
  let state = initialState(wall, cfg);
  let timerMono = Number.POSITIVE_INFINITY;

  const run = (event: EngineEvent) => {
    const result = step(state, event, cfg);
    state = result.state;
    observe?.(state, event, cfg);
    for (const effect of result.effects) {
      if (effect.type === 'arm-timer') timerMono = mono + Math.max(0, effect.at - wall);
      else effects.push(effect);
    }
  };
  const idleSecondsAt = (m: number) => (idle && m >= idle.from && m < idle.until ? (m - idle.from) / 1000 : 0);
  const fireTimersUntil = (targetMono: number) => {
    while (!suspended && timerMono <= targetMono) {
      wall += timerMono - mono;
      mono = timerMono;
      wakeUps += 1;
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
  return { effects, wakeUps, state, marks };
};
