import { type Draft, ms, restartCycles } from './draft';
import { pickTechnique } from './rotation';
import type { BreakKind, BreakOutcome } from './types';

/** Opens the break window for `kind` now, closing any notice first. */
export const openBreak = (d: Draft, kind: BreakKind): void => {
  const { s, cfg, now } = d;
  const { id: technique, position } = pickTechnique(cfg, kind, s.rotation[kind], s.lastTechnique[kind]);
  s.lastTechnique[kind] = technique;
  s.rotation[kind] = position;
  const endsAt = now + ms.duration(cfg, kind);
  s.phase = { name: 'break', kind, technique, startedAt: now, endsAt, heldAt: null, heldMs: 0 };
  s.idle = null;
  // The held-back break is being taken: the quiet cap starts over.
  delete s.heldBack;
  d.effects.push({ type: 'break-open', at: now, kind, technique, endsAt });
};

/** Switches the open break to the next technique in the rotation and restarts its time. */
export const anotherTechnique = (d: Draft): void => {
  const { s, cfg, now } = d;
  if (s.phase.name !== 'break') return;
  const { kind } = s.phase;
  const { id: technique, position } = pickTechnique(cfg, kind, s.rotation[kind], s.phase.technique);
  s.lastTechnique[kind] = technique;
  s.rotation[kind] = position;
  const endsAt = now + ms.duration(cfg, kind);
  s.phase = { name: 'break', kind, technique, startedAt: now, endsAt, heldAt: null, heldMs: 0 };
  d.effects.push({ type: 'break-change', at: now, kind, technique, endsAt, heldAt: null });
};

/** Holds or releases the open break's guidance; a held break does not end, and release adds the time back. */
export const holdBreak = (d: Draft, hold: boolean): void => {
  const { s, now } = d;
  if (s.phase.name !== 'break') return;
  const p = s.phase;
  if (hold && p.heldAt == null) p.heldAt = now;
  else if (!hold && p.heldAt != null) {
    const held = Math.max(0, now - p.heldAt);
    p.endsAt += held;
    p.heldMs = (p.heldMs ?? 0) + held;
    p.heldAt = null;
  } else return;
  d.effects.push({ type: 'break-change', at: now, kind: p.kind, technique: p.technique, endsAt: p.endsAt, heldAt: p.heldAt ?? null });
};

/** Closes the open break; every outcome but a snooze restarts the cycle and spaces the next break. */
export const closeBreak = (d: Draft, outcome: BreakOutcome): void => {
  const { s, cfg, now } = d;
  if (s.phase.name !== 'break') return;
  const { kind } = s.phase;
  s.phase = { name: 'working' };
  d.effects.push({ type: 'break-close', at: now, kind, outcome });
  if (outcome !== 'snoozed') {
    restartCycles(d, kind);
    s.snoozesInARow = 0;
    s.holdUntil = Math.max(s.holdUntil, now + ms.minGap(cfg));
  }
};

/** Withdraws a pending notice (or a break waiting for a pause in typing). */
export const withdrawNotice = (d: Draft, reason: string): void => {
  const { s } = d;
  if (s.phase.name !== 'notice' && s.phase.name !== 'gentle') return;
  d.effects.push({ type: 'notice-close', at: d.now, kind: s.phase.kind, reason });
  s.phase = { name: 'working' };
};

/** The break is due: wait for a pause in typing (gentle start) or open it at once. */
export const breakDue = (d: Draft, kind: BreakKind, idleSeconds: number | undefined): void => {
  const gentle = d.cfg.settings.gentleStart;
  const waiting = gentle.enabled && gentle.waitUpToSeconds > 0;
  if (!waiting || (idleSeconds !== undefined && idleSeconds >= gentle.pauseSeconds)) {
    withdrawNoticeSilently(d);
    openBreak(d, kind);
    return;
  }
  // The pause is waited for by the shell's idle watch (arm-timer's watchIdleSeconds), not by sampling.
  d.s.phase = { name: 'gentle', kind, deadline: d.now + gentle.waitUpToSeconds * 1000 };
};

const withdrawNoticeSilently = (d: Draft): void => {
  if (d.s.phase.name === 'notice' || d.s.phase.name === 'gentle') d.s.phase = { name: 'working' };
};
