import { clockLabel } from '../time/working-hours';
import { blockedBy, countdownTarget, nextBreak } from './schedule';
import type { BreakKind, EngineConfig, EngineState } from './types';

/** What the tray shows: one line of text and the icon state. */
export interface EngineStatus {
  text: string;
  mode: 'active' | 'snoozed' | 'paused' | 'quiet' | 'away' | 'break' | 'off-hours';
  kind?: BreakKind;
  /** Whole minutes until the next break, never negative. */
  minutes?: number;
  snoozeAllowed: boolean;
}

const KIND_LABEL: Record<BreakKind, string> = { posture: 'Posture', stress: 'Stress', eyes: 'Eye', stand: 'Stand-up' };

/** Describes the engine's state for the tray; pure, so the label is tested without Electron. */
export const describeStatus = (s: EngineState, cfg: EngineConfig, now: number): EngineStatus => {
  const snoozeAllowed = s.snoozesInARow < cfg.settings.snooze.maxInARow;
  const base = { snoozeAllowed };
  if (s.phase.name === 'break') return { ...base, text: `${KIND_LABEL[s.phase.kind]} break in progress`, mode: 'break', kind: s.phase.kind };
  if (s.locked || s.suspended) return { ...base, text: 'Away', mode: 'away' };
  if (s.pause) {
    const until = s.pause.until === null ? 'you resume' : clockLabel(s.pause.until, cfg.timeZone);
    return { ...base, text: `Paused until ${until}`, mode: 'paused' };
  }
  const blocked = blockedBy(s, cfg, now);
  if (blocked?.startsWith('quiet: ')) return { ...base, text: `Waiting: ${blocked.slice('quiet: '.length)}`, mode: 'quiet' };
  if (blocked) return { ...base, text: 'Outside working hours', mode: 'off-hours' };
  if (s.phase.name !== 'working') return { ...base, text: `${KIND_LABEL[s.phase.kind]} break starting`, mode: 'active', kind: s.phase.kind, minutes: 0 };
  const next = nextBreak(s, cfg);
  if (!next) return { ...base, text: 'No breaks enabled', mode: 'active' };
  // The same instant the engine's tray tick is aligned to (schedule.ts countdownTick).
  const at = countdownTarget(s, cfg, now) ?? Math.max(now + next.remaining, s.holdUntil);
  const minutes = Math.max(0, Math.ceil((at - now) / 60_000));
  const when = minutes <= 1 ? 'in under a minute' : `in ${minutes} min`;
  return {
    ...base,
    text: `Next ${KIND_LABEL[next.kind].toLowerCase()} break ${when}`,
    mode: s.snoozesInARow > 0 ? 'snoozed' : 'active',
    kind: next.kind,
    minutes,
  };
};
