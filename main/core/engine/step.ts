import { isWorkingTime } from '../time/working-hours';
import { applyUserAction, endPause } from './actions';
import { breakDue, closeBreak, withdrawNotice } from './breaks';
import { type Draft, cloneState, enabledKinds, ms, perKind } from './draft';
import { accrueTo, comeBack, goAway, MAX_GAP_MS, sampleIdle, shiftInstants } from './presence';
import { applyQuiet, forgetHeldBackIfNotDue, heldBackDeadline, tellIfHeldTooLong } from './quiet-cap';
import { blockedBy, idleWatch, MAX_HOLD_MS, nextWake, plannedStart } from './schedule';
import type { EngineConfig, EngineEvent, EngineState, StepResult } from './types';

/** A fresh engine: every cycle starts now. */
export const initialState = (now: number, cfg: EngineConfig): EngineState => ({
  version: 1,
  lastAt: now,
  active: perKind(0),
  phase: { name: 'working' },
  snoozesInARow: 0,
  holdUntil: now,
  pause: null,
  locked: false,
  suspended: false,
  awaySince: null,
  quiet: [],
  idle: null,
  inWorkingHours: isWorkingTime(cfg.settings.workingHours, now, cfg.timeZone),
  lastTechnique: perKind<string | null>(null),
  rotation: perKind(-1),
  calendar: [],
});

/** Handles the wall clock moving: reported jumps, unreported backward steps, and silences. */
const followClock = (d: Draft, event: EngineEvent): void => {
  const { s } = d;
  if (event.type === 'clock-jump') {
    accrueTo(d, Math.max(s.lastAt, event.from));
    shiftInstants(s, event.now - s.lastAt);
    return;
  }
  if (d.now < s.lastAt) {
    shiftInstants(s, d.now - s.lastAt);
    return;
  }
  const away = s.locked || s.suspended;
  if (!away && d.now - s.lastAt > MAX_GAP_MS) {
    // Timers fire at least every minute while present, so a long silence was sleep or a crash.
    s.awaySince = s.lastAt;
    comeBack(d, 'gap');
  }
};

const handle = (d: Draft, event: EngineEvent): number | undefined => {
  const { s } = d;
  switch (event.type) {
    case 'tick':
      if (event.idleSeconds !== undefined && !s.locked && !s.suspended) {
        sampleIdle(d, event.idleSeconds);
        return event.idleSeconds;
      }
      accrueTo(d, d.now);
      return undefined;
    case 'start':
      accrueTo(d, d.now);
      // Quiet lives in the shell (detectors, meeting mode), which starts from nothing and reports
      // again; a reason saved by the last run would otherwise hold every break with nobody to end it.
      s.quiet = [];
      delete s.ownQuiet;
      if (s.phase.name === 'notice' || s.phase.name === 'gentle') s.phase = { name: 'working' };
      if (s.phase.name === 'break' && d.now < s.phase.endsAt) {
        const { kind, technique, endsAt } = s.phase;
        d.effects.push({ type: 'break-open', at: d.now, kind, technique, endsAt, restored: true });
      }
      return undefined;
    case 'lock':
    case 'suspend':
      goAway(d, event.type);
      return undefined;
    case 'unlock':
    case 'resume':
      comeBack(d, event.type);
      return undefined;
    case 'quiet': {
      accrueTo(d, d.now);
      const wasQuiet = s.quiet.length > 0;
      applyQuiet(s, event);
      if (wasQuiet && s.quiet.length === 0) s.holdUntil = Math.max(s.holdUntil, d.now + ms.quietGrace(d.cfg));
      return undefined;
    }
    case 'user':
      accrueTo(d, d.now);
      s.idle = null;
      applyUserAction(d, event);
      return 0;
    case 'calendar':
      accrueTo(d, d.now);
      s.calendar = event.events.filter((e) => Number.isFinite(e.start) && Number.isFinite(e.end) && e.end > d.now).slice(0, 500);
      return undefined;
    case 'clock-jump':
    case 'settings':
      accrueTo(d, d.now);
      return undefined;
  }
};

/** Moves the phase along for the current time: pause expiry, working hours, notice, break. */
const settle = (d: Draft, idleSeconds: number | undefined): void => {
  const { s, cfg, now } = d;
  if (s.pause?.until != null && now >= s.pause.until) endPause(d);
  const inHours = isWorkingTime(cfg.settings.workingHours, now, cfg.timeZone);
  if (inHours !== s.inWorkingHours) {
    s.inWorkingHours = inHours;
    if (inHours) {
      for (const kind of enabledKinds(cfg)) s.active[kind] = 0;
      d.effects.push({ type: 'cycle-reset', at: now, reason: 'working-hours' });
    }
  }
  if (s.phase.name === 'break') {
    const held = s.phase.heldAt;
    if (held == null && now >= s.phase.endsAt) closeBreak(d, 'completed');
    else if (held != null && now >= held + MAX_HOLD_MS) closeBreak(d, 'skipped');
  }
  forgetHeldBackIfNotDue(d);
  const blocked = blockedBy(s, cfg, now);
  if (blocked && (s.phase.name === 'notice' || s.phase.name === 'gentle')) withdrawNotice(d, blocked);
  if (blocked) return tellIfHeldTooLong(d);
  if (s.phase.name === 'working') {
    const planned = plannedStart(d);
    if (planned && now >= planned.at - ms.notice(cfg)) {
      if (now < planned.at) {
        s.phase = { name: 'notice', kind: planned.kind, startsAt: planned.at };
        d.effects.push({ type: 'notice', at: now, kind: planned.kind, startsAt: planned.at });
        return;
      }
      return breakDue(d, planned.kind, idleSeconds);
    }
  }
  if (s.phase.name === 'notice' && now >= s.phase.startsAt) return breakDue(d, s.phase.kind, idleSeconds);
  if (s.phase.name === 'gentle') {
    const { kind, deadline } = s.phase;
    const paused = idleSeconds !== undefined && idleSeconds >= cfg.settings.gentleStart.pauseSeconds;
    if (paused || now >= deadline) return breakDue(d, kind, Number.POSITIVE_INFINITY);
  }
};

/**
 * The engine: given its state and something that happened, the next state and what the shell
 * must do. Pure: the clock is the event's `now`, never read here.
 */
export const step = (state: EngineState, event: EngineEvent, cfg: EngineConfig): StepResult => {
  const d: Draft = { s: cloneState(state), cfg, now: event.now, effects: [] };
  if (!Number.isFinite(event.now)) {
    return { state, effects: [{ type: 'ignored', at: state.lastAt, action: event.type, reason: 'the event has no valid time' }] };
  }
  followClock(d, event);
  const idleSeconds = handle(d, event);
  settle(d, idleSeconds);
  d.s.lastAt = Math.max(d.s.lastAt, d.now);
  const at = Math.min(nextWake(d), heldBackDeadline(d) ?? Number.POSITIVE_INFINITY);
  const watch = idleWatch(d.s, cfg);
  d.effects.push({ type: 'arm-timer', at, ...(watch !== undefined && { watchIdleSeconds: watch }) });
  return { state: d.s, effects: d.effects };
};
