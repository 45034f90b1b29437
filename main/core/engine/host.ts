import { holdIdleWatch, type IdleWatchFn } from './idle-watch';
import { describeStatus, type EngineStatus } from './status';
import { initialState, step } from './step';
import type { EngineConfig, EngineEffect, EngineEvent, EngineState } from './types';

/** A wall-clock step larger than this, beyond what elapsed time explains, is a clock jump. */
const JUMP_TOLERANCE_MS = 10_000;

/** How long a tick waits for an asynchronous idle read before it goes on without one (ms). */
export const IDLE_READ_TIMEOUT_MS = 2500;

/** What the engine host needs from the outside world; all injectable so tests use a fake clock. */
export interface EngineHostDeps {
  config: () => EngineConfig;
  /** Wall clock, ms since epoch. */
  now: () => number;
  /** Elapsed time that clock changes do not move, ms. */
  monotonic: () => number;
  /** Seconds since the last keyboard or mouse input (a promise where the OS answers asynchronously, as D-Bus does). */
  idleSeconds: () => number | Promise<number>;
  /**
   * The platform's idle watch (Mutter, Wayland idle notifications), for gentle start's pause.
   * Absent (Electron's powerMonitor has none): the host samples idleSeconds every few seconds.
   */
  watchIdle?: IdleWatchFn;
  /** Also bounds the idle read (IDLE_READ_TIMEOUT_MS), so a hung desktop service cannot stop the schedule. */
  setTimer: (delayMs: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
  /** The saved state, or null. */
  load: () => EngineState | null;
  save: (state: EngineState) => void;
}

/** What subscribers hear: every effect, then the new status. */
export type EngineListener = (effect: EngineEffect, status: EngineStatus) => void;

/** An event without its timestamp: the host stamps it. */
export type HostEvent = EngineEvent extends infer E ? (E extends { now: number } ? Omit<E, 'now'> : never) : never;

/**
 * Runs the pure engine in the shell: stamps events with the clock, detects clock jumps, arms
 * exactly one timer for the engine's next deadline, and tells subscribers what happened.
 */
export class EngineHost {
  private state: EngineState;
  private timer: unknown = null;
  private readonly listeners = new Set<EngineListener>();
  private lastWall: number;
  private lastMono: number;
  /** An asynchronous idle read is in flight: a tick never starts a second one beside it. */
  private reading = false;
  /** The pending idle read's guard timer and its generation, so stop() can drop a late answer. */
  private readGuard: unknown = null;
  private generation = 0;
  /** The idle watch the engine asked for (gentle start), with its cancel. */
  private watch: { seconds: number; cancel: () => void } | null = null;
  /** The idle time the last tick read, so a fallback watch's first sample is not early. */
  private lastIdle = 0;
  /** Wake-ups since start (timer callbacks, idle-watch events, fallback idle samples): the figure the benchmark reads. */
  wakeUps = 0;

  constructor(private readonly deps: EngineHostDeps) {
    this.lastWall = deps.now();
    this.lastMono = deps.monotonic();
    this.state = deps.load() ?? initialState(this.lastWall, deps.config());
  }

  /** Starts (or restores) the schedule. */
  start(): void {
    this.dispatch({ type: 'start' });
  }

  /** Feeds one event to the engine. */
  dispatch(event: HostEvent): void {
    const now = this.deps.now();
    const mono = this.deps.monotonic();
    const expected = this.lastWall + (mono - this.lastMono);
    const away = this.state.suspended || event.type === 'resume';
    if (!away && event.type !== 'start' && Math.abs(now - expected) > JUMP_TOLERANCE_MS) {
      this.apply({ type: 'clock-jump', from: expected, now });
    }
    this.lastWall = now;
    this.lastMono = mono;
    this.apply({ ...event, now } as EngineEvent);
  }

  /** The tray's view of the engine right now. */
  status(): EngineStatus {
    return describeStatus(this.state, this.deps.config(), this.deps.now());
  }

  /** The current state; each step makes a new one, so callers read it and never change it. */
  snapshot(): EngineState {
    return this.state;
  }

  /** Subscribes to effects; returns the unsubscribe function. */
  on(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many subscribers are listening (the leak test watches it stay flat). */
  listenerCount(): number {
    return this.listeners.size;
  }

  /** Cancels the pending timer. */
  stop(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
    if (this.readGuard !== null) this.deps.clearTimer(this.readGuard);
    this.readGuard = null;
    this.generation += 1;
    this.holdWatch(undefined);
  }

  private apply(event: EngineEvent): void {
    const result = step(this.state, event, this.deps.config());
    this.state = result.state;
    this.deps.save(this.state);
    const status = this.status();
    for (const effect of result.effects) {
      if (effect.type === 'arm-timer') {
        this.arm(effect.at);
        this.holdWatch(effect.watchIdleSeconds);
      }
      for (const listener of [...this.listeners]) listener(effect, status);
    }
  }

  private arm(at: number): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    const delay = Math.max(0, at - this.deps.now());
    this.timer = this.deps.setTimer(delay, () => {
      this.timer = null;
      this.wakeUps += 1;
      this.tick();
    });
  }

  /** Keeps the idle watch the engine asked for: a new one when the seconds change, none when it asks for none. */
  private holdWatch(seconds: number | undefined): void {
    if (this.watch?.seconds === seconds) return;
    this.watch?.cancel();
    this.watch = null;
    if (seconds === undefined) return;
    const watch = { seconds, cancel: () => undefined as void };
    this.watch = watch;
    watch.cancel = holdIdleWatch(
      {
        watchIdle: this.deps.watchIdle,
        setTimer: this.deps.setTimer,
        clearTimer: this.deps.clearTimer,
        readIdle: (done) => this.readIdle(done),
        woke: () => void (this.wakeUps += 1),
      },
      seconds,
      this.lastIdle,
      (idleSeconds) => {
        // Fired once; the engine's answer decides whether another watch is wanted.
        if (this.watch === watch) this.watch = null;
        this.dispatch({ type: 'tick', idleSeconds });
      },
    );
  }

  /** Reads idle time and ticks. The next timer is armed only by a tick. */
  private tick(): void {
    this.readIdle((seconds) => {
      if (seconds !== undefined) this.lastIdle = seconds;
      this.dispatch(seconds === undefined ? { type: 'tick' } : { type: 'tick', idleSeconds: seconds });
    });
  }

  /**
   * One idle read, bounded: an asynchronous read (D-Bus, Wayland) that has not answered in time
   * gives undefined (idle unknown). While one read hangs, no second read starts beside it on the
   * same service.
   */
  private readIdle(done: (seconds?: number) => void): void {
    if (this.reading) return done();
    let idle: number | Promise<number>;
    try {
      idle = this.deps.idleSeconds();
    } catch {
      return done();
    }
    if (typeof idle === 'number') return done(idle);
    this.reading = true;
    const generation = this.generation;
    let answered = false;
    const finish = (seconds?: number) => {
      if (answered || generation !== this.generation) return;
      answered = true;
      if (this.readGuard !== null) this.deps.clearTimer(this.readGuard);
      this.readGuard = null;
      done(seconds);
    };
    this.readGuard = this.deps.setTimer(IDLE_READ_TIMEOUT_MS, () => {
      this.readGuard = null;
      finish();
    });
    idle.then(
      (seconds) => {
        this.reading = false;
        finish(seconds);
      },
      () => {
        this.reading = false;
        finish();
      },
    );
  }
}
