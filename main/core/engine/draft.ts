import { BREAK_KINDS, type BreakKind, type EngineConfig, type EngineEffect, type EngineState } from './types';

/** A mutable working copy of the state for one step, with the effects it has produced so far. */
export interface Draft {
  s: EngineState;
  cfg: EngineConfig;
  now: number;
  effects: EngineEffect[];
}

/** Copies a state deeply enough that a step never mutates its input. */
export const cloneState = (state: EngineState): EngineState => ({
  ...state,
  active: { ...state.active },
  phase: { ...state.phase },
  pause: state.pause ? { ...state.pause } : null,
  quiet: [...state.quiet],
  ...(state.ownQuiet && { ownQuiet: [...state.ownQuiet] }),
  ...(state.heldBack && { heldBack: { ...state.heldBack } }),
  idle: state.idle ? { ...state.idle, credited: [...state.idle.credited] } : null,
  lastTechnique: { ...state.lastTechnique },
  rotation: { ...state.rotation },
  calendar: state.calendar ? [...state.calendar] : [],
});

/** Minutes and seconds from settings, in milliseconds. */
export const ms = {
  interval: (cfg: EngineConfig, kind: BreakKind) => cfg.settings.breaks[kind].everyMinutes * 60_000,
  duration: (cfg: EngineConfig, kind: BreakKind) => cfg.settings.breaks[kind].durationSeconds * 1000,
  notice: (cfg: EngineConfig) => cfg.settings.noticeSeconds * 1000,
  idleReset: (cfg: EngineConfig) => cfg.settings.idle.resetAfterMinutes * 60_000,
  minGap: (cfg: EngineConfig) => cfg.settings.guards.minGapMinutes * 60_000,
  wakeGrace: (cfg: EngineConfig) => cfg.settings.guards.wakeGraceSeconds * 1000,
  quietGrace: (cfg: EngineConfig) => cfg.settings.guards.quietGraceSeconds * 1000,
  detectorCap: (cfg: EngineConfig) => cfg.settings.quiet.detectorCapMinutes * 60_000,
};

/** A record with the same value for every kind. */
export const perKind = <T>(value: T): Record<BreakKind, T> =>
  Object.fromEntries(BREAK_KINDS.map((kind) => [kind, value])) as Record<BreakKind, T>;

/** Enabled kinds, shortest interval first (ties: the shorter break first, then BREAK_KINDS order). */
export const enabledKinds = (cfg: EngineConfig): BreakKind[] =>
  BREAK_KINDS
    .filter((kind) => cfg.settings.breaks[kind].enabled)
    .sort((a, b) => ms.interval(cfg, a) - ms.interval(cfg, b) || ms.duration(cfg, a) - ms.duration(cfg, b));

/** The kinds a break of `kind` also counts for: a longer break resets every shorter cycle. */
export const kindsCoveredBy = (cfg: EngineConfig, kind: BreakKind): BreakKind[] =>
  enabledKinds(cfg).filter((other) => ms.duration(cfg, other) <= ms.duration(cfg, kind));

/** Restarts the cycles a break of `kind` covers. */
export const restartCycles = (d: Draft, kind: BreakKind): void => {
  for (const covered of kindsCoveredBy(d.cfg, kind)) d.s.active[covered] = 0;
  d.s.active[kind] = 0;
};
