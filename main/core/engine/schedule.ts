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
  // A longer break due soon after this one is taken in its place, so two never come back to back;
  // of several, the longest. "Soon" is the minimum gap, and at most a quarter of the longer kind's
  // own interval: otherwise a frequent short kind (eyes every 20 min) would pull a 30-minute posture
  // break forward to every 20 minutes and never come itself.
  let choice = soonest;
  for (const kind of kinds) {
    const longer = ms.duration(cfg, kind) > ms.duration(cfg, choice);
    const early = Math.min(ms.minGap(cfg), ms.interval(cfg, kind) / 4);
    if (longer && remaining(kind) <= remaining(soonest) + early) choice = kind;
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
 * The minute tick where no countdown shows (quiet, paused, outside hours), which also takes the
 * minute's idle sample. A wake in the second half of a minute has just sampled idle, so the
 * boundary right after it is skipped: one wake serves both.
 */
const minuteTick = (now: number) => nextMinute(now + SHARED_REFRESH_MS - 1);

/** The instant the tray's countdown ("Next posture break in N min") counts towards, or null when it shows none. */
export const countdownTarget = (s: EngineState, cfg: EngineConfig, now: number): number | null => {
  if (s.phase.name !== 'working' || blockedBy(s, cfg, now)) return null;
  const next = nextBreak(s, cfg);
  return next ? Math.max(now + next.remaining, s.holdUntil) : null;
};

/**
 * The next instant the countdown's whole minutes change (it reads ceil(left / 1 min)), or null
 * while it stands still. Ticking on these instants rather than on wall-clock minutes keeps the
 * label exact with one wake a minute, and lets a deadline inside the minute stand in for the tick.
 */
const countdownTick = (s: EngineState, cfg: EngineConfig, now: number): number | null => {
  if (!isCounting(s)) return null;
  const target = countdownTarget(s, cfg, now);
  if (target === null || target <= now) return null;
  // Idle time does not count, so a countdown to a break is frozen until the person is back: sample
  // by the minute. A countdown to the end of a hold (the gap after a break, the grace after quiet)
  // runs on the wall clock, idle or not, and keeps its ticks.
  if (s.idle && target !== s.holdUntil) return null;
  return target - (Math.ceil((target - now) / MINUTE_MS) - 1) * MINUTE_MS;
};

/** The idle watch the shell should hold: gentle start's pause, in seconds, while a due break waits for it. */
export const idleWatch = (s: EngineState, cfg: EngineConfig): number | undefined =>
  s.phase.name === 'gentle' && !s.locked && !s.suspended ? cfg.settings.gentleStart.pauseSeconds : undefined;

/**
 * The next instant the engine needs to be woken: the earliest pending deadline, or the tray's
 * tick. A deadline near the ticks stands in for one of them: the label is then at most one
 * minute behind for under a minute (never two), and a break's notice costs no extra wake.
 */
export const nextWake = (d: Draft): number => {
  const { s, cfg, now } = d;
  const candidates: number[] = [];
  const away = s.locked || s.suspended;
  let tick: number | null = null;
  // The countdown and idle sampling need the tick only while working; a notice, a gentle start
  // and a break show a fixed label and wake for their own deadlines.
  if (!away && s.phase.name === 'working') tick = countdownTick(s, cfg, now) ?? minuteTick(now);
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
      // The pause itself arrives through the idle watch (idleWatch); this is the wait's end.
      candidates.push(s.phase.deadline);
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
  const deadline = future.length > 0 ? Math.min(...future) : null;
  if (tick !== null && (deadline === null || deadline >= tick + 2 * MINUTE_MS)) return tick;
  // A deadline one to two minutes after the tick: skip the tick and keep the next one, the last
  // refresh before the deadline ("under a minute" before a notice, when the call probe asks).
  if (tick !== null && deadline !== null && deadline >= tick + MINUTE_MS) return tick + MINUTE_MS;
  if (tick !== null && deadline !== null && deadline > tick) return tick;
  if (deadline !== null) return deadline;
  // Away with nothing pending: unlock or resume will wake the engine; an hourly check is the safety net.
  return away ? now + 60 * 60_000 : nextMinute(now);
};
