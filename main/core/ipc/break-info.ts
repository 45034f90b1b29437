import type { EngineConfig, EngineState } from '../engine/types';
import type { BreakInfo } from './contract';

/** The open break as the renderer sees it, or null when none is open. */
export const breakInfoOf = (state: EngineState, cfg: EngineConfig): BreakInfo | null => {
  if (state.phase.name !== 'break') return null;
  const allowed = state.snoozesInARow < cfg.settings.snooze.maxInARow;
  return {
    kind: state.phase.kind,
    technique: state.phase.technique,
    startedAt: state.phase.startedAt,
    endsAt: state.phase.endsAt,
    heldAt: state.phase.heldAt ?? null,
    heldMs: state.phase.heldMs ?? 0,
    snoozeMinutes: cfg.settings.snooze.defaultMinutes,
    snoozeAllowed: allowed,
  };
};

/** The pending notice (a break about to start), or null. */
export const noticeInfoOf = (state: EngineState, cfg: EngineConfig) =>
  state.phase.name === 'notice' ? { kind: state.phase.kind, startsAt: state.phase.startsAt, snoozeMinutes: cfg.settings.snooze.defaultMinutes } : null;
