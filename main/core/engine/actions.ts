import { tomorrowMorning } from '../time/working-hours';
import { anotherTechnique, closeBreak, holdBreak, openBreak, withdrawNotice } from './breaks';
import { type Draft, enabledKinds, ms, restartCycles } from './draft';
import { keepWaiting } from './quiet-cap';
import { nextBreak } from './schedule';
import type { BreakKind, UserAction } from './types';

const ignore = (d: Draft, action: string, reason: string): void => {
  d.effects.push({ type: 'ignored', at: d.now, action, reason });
};

/** The break a user action is about: the open break, else the notice, else the next break. */
const currentKind = (d: Draft): BreakKind | null => {
  const p = d.s.phase;
  if (p.name !== 'working') return p.kind;
  return nextBreak(d.s, d.cfg)?.kind ?? null;
};

const snooze = (d: Draft, minutes: number | undefined): void => {
  const { s, cfg, now } = d;
  const cap = cfg.settings.snooze.maxInARow;
  if (s.snoozesInARow >= cap) {
    d.effects.push({ type: 'snooze-refused', at: now, reason: `already snoozed ${s.snoozesInARow} times in a row (limit ${cap})` });
    return;
  }
  const kind = currentKind(d);
  if (!kind) return ignore(d, 'snooze', 'no break is enabled');
  const delay = (minutes ?? cfg.settings.snooze.defaultMinutes) * 60_000;
  // An open break comes back `delay` from now, even one started early (issue 13: counting the
  // delay from its early start pushed the next break to a whole interval and more). Otherwise the
  // break is pushed back by `delay` of active time. No other break is ever brought earlier.
  const open = s.phase.name === 'break' && s.phase.kind === kind;
  for (const other of enabledKinds(cfg)) {
    const interval = ms.interval(cfg, other);
    if (other !== kind) s.active[other] = Math.min(s.active[other], interval - delay);
    else s.active[other] = open ? interval - delay : Math.min(s.active[other], interval) - delay;
  }
  if (s.phase.name === 'break') closeBreak(d, 'snoozed');
  else withdrawNotice(d, 'snoozed');
  s.snoozesInARow += 1;
  d.effects.push({ type: 'snoozed', at: now, kind, minutes: delay / 60_000 });
};

const skip = (d: Draft): void => {
  const { s, cfg, now } = d;
  if (s.phase.name === 'break') return closeBreak(d, 'skipped');
  const kind = currentKind(d);
  if (!kind) return ignore(d, 'skip', 'no break is enabled');
  const hadNotice = s.phase.name !== 'working';
  withdrawNotice(d, 'skipped');
  restartCycles(d, kind);
  s.snoozesInARow = 0;
  if (hadNotice) s.holdUntil = Math.max(s.holdUntil, now + ms.minGap(cfg));
  d.effects.push({ type: 'skipped', at: now, kind });
};

/**
 * How long a dismissed notice stays away (wall clock): the break is offered again after it by the
 * normal rules. Five minutes is the shortest snooze choice: long enough to finish a thought, short
 * enough that "not now" does not quietly become "not today"; nothing counts towards the snooze cap.
 */
export const DISMISS_REOFFER_MS = 5 * 60_000;

const dismissNotice = (d: Draft): void => {
  const { s, now } = d;
  if (s.phase.name !== 'notice' && s.phase.name !== 'gentle') return ignore(d, 'dismiss-notice', 'no notice is open');
  withdrawNotice(d, 'dismissed');
  s.holdUntil = Math.max(s.holdUntil, now + DISMISS_REOFFER_MS);
};

const startNow = (d: Draft, kind: BreakKind | undefined): void => {
  const { s } = d;
  if (s.locked || s.suspended) return ignore(d, 'start-now', 'the screen is locked');
  if (s.phase.name === 'break') return ignore(d, 'start-now', 'a break is already open');
  const chosen = kind ?? currentKind(d) ?? 'posture';
  withdrawNotice(d, 'started');
  openBreak(d, chosen);
};

const pause = (d: Draft, action: Extract<UserAction, { action: 'pause' }>): void => {
  const { s, cfg, now } = d;
  let until: number | null = null;
  let anchored = false;
  if (action.minutes !== undefined) until = now + action.minutes * 60_000;
  else if (action.until === 'tomorrow') {
    until = tomorrowMorning(cfg.settings.workingHours, now, cfg.timeZone);
    anchored = true;
  }
  if (s.phase.name === 'break') closeBreak(d, 'skipped');
  withdrawNotice(d, 'paused');
  s.pause = { until, anchored };
  d.effects.push({ type: 'paused', at: now, until });
};

/** Ends a pause (by the user or when its time is up); the wake grace applies. */
export const endPause = (d: Draft): void => {
  if (!d.s.pause) return;
  d.s.pause = null;
  d.s.holdUntil = Math.max(d.s.holdUntil, d.now + ms.wakeGrace(d.cfg));
  d.effects.push({ type: 'resumed', at: d.now });
};

/** Applies a user's action to whatever is current. */
export const applyUserAction = (d: Draft, action: UserAction): void => {
  switch (action.action) {
    case 'snooze':
      return snooze(d, action.minutes);
    case 'skip':
      return skip(d);
    case 'done':
      return d.s.phase.name === 'break' ? closeBreak(d, 'done') : ignore(d, 'done', 'no break is open');
    case 'start-now':
      return startNow(d, action.kind);
    case 'pause':
      return pause(d, action);
    case 'resume':
      return d.s.pause ? endPause(d) : ignore(d, 'resume', 'not paused');
    case 'another':
      return d.s.phase.name === 'break' ? anotherTechnique(d) : ignore(d, 'another', 'no break is open');
    case 'hold-break':
    case 'release-break':
      return d.s.phase.name === 'break' ? holdBreak(d, action.action === 'hold-break') : ignore(d, action.action, 'no break is open');
    case 'keep-waiting':
      return keepWaiting(d);
    case 'dismiss-notice':
      return dismissNotice(d);
  }
};
