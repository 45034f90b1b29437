import { step, initialState } from '../../main/core/engine/step';
import type { EngineConfig, EngineEffect, EngineEvent, EngineState } from '../../main/core/engine/types';
import { settingsSchema } from '../../main/core/settings/schema';
import { TECHNIQUE_REFS } from '../../main/core/techniques/library';
import { simulate } from '../../main/core/simulation/simulate';
import { parseTrace, type TraceEvent } from '../../main/core/simulation/trace';

/** An engine config from a (partial) settings object, in UTC unless told otherwise. */
export const configWith = (settings: unknown = {}, timeZone = 'UTC'): EngineConfig => ({
  settings: settingsSchema.parse(settings),
  timeZone,
  techniques: TECHNIQUE_REFS,
});

/** Minutes and seconds as milliseconds. */
export const MIN = 60_000;
export const SEC = 1000;

/** A monday morning, 09:00 UTC. */
export const T0 = Date.parse('2026-03-02T09:00:00Z');

/** Runs a list of events through the engine, collecting every effect but timer arming. */
export const run = (events: EngineEvent[], cfg: EngineConfig, from?: EngineState) => {
  let state = from ?? initialState(events[0]?.now ?? T0, cfg);
  const effects: EngineEffect[] = [];
  for (const event of events) {
    const result = step(state, event, cfg);
    state = result.state;
    effects.push(...result.effects.filter((e) => e.type !== 'arm-timer'));
  }
  return { state, effects };
};

/** Builds a trace from compact lines (offsets in minutes from T0) and simulates it. */
export const simulateLines = (lines: Array<Record<string, unknown> & { min: number }>, settings: unknown = {}, tz = 'UTC') => {
  const iso = (min: number) => new Date(T0 + min * MIN).toISOString();
  const text = [
    { type: 'start', at: iso(0), tz },
    ...lines.map(({ min, ...rest }) => ({ at: iso(min), ...rest })),
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');
  const trace: TraceEvent[] = parseTrace(text);
  return simulate(trace, { settings: settingsSchema.parse(settings), techniques: TECHNIQUE_REFS });
};

/** Minutes after T0 at which an effect happened. */
export const minutesOf = (effect: { at: number }) => (effect.at - T0) / MIN;
