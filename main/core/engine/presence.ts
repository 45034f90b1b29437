import { withdrawNotice } from './breaks';
import { type Draft, enabledKinds, kindsCoveredBy, ms, restartCycles } from './draft';
import { countHeldBack } from './quiet-cap';
import { isCounting, nextBreak } from './schedule';
import type { BreakKind, EngineState } from './types';

/** Idle shorter than this is a pause in typing, not time away. */
export const IDLE_MIN_MS = 15_000;
/** A longer silence between events than this means the process did not run (sleep, crash). */
export const MAX_GAP_MS = 3 * 60_000;

/** Counts active time from the last accounted instant up to `to`. */
export const accrueTo = (d: Draft, to: number): void => {
  const { s, cfg } = d;
  const span = to - s.lastAt;
  if (span > 0 && isCounting(s) && !s.idle) {
    const remainingBefore = nextBreak(s, cfg)?.remaining ?? null;
    for (const kind of enabledKinds(cfg)) s.active[kind] += span;
    countHeldBack(d, span, remainingBefore);
  }
  s.lastAt = Math.max(s.lastAt, to);
};

/** Shifts every instant the state holds by `delta`: a clock jump moves the calendar, not the work. */
export const shiftInstants = (s: EngineState, delta: number): void => {
  s.holdUntil += delta;
  s.lastAt += delta;
  if (s.awaySince !== null) s.awaySince += delta;
  if (s.idle) s.idle.since += delta;
  if (s.pause && s.pause.until !== null && !s.pause.anchored) s.pause.until += delta;
  const p = s.phase;
  if (p.name === 'notice') p.startsAt += delta;
  if (p.name === 'gentle') p.deadline += delta;
  if (p.name === 'break') {
    p.startedAt += delta;
    p.endsAt += delta;
    if (p.heldAt != null) p.heldAt += delta;
  }
};

/** Credits a natural break for `kind` (the user was away at least its length). */
const creditNatural = (d: Draft, kind: BreakKind): void => {
  restartCycles(d, kind);
  d.s.snoozesInARow = 0;
  d.effects.push({ type: 'natural-break', at: d.now, kind });
  if (d.s.phase.name !== 'break' && d.s.phase.name !== 'working') {
    if (kindsCoveredBy(d.cfg, kind).includes(d.s.phase.kind)) withdrawNotice(d, 'natural break');
  }
};

/** Applies what a stretch away from the keyboard earned: natural breaks, then a full reset. */
export const creditAbsence = (
  d: Draft,
  awayMs: number,
  already: { credited: BreakKind[]; reset: boolean },
  reason: 'idle' | 'away',
): void => {
  if (d.s.phase.name === 'break') return;
  for (const kind of enabledKinds(d.cfg)) {
    if (!already.credited.includes(kind) && awayMs >= ms.duration(d.cfg, kind)) {
      already.credited.push(kind);
      creditNatural(d, kind);
    }
  }
  if (!already.reset && awayMs >= ms.idleReset(d.cfg)) {
    already.reset = true;
    for (const kind of enabledKinds(d.cfg)) d.s.active[kind] = 0;
    d.effects.push({ type: 'cycle-reset', at: d.now, reason });
  }
};

/** Handles an idle sample: how long since the last input, as the OS reports it. */
export const sampleIdle = (d: Draft, idleSeconds: number): void => {
  const { s, now } = d;
  const idleMs = Math.max(0, idleSeconds * 1000);
  if (idleMs < IDLE_MIN_MS || s.phase.name === 'break') {
    accrueTo(d, now);
    s.idle = null;
    return;
  }
  const since = now - idleMs;
  if (!s.idle || since > s.idle.since + 2000) {
    if (since >= s.lastAt) accrueTo(d, since);
    else if (!s.idle && isCounting(s)) uncount(s, d, s.lastAt - since);
    s.idle = { since: Math.max(since, isCounting(s) ? since : s.lastAt), credited: [], reset: false };
  }
  s.lastAt = Math.max(s.lastAt, now);
  creditAbsence(d, now - s.idle.since, s.idle, 'idle');
};

const uncount = (s: EngineState, d: Draft, amount: number): void => {
  for (const kind of enabledKinds(d.cfg)) s.active[kind] = Math.max(s.active[kind] - amount, Math.min(s.active[kind], 0));
};

/** Locked or suspended: time stops counting and any notice is withdrawn. */
export const goAway = (d: Draft, how: 'lock' | 'suspend'): void => {
  accrueTo(d, d.now);
  if (how === 'lock') d.s.locked = true;
  else d.s.suspended = true;
  d.s.awaySince ??= d.now;
  d.s.idle = null;
  withdrawNotice(d, 'away');
};

/** Back from lock or sleep (or from a silence the engine did not hear about). */
export const comeBack = (d: Draft, how: 'unlock' | 'resume' | 'gap'): void => {
  const { s, now, cfg } = d;
  if (how === 'unlock') s.locked = false;
  if (how === 'resume') s.suspended = false;
  if (s.locked || s.suspended) return;
  const since = s.awaySince ?? now;
  s.awaySince = null;
  s.lastAt = now;
  creditAbsence(d, Math.max(0, now - since), { credited: [], reset: false }, 'away');
  s.holdUntil = Math.max(s.holdUntil, now + ms.wakeGrace(cfg));
};
