import { describe, expect, it } from 'vitest';
import { engineStateSchema } from '../../main/core/engine/state-schema';
import { initialState, step } from '../../main/core/engine/step';
import type { EngineEffect, EngineEvent } from '../../main/core/engine/types';
import { configWith, MIN, minutesOf, SEC, simulateLines, T0 } from '../helpers/engine';

/** Posture breaks only (every 30 min), no gentle start: a break is due at minute 30. */
const ONLY_POSTURE = { gentleStart: { enabled: false }, breaks: { stress: { enabled: false } } };
type HeldBack = Extract<EngineEffect, { type: 'held-back' }>;
const heldBack = (effects: EngineEffect[]) => effects.filter((e): e is HeldBack => e.type === 'held-back');
const opens = (effects: EngineEffect[]) => effects.filter((e) => e.type === 'break-open');

describe('the quiet cap: a detector can delay a break, never silence the day', () => {
  it('tells the person once after 90 active minutes of a held-back break, then once per further 90 minutes', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 400, type: 'end' },
      ],
      ONLY_POSTURE,
    );
    const notices = heldBack(effects);
    // Due at 30, held by the call: told at 120, 210, 300, 390.
    expect(notices.map(minutesOf)).toEqual([120, 210, 300, 390]);
    expect(notices[0]).toMatchObject({ kind: 'posture', reasons: ['in a call'], heldMinutes: 90 });
    expect(notices.map((n) => n.heldMinutes)).toEqual([90, 180, 270, 360]);
    // A notice, not the break window: the break still waits while the detector holds.
    expect(opens(effects)).toEqual([]);
  });

  it('counts a detector quiet given without `by` (older traces) as a detector', () => {
    const { effects } = simulateLines([{ min: 0, type: 'quiet', on: true, reason: 'do not disturb' }, { min: 130, type: 'end' }], ONLY_POSTURE);
    expect(heldBack(effects).map(minutesOf)).toEqual([120]);
  });

  it('names every detector that holds the break', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call', by: 'detector' },
        { min: 6, type: 'quiet', on: true, reason: 'a full-screen app', by: 'detector' },
        { min: 125, type: 'end' },
      ],
      ONLY_POSTURE,
    );
    expect(heldBack(effects)).toEqual([expect.objectContaining({ reasons: ['in a call', 'a full-screen app'] })]);
  });

  it.each(['meeting', 'calendar'] as const)('never caps quiet that is the person’s own word (%s)', (by) => {
    const { effects } = simulateLines([{ min: 5, type: 'quiet', on: true, reason: 'meeting mode', by }, { min: 400, type: 'end' }], ONLY_POSTURE);
    expect(heldBack(effects)).toEqual([]);
    expect(opens(effects)).toEqual([]);
  });

  it('never caps while meeting mode holds too, even when a detector is also on', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 6, type: 'quiet', on: true, reason: 'meeting mode', by: 'meeting' },
        { min: 300, type: 'end' },
      ],
      ONLY_POSTURE,
    );
    expect(heldBack(effects)).toEqual([]);
  });

  it('never caps a calendar event, even with a detector on during it', () => {
    const cfg = configWith(ONLY_POSTURE);
    let state = initialState(T0, cfg);
    const effects: EngineEffect[] = [];
    const feed = (event: EngineEvent) => {
      const result = step(state, event, cfg);
      state = result.state;
      effects.push(...result.effects);
    };
    feed({ type: 'start', now: T0 });
    feed({ type: 'calendar', now: T0, events: [{ start: T0 + 20 * MIN, end: T0 + 300 * MIN }] });
    feed({ type: 'quiet', now: T0 + 25 * MIN, on: true, reason: 'in a call', by: 'detector' });
    for (let t = T0 + 26 * MIN; t <= T0 + 290 * MIN; t += 30 * SEC) feed({ type: 'tick', now: t, idleSeconds: 0 });
    expect(heldBack(effects)).toEqual([]);
  });

  it('keep-waiting: the next notice comes no sooner than another 90 held minutes after the choice', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 150, type: 'user', action: 'keep-waiting' },
        { min: 300, type: 'end' },
      ],
      ONLY_POSTURE,
    );
    // Told at 120; "Keep waiting" at 150 moves the next notice from 210 to 240.
    expect(heldBack(effects).map(minutesOf)).toEqual([120, 240]);
  });

  it('keep-waiting with nothing held back is ignored, saying why', () => {
    const { effects } = simulateLines([{ min: 10, type: 'user', action: 'keep-waiting' }, { min: 20, type: 'end' }], ONLY_POSTURE);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'ignored', action: 'keep-waiting' }));
  });

  it('start-now from the notice opens the break, and the cap starts over for the next due break', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 121, type: 'user', action: 'start-now' },
        { min: 400, type: 'end' },
      ],
      ONLY_POSTURE,
    );
    expect(opens(effects).map(minutesOf)).toEqual([121]);
    // The break lasts 40 s; the next one is due 30 active minutes after it closed, held 90 more.
    const [first, second] = heldBack(effects);
    expect(minutesOf(first!)).toBe(120);
    expect(minutesOf(second!)).toBeGreaterThan(121 + 30 + 90 - 1);
    expect(minutesOf(second!)).toBeLessThan(121 + 30 + 90 + 2);
    expect(second!.heldMinutes).toBe(90);
  });

  it('idle time does not count towards the cap', () => {
    // Long breaks (30 min) and a long reset, so a 20-minute pause earns nothing and resets nothing.
    const settings = { ...ONLY_POSTURE, breaks: { ...ONLY_POSTURE.breaks, posture: { durationSeconds: 1800 } }, idle: { resetAfterMinutes: 240 } };
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 60, type: 'idle', seconds: 20 * 60 },
        { min: 200, type: 'end' },
      ],
      settings,
    );
    expect(effects.filter((e) => e.type === 'natural-break' || e.type === 'cycle-reset')).toEqual([]);
    expect(heldBack(effects).map(minutesOf)).toEqual([140]);
  });

  it('locked time and pauses do not count either', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 60, type: 'user', action: 'pause', minutes: 30 },
        { min: 200, type: 'end' },
      ],
      { ...ONLY_POSTURE, guards: { wakeGraceSeconds: 0 } },
    );
    // Paused 60–90: 30 minutes of held time are missing, so the notice comes at 150, not 120.
    expect(heldBack(effects).map(minutesOf)).toEqual([150]);
  });

  it('the cap is a setting', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 100, type: 'end' },
      ],
      { ...ONLY_POSTURE, quiet: { detectorCapMinutes: 30 } },
    );
    expect(heldBack(effects).map(minutesOf)).toEqual([60, 90]);
  });

  it('a flickering detector cannot reset the count: a break not taken stays held', () => {
    const { effects } = simulateLines(
      [
        { min: 5, type: 'quiet', on: true, reason: 'in a call' },
        // Off for 30 s (inside the 60-second quiet grace), then on again.
        { min: 80, type: 'quiet', on: false, reason: 'in a call' },
        { min: 80.5, type: 'quiet', on: true, reason: 'in a call' },
        { min: 130, type: 'end' },
      ],
      ONLY_POSTURE,
    );
    expect(opens(effects)).toEqual([]);
    expect(heldBack(effects).map(minutesOf)).toEqual([120.5]);
  });
});

describe('the quiet cap in the saved state', () => {
  it('loads an older saved state without the new fields, and keeps counting from there', () => {
    const cfg = configWith(ONLY_POSTURE);
    const old = JSON.parse(JSON.stringify(initialState(T0, cfg))) as Record<string, unknown>;
    delete old.ownQuiet;
    delete old.heldBack;
    old.quiet = ['in a call'];
    const loaded = engineStateSchema.parse(old);
    let state = loaded;
    const effects: EngineEffect[] = [];
    for (let t = T0 + 30 * SEC; t <= T0 + 125 * MIN; t += 30 * SEC) {
      const result = step(state, { type: 'tick', now: t, idleSeconds: 0 }, cfg);
      state = result.state;
      effects.push(...result.effects);
    }
    expect(heldBack(effects).map(minutesOf)).toEqual([120]);
  });

  it('round-trips through JSON and the schema mid-hold, without a second notice', () => {
    const { state } = simulateLines([{ min: 5, type: 'quiet', on: true, reason: 'in a call', by: 'detector' }, { min: 121, type: 'end' }], ONLY_POSTURE);
    expect(state.heldBack).toMatchObject({ ms: 91 * MIN, nextNoticeAt: 180 * MIN });
    const reloaded = engineStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(reloaded).toEqual(state);
    const cfg = configWith(ONLY_POSTURE);
    const next = step(reloaded, { type: 'tick', now: state.lastAt + 60 * SEC, idleSeconds: 0 }, cfg);
    expect(heldBack(next.effects)).toEqual([]);
  });
});

describe('quiet across a restart', () => {
  it('forgets quiet saved by the last run: meeting mode and detectors report again, nothing is stuck', () => {
    const cfg = configWith(ONLY_POSTURE);
    const { state } = simulateLines([{ min: 5, type: 'quiet', on: true, reason: 'meeting mode', by: 'meeting' }, { min: 20, type: 'end' }], ONLY_POSTURE);
    expect(state.quiet).toEqual(['meeting mode']);
    const restarted = step(engineStateSchema.parse(JSON.parse(JSON.stringify(state))), { type: 'start', now: state.lastAt + 1000 }, cfg).state;
    expect(restarted.quiet).toEqual([]);
    expect(restarted.ownQuiet).toBeUndefined();
  });
});
