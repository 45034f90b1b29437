import { describe, expect, it } from 'vitest';
import { initialState, step } from '../../main/core/engine/step';
import type { BreakKind, EngineConfig, EngineEvent, EngineState } from '../../main/core/engine/types';
import { nextTechnique } from '../../main/core/engine/upcoming';
import { preparedBreakOf, preparedQuery, upcomingBreakInfo } from '../../main/core/ipc/break-info';
import { configWith, MIN, SEC, T0 } from '../helpers/engine';

/**
 * Drives a working day through the engine the way the host does, and at every notice writes down
 * the technique a window prepared then would show; every break that opens from a notice must run
 * exactly that one.
 */
const day = (cfg: EngineConfig, actionAt: (minute: number, state: EngineState) => EngineEvent | null) => {
  let state = initialState(T0, cfg);
  let promised: { kind: BreakKind; technique: string } | null = null;
  const checked: Array<{ promised: string; ran: string }> = [];
  const feed = (event: EngineEvent) => {
    const result = step(state, event, cfg);
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'notice') promised = { kind: effect.kind, technique: nextTechnique(state, cfg, effect.kind) };
      if (effect.type === 'notice-close' && effect.reason !== 'started') promised = null;
      if (effect.type === 'break-open') {
        if (promised && promised.kind === effect.kind) checked.push({ promised: promised.technique, ran: effect.technique });
        promised = null;
      }
    }
  };
  feed({ type: 'start', now: T0 });
  for (let t = T0 + 30 * SEC; t <= T0 + 8 * 60 * MIN; t += 30 * SEC) {
    const minute = (t - T0) / MIN;
    const action = actionAt(minute, state);
    if (action) feed({ ...action, now: t } as EngineEvent);
    // Typing pauses now and then, so the gentle start sometimes waits and sometimes opens at once.
    feed({ type: 'tick', now: t + SEC, idleSeconds: minute % 7 < 1 ? 6 : 0 });
  }
  return checked;
};

describe('the technique a break will run, known at its notice', () => {
  it('is the one every break opened from a notice runs, over a day with favourites and hidden techniques', () => {
    const cfg = configWith({ techniques: { favourites: ['chin-tuck'], hidden: ['upper-arm-hold'] } });
    const checked = day(cfg, () => null);
    expect(checked.length).toBeGreaterThan(10);
    for (const { promised, ran } of checked) expect(ran).toBe(promised);
    // The rotation moves on: the day does not show one technique over and over.
    expect(new Set(checked.map((c) => c.ran)).size).toBeGreaterThan(1);
  });

  it('stays right when the person starts the break from the notice, or snoozes it and it comes back', () => {
    const cfg = configWith({});
    let n = 0;
    const checked = day(cfg, (_minute, state) => {
      if (state.phase.name !== 'notice') return null;
      n += 1;
      if (n % 3 === 0) return { type: 'user', now: 0, action: 'start-now' };
      if (n % 3 === 1) return { type: 'user', now: 0, action: 'snooze', minutes: 5 };
      return null;
    });
    expect(checked.length).toBeGreaterThan(5);
    for (const { promised, ran } of checked) expect(ran).toBe(promised);
  });

  it('describes the upcoming break as the break window will show it when it opens', () => {
    const cfg = configWith({ breaks: { posture: { durationSeconds: 45 } }, snooze: { defaultMinutes: 7 } });
    const state = initialState(T0, cfg);
    const info = upcomingBreakInfo(state, cfg, 'posture', T0 + 30 * SEC);
    expect(info).toEqual({
      kind: 'posture',
      technique: nextTechnique(state, cfg, 'posture'),
      startedAt: T0 + 30 * SEC,
      endsAt: T0 + 75 * SEC,
      heldAt: null,
      heldMs: 0,
      snoozeMinutes: 7,
      snoozeAllowed: true,
    });
  });
});

describe("the prepared break window's URL", () => {
  const info = { kind: 'stress' as const, technique: 'slow-breathing', startedAt: T0, endsAt: T0 + 120 * SEC, heldAt: null, heldMs: 0, snoozeMinutes: 5, snoozeAllowed: false };

  it('carries the upcoming break to the page and back, with its time starting at 0', () => {
    const back = preparedBreakOf(new URLSearchParams(preparedQuery(info)));
    expect(back).toEqual({ ...info, startedAt: 0, endsAt: 120 * SEC });
  });

  it('means an ordinary break window when absent or damaged', () => {
    expect(preparedBreakOf(new URLSearchParams(''))).toBeNull();
    expect(preparedBreakOf(new URLSearchParams({ ...preparedQuery(info), prepared: 'nap' }))).toBeNull();
    expect(preparedBreakOf(new URLSearchParams({ ...preparedQuery(info), seconds: 'NaN' }))).toBeNull();
  });
});
