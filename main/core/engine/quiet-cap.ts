import { type Draft, ms } from './draft';
import { eventAt, isCounting, nextBreak } from './schedule';
import type { EngineConfig, EngineEvent, EngineState } from './types';

/*
 * The quiet cap: an automatic detector (do-not-disturb, full screen, a call) may delay a break but
 * never silence the day. Once detectors have held a due break back for the cap (default 90 min)
 * of active time, the person is told why and decides; meeting mode and calendar events are their
 * own word and never count.
 */

/** The quiet reasons set by automatic detectors (everything not marked as the person's own word). */
export const detectorReasons = (s: EngineState): string[] => s.quiet.filter((reason) => !(s.ownQuiet ?? []).includes(reason));

/** Whether automatic detectors, and nothing the person chose, are what holds breaks back at `at`. */
export const heldByDetectors = (s: EngineState, cfg: EngineConfig, at: number): boolean => {
  const detectors = detectorReasons(s);
  return detectors.length > 0 && detectors.length === s.quiet.length && !eventAt(s, cfg, at) && isCounting(s);
};

/** Records a quiet on/off, remembering which reasons are the person's own word. */
export const applyQuiet = (s: EngineState, event: Extract<EngineEvent, { type: 'quiet' }>): void => {
  const own = (s.ownQuiet ?? []).filter((reason) => reason !== event.reason);
  s.quiet = event.on ? [...new Set([...s.quiet, event.reason])] : s.quiet.filter((reason) => reason !== event.reason);
  if (event.on && (event.by === 'meeting' || event.by === 'calendar')) own.push(event.reason);
  if (own.length > 0) s.ownQuiet = own;
  else delete s.ownQuiet;
};

/**
 * Counts the part of an accrued active span (already added to `s.active`) during which the due
 * break was held back by detectors alone. `remainingBefore` is the active time the next break
 * still needed when the span began, so only the time after it came due counts.
 */
export const countHeldBack = (d: Draft, span: number, remainingBefore: number | null): void => {
  const { s, cfg } = d;
  if (remainingBefore === null || span <= remainingBefore || !heldByDetectors(s, cfg, s.lastAt)) return;
  const held = span - remainingBefore;
  const before = s.heldBack ?? { ms: 0, nextNoticeAt: ms.detectorCap(cfg) };
  s.heldBack = { ms: before.ms + held, nextNoticeAt: before.nextNoticeAt };
};

/** Forgets the held time once no break is due any more (taken, snoozed, earned naturally, reset). */
export const forgetHeldBackIfNotDue = (d: Draft): void => {
  if (!d.s.heldBack) return;
  const next = nextBreak(d.s, d.cfg);
  if (!next || next.remaining > 0) delete d.s.heldBack;
};

/** When the held time will reach the next notice if detectors keep holding (for the timer), or null. */
export const heldBackDeadline = (d: Draft): number | null => {
  const held = d.s.heldBack;
  if (!held || held.ms >= held.nextNoticeAt || d.s.idle || !heldByDetectors(d.s, d.cfg, d.now)) return null;
  return d.now + (held.nextNoticeAt - held.ms);
};

/** Tells the person, once per cap of held time, that detectors are holding their break back. */
export const tellIfHeldTooLong = (d: Draft): void => {
  const { s, cfg, now } = d;
  const held = s.heldBack;
  if (!held || held.ms < held.nextNoticeAt || !heldByDetectors(s, cfg, now)) return;
  const next = nextBreak(s, cfg);
  if (!next) return;
  // The next notice is a whole cap of held time away, so a burst is impossible.
  held.nextNoticeAt = held.ms + ms.detectorCap(cfg);
  d.effects.push({ type: 'held-back', at: now, kind: next.kind, reasons: detectorReasons(s), heldMinutes: Math.floor(held.ms / 60_000) });
};

/** The person chose "Keep waiting": the next held-back notice comes no sooner than another cap of held time. */
export const keepWaiting = (d: Draft): void => {
  const held = d.s.heldBack;
  if (!held) {
    d.effects.push({ type: 'ignored', at: d.now, action: 'keep-waiting', reason: 'no break is being held back' });
    return;
  }
  held.nextNoticeAt = held.ms + ms.detectorCap(d.cfg);
};
