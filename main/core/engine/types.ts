import type { Settings } from '../settings/schema';

/**
 * Every kind of break, the original two first (menus and settings list them in this order; the
 * engine orders them by interval itself, draft.ts enabledKinds). Eyes and stand are off by default.
 */
export const BREAK_KINDS = ['posture', 'stress', 'eyes', 'stand'] as const;
/** One kind of break. */
export type BreakKind = (typeof BREAK_KINDS)[number];

/** How an opened break ended. */
export type BreakOutcome = 'completed' | 'skipped' | 'snoozed' | 'done';

/** What the user asked for, from the tray, a notice, the window or the command line. */
export type UserAction =
  | { action: 'snooze'; minutes?: number }
  | { action: 'skip' }
  | { action: 'done' }
  | { action: 'start-now'; kind?: BreakKind }
  | { action: 'pause'; minutes?: number; until?: 'tomorrow' | 'resumed' }
  | { action: 'resume' }
  | { action: 'another' }
  | { action: 'hold-break' }
  | { action: 'release-break' }
  /** The person read the held-back notice and lets the detectors keep holding the break. */
  | { action: 'keep-waiting' }
  /** Closes the notice without a snooze: the break comes again later (DISMISS_REOFFER_MS in actions.ts), no snooze is counted. */
  | { action: 'dismiss-notice' };

/** Who said "not now": an automatic detector (capped), or the person's own word (meeting mode, calendar; never capped). */
export type QuietSource = 'detector' | 'meeting' | 'calendar';

/** Something that happened, stamped with the wall clock (ms since epoch) at which it happened. */
export type EngineEvent =
  | { type: 'start'; now: number }
  | { type: 'tick'; now: number; idleSeconds?: number }
  | { type: 'lock' | 'unlock' | 'suspend' | 'resume'; now: number }
  | { type: 'quiet'; now: number; on: boolean; reason: string; by?: QuietSource }
  | { type: 'clock-jump'; now: number; from: number }
  | { type: 'calendar'; now: number; events: CalendarEvent[] }
  | { type: 'settings'; now: number }
  | ({ type: 'user'; now: number } & UserAction);

/** A busy calendar event (instants in ms); all-day and free events are left out by the reader. */
export interface CalendarEvent {
  start: number;
  end: number;
}

/** What the shell must do (or record) because of an event. */
export type EngineEffect =
  /**
   * Wake the engine at `at`, or sooner with a tick carrying `idleSeconds: watchIdleSeconds` as soon
   * as the person has been idle that long (gentle start's pause). No field: no idle watch wanted.
   */
  | { type: 'arm-timer'; at: number; watchIdleSeconds?: number }
  | { type: 'notice'; at: number; kind: BreakKind; startsAt: number }
  | { type: 'notice-close'; at: number; kind: BreakKind; reason: string }
  | { type: 'break-open'; at: number; kind: BreakKind; technique: string; endsAt: number; restored?: boolean }
  | { type: 'break-close'; at: number; kind: BreakKind; outcome: BreakOutcome }
  | { type: 'break-change'; at: number; kind: BreakKind; technique: string; endsAt: number; heldAt: number | null }
  | { type: 'natural-break'; at: number; kind: BreakKind }
  | { type: 'snoozed'; at: number; kind: BreakKind; minutes: number }
  | { type: 'snooze-refused'; at: number; reason: string }
  | { type: 'skipped'; at: number; kind: BreakKind }
  | { type: 'paused'; at: number; until: number | null }
  | { type: 'resumed'; at: number }
  | { type: 'cycle-reset'; at: number; reason: 'idle' | 'away' | 'working-hours' }
  | { type: 'ignored'; at: number; action: string; reason: string }
  /** Automatic detectors have held a due break back this long: tell the person why and let them decide. */
  | { type: 'held-back'; at: number; kind: BreakKind; reasons: string[]; heldMinutes: number };

/** Where the engine is in its cycle. */
export type Phase =
  | { name: 'working' }
  | { name: 'notice'; kind: BreakKind; startsAt: number }
  /** Due, waiting for a pause in typing: the shell watches idle (see arm-timer) until `deadline`. */
  | { name: 'gentle'; kind: BreakKind; deadline: number }
  | {
      name: 'break';
      kind: BreakKind;
      technique: string;
      startedAt: number;
      endsAt: number;
      /** When the user paused the guidance (the break does not end while held), and time held so far. */
      heldAt?: number | null;
      heldMs?: number;
    };

/** The engine's whole memory: plain JSON, saved by the shell so a restart keeps the schedule. */
export interface EngineState {
  version: 1;
  /** Wall clock of the last event processed. */
  lastAt: number;
  /** Active time (ms) counted towards each kind since its last break; negative after a snooze. */
  active: Record<BreakKind, number>;
  phase: Phase;
  snoozesInARow: number;
  /** No notice or break opens before this instant (wake grace, quiet grace, gap after a break). */
  holdUntil: number;
  /** Pause: null when not paused; `until` null means until resumed. */
  pause: { until: number | null; anchored: boolean } | null;
  locked: boolean;
  suspended: boolean;
  awaySince: number | null;
  quiet: string[];
  /** The quiet reasons that are the person's own word (meeting mode, a calendar): never capped. Absent in older saves. */
  ownQuiet?: string[];
  /**
   * Active time (ms) automatic detectors have held the due break back, and the held time at which
   * the person is next told (the quiet cap). Absent while no break is being held.
   */
  heldBack?: { ms: number; nextNoticeAt: number };
  /** Start of the idle stretch seen by the last idle sample, with what it has already earned. */
  idle: { since: number; credited: BreakKind[]; reset: boolean } | null;
  inWorkingHours: boolean;
  lastTechnique: Record<BreakKind, string | null>;
  /** Upcoming busy calendar events: quiet while they run, and a break due inside one comes before it. */
  calendar?: CalendarEvent[];
  /** Position in each kind's technique rotation. */
  rotation: Record<BreakKind, number>;
}

/** A technique as the engine sees it: an id and the kinds of break it suits. */
export interface TechniqueRef {
  id: string;
  kinds: readonly BreakKind[];
  /**
   * How strongly the rotation prefers it (default 1): turns per round grow with it in half steps
   * (rotation.ts). Set from the body self-check and feedback by the routine.
   */
  weight?: number;
}

/** Everything the engine reads but does not own. */
export interface EngineConfig {
  settings: Settings;
  timeZone: string;
  techniques: readonly TechniqueRef[];
  /**
   * A technique the shell would rather the next break of a kind used (posture sensing's pick for
   * what the camera saw, issue 14), or null. Only honoured when it is in that kind's rotation and
   * not the one just done; absent in simulations, so traces replay the same.
   */
  preferTechnique?: (kind: BreakKind, last: string | null) => string | null;
}

/** The result of one step. */
export interface StepResult {
  state: EngineState;
  effects: EngineEffect[];
}
