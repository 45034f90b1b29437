import { isWorkingTime, nextWorkingBoundary } from '../time/working-hours';
import { enabledKinds, ms, type Draft } from './draft';
import type { BreakKind, EngineConfig, EngineState } from './types';

/** The break that comes next and how much active time remains until it is due (ms, ≥ 0). */
export const nextBreak = (
  s: EngineState,
  cfg: EngineConfig,
): { kind: BreakKind; remaining: number } | null => {
  const kinds = enabledKinds(cfg);
  if (kinds.length === 0) return null;
  const remaining = (kind: BreakKind) => Math.max(0, ms.interval(cfg, kind) - s.active[kind]);
  const soonest = kinds.reduce((best, kind) => (remaining(kind) < remaining(best) ? kind : best));
  // A longer break due soon after this one is taken in its place, so two never come back to back.
  let choice = soonest;
  for (const kind of kinds) {
    const longer = ms.duration(cfg, kind) > ms.duration(cfg, choice);
    if (longer && remaining(kind) <= remaining(soonest) + ms.minGap(cfg)) choice = kind;
  }
  return { kind: choice, remaining: remaining(soonest) };
};

/** The calendar event under way at `at`, counting the grace after it ends. */
export const eventAt = (s: EngineState, cfg: EngineConfig, at: number) =>
  (s.calendar ?? []).find((e) => at >= e.start && at < e.end + ms.quietGrace(cfg));

/** Why no break may come right now, or null when one may. */
export const blockedBy = (s: EngineState, cfg: EngineConfig, at: number): string | null => {
  if (s.locked || s.suspended) return 'away';
  if (s.pause) return 'paused';
  if (s.quiet.length > 0) return `quiet: ${s.quiet[0]}`;
  if (eventAt(s, cfg, at)) return 'quiet: in a calendar event';
  if (!isWorkingTime(cfg.settings.workingHours, at, cfg.timeZone)) return 'outside working hours';
  return null;
};

/** Whether active time is counting now. */
export const isCounting = (s: EngineState): boolean =>
  !s.locked && !s.suspended && !s.pause && s.inWorkingHours && s.phase.name !== 'break';

/** The wall-clock instant the next break would open if the user keeps working. */
export const plannedStart = (d: Draft): { kind: BreakKind; at: number } | null => {
  const { s, cfg, now } = d;
  const next = nextBreak(s, cfg);
  if (!next) return null;
  const at = Math.max(now + next.remaining, s.holdUntil);
  // A break that would fall inside a calendar event comes in the free minutes before it, once at
  // least half the interval has been worked; otherwise it waits until the event (and its grace) ends.
  const duration = ms.duration(cfg, next.kind);
  const clash = (s.calendar ?? []).find((e) => at + duration > e.start && at < e.end + ms.quietGrace(cfg));
  if (clash && s.active[next.kind] >= ms.interval(cfg, next.kind) / 2) {
    const before = clash.start - duration;
    if (before >= Math.max(now, s.holdUntil) && !eventAt(s, cfg, before)) return { kind: next.kind, at: before };
  }
  return { kind: next.kind, at };
};

/** A break held longer than this is skipped, so a forgotten window cannot stop every later break. */
export const MAX_HOLD_MS = 10 * 60_000;

const MINUTE_MS = 60_000;
/** Half a minute: a wake this close before a minute boundary already refreshed the tray for it. */
const SHARED_REFRESH_MS = 30_000;
/** The longest the engine sleeps while someone is there: under MAX_GAP_MS in presence.ts, so a silence past it is still sleep. */
export const MAX_PRESENT_SLEEP_MS = 2 * MINUTE_MS;

const nextMinute = (now: number) => Math.floor(now / MINUTE_MS) * MINUTE_MS + MINUTE_MS;

/**
 * The tray's minute tick, which also takes the minute's idle sample. A wake for something else
 * (a notice, a break closing) in the second half of a minute has just refreshed the tray and
 * sampled idle, so the boundary right after it is skipped: one wake serves both.
 */
const minuteTick = (now: number) => nextMinute(now + SHARED_REFRESH_MS - 1);

/** The next instant the engine needs to be woken: the earliest of every pending deadline. */
export const nextWake = (d: Draft): number => {
  const { s, cfg, now } = d;
  const candidates: number[] = [];
  const away = s.locked || s.suspended;
  // The countdown and idle sampling need the minute tick only while working; a notice, a gentle
  // start and a break show a fixed label and wake for their own deadlines.
  if (!away && s.phase.name === 'working') candidates.push(minuteTick(now));
  else if (!away) candidates.push(now + MAX_PRESENT_SLEEP_MS);
  const boundary = nextWorkingBoundary(cfg.settings.workingHours, now, cfg.timeZone);
  if (boundary !== null) candidates.push(boundary);
  if (s.pause?.until != null) candidates.push(s.pause.until);
  for (const e of s.calendar ?? []) candidates.push(e.start, e.end + ms.quietGrace(cfg));
  switch (s.phase.name) {
    case 'notice':
      candidates.push(s.phase.startsAt);
      break;
    case 'gentle':
      candidates.push(Math.min(s.phase.nextSampleAt, s.phase.deadline));
      break;
    case 'break':
      candidates.push(s.phase.heldAt != null ? s.phase.heldAt + MAX_HOLD_MS : s.phase.endsAt);
      break;
    case 'working': {
      const planned = !away && !s.pause ? plannedStart(d) : null;
      if (planned) {
        candidates.push(planned.at - ms.notice(cfg), planned.at);
      }
      if (s.idle && !away) {
        for (const kind of enabledKinds(cfg)) {
          if (!s.idle.credited.includes(kind)) candidates.push(s.idle.since + ms.duration(cfg, kind));
        }
        if (!s.idle.reset) candidates.push(s.idle.since + ms.idleReset(cfg));
      }
      break;
    }
  }
  const future = candidates.filter((at) => Number.isFinite(at) && at > now);
  if (future.length > 0) return Math.min(...future);
  // Away with nothing pending: unlock or resume will wake the engine; an hourly check is the safety net.
  return away ? now + 60 * 60_000 : nextMinute(now);
};
