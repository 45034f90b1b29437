import { BREAK_KINDS, type BreakKind, type EngineConfig, type EngineState } from '../engine/types';
import { nextDurationMs, nextTechnique } from '../engine/upcoming';
import type { BreakInfo, NoticeInfo } from './contract';

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

/**
 * The pending notice, or null: a break about to start, or (issue 13) one already due that gentle
 * start holds until a pause in typing (`waitingForPause`, `startsAt` is when it fell due).
 */
export const noticeInfoOf = (state: EngineState, cfg: EngineConfig): NoticeInfo | null => {
  const snoozeMinutes = cfg.settings.snooze.defaultMinutes;
  const p = state.phase;
  if (p.name === 'notice') return { kind: p.kind, startsAt: p.startsAt, snoozeMinutes, waitingForPause: false };
  if (p.name === 'gentle') {
    const dueAt = p.deadline - cfg.settings.gentleStart.waitUpToSeconds * 1000;
    return { kind: p.kind, startsAt: dueAt, snoozeMinutes, waitingForPause: true };
  }
  return null;
};

/** The break a notice announces, as the break window will show it once it opens at `startsAt`. */
export const upcomingBreakInfo = (state: EngineState, cfg: EngineConfig, kind: BreakKind, startsAt: number): BreakInfo => ({
  kind,
  technique: nextTechnique(state, cfg, kind),
  startedAt: startsAt,
  endsAt: startsAt + nextDurationMs(cfg, kind),
  heldAt: null,
  heldMs: 0,
  snoozeMinutes: cfg.settings.snooze.defaultMinutes,
  snoozeAllowed: state.snoozesInARow < cfg.settings.snooze.maxInARow,
});

/**
 * The URL query of a break window prepared at the notice: the upcoming break, so the page can
 * render its first step while hidden. It travels in the URL rather than over IPC because `getBreak`
 * and `breakChanged` mean "the open break" and there is none yet; `preparedBreakOf` reads it back.
 */
export const preparedQuery = (info: BreakInfo): Record<string, string> => ({
  prepared: info.kind,
  technique: info.technique,
  seconds: String(Math.round((info.endsAt - info.startedAt) / 1000)),
  snooze: String(info.snoozeMinutes),
  snoozeAllowed: info.snoozeAllowed ? '1' : '0',
});

/**
 * The prepared break a page's query describes (the renderer passes `new URLSearchParams(location.search)`),
 * or null for an ordinary break window. Its times start at 0: the player shows its first second until the break opens.
 */
export const preparedBreakOf = (query: { get: (key: string) => string | null }): BreakInfo | null => {
  const kind = query.get('prepared');
  const technique = query.get('technique');
  const seconds = Number(query.get('seconds'));
  const snooze = Number(query.get('snooze'));
  if (!BREAK_KINDS.some((k) => k === kind) || !technique || !(seconds > 0) || !Number.isInteger(snooze) || snooze < 1) return null;
  return { kind: kind as BreakKind, technique, startedAt: 0, endsAt: seconds * 1000, heldAt: null, heldMs: 0, snoozeMinutes: snooze, snoozeAllowed: query.get('snoozeAllowed') === '1' };
};
