import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../main/core/engine/status';
import { initialState, step } from '../../main/core/engine/step';
import type { EngineEffect, EngineEvent } from '../../main/core/engine/types';
import { configWith, MIN, SEC, T0 } from '../helpers/engine';

const cfg = configWith({ gentleStart: { enabled: false }, breaks: { stress: { enabled: false } } });

/** Works at the keyboard from T0 for `minutes`, with the calendar given at the start; timers every 30 s. */
const workDay = (events: { start: number; end: number }[], minutes: number, extra: EngineEvent[] = []) => {
  let state = initialState(T0, cfg);
  const effects: EngineEffect[] = [];
  const feed = (event: EngineEvent) => {
    const result = step(state, event, cfg);
    state = result.state;
    effects.push(...result.effects.filter((e) => e.type !== 'arm-timer'));
  };
  feed({ type: 'start', now: T0 });
  feed({ type: 'calendar', now: T0, events });
  const queue = [...extra];
  for (let t = T0 + 30 * SEC; t <= T0 + minutes * MIN; t += 30 * SEC) {
    while (queue[0] && queue[0].now <= t) feed(queue.shift()!);
    feed({ type: 'tick', now: t, idleSeconds: 0 });
  }
  return { effects, state };
};
const opens = (effects: EngineEffect[]) => effects.filter((e) => e.type === 'break-open').map((e) => (e.at - T0) / MIN);

describe('the calendar', () => {
  it('takes a break that would fall inside a meeting in the free minutes before it', () => {
    // The posture break is due at 30 min; a meeting runs 28–60 min. 25+ minutes worked ≥ half the interval.
    const { effects } = workDay([{ start: T0 + 28 * MIN, end: T0 + 60 * MIN }], 70);
    const first = opens(effects)[0]!;
    // Planned for 27:20 so the 40 s break ends as the meeting starts (this driver ticks every 30 s).
    expect(first).toBeGreaterThanOrEqual(28 - 40 / 60);
    expect(first).toBeLessThanOrEqual(27.5);
    expect(opens(effects).filter((m) => m >= 28 && m < 61)).toEqual([]);
  });

  it('waits until after a meeting when too little of the interval has been worked, then brings one break after the grace', () => {
    // Due at 30 min; meeting 10–45 min: only 10 minutes worked before it, so no early break.
    const { effects } = workDay([{ start: T0 + 10 * MIN, end: T0 + 45 * MIN }], 60);
    expect(opens(effects)).toEqual([46]);
  });

  it('gives no notice and no break during the event, and says why in the tray', () => {
    const { effects, state } = workDay([{ start: T0 + 5 * MIN, end: T0 + 200 * MIN }], 120);
    expect(effects.filter((e) => e.type === 'notice' || e.type === 'break-open')).toEqual([]);
    expect(describeStatus(state, cfg, T0 + 120 * MIN).text).toBe('Waiting: in a calendar event');
  });

  it('never builds a backlog: a long meeting ends in one break, not one per missed interval', () => {
    const { effects } = workDay([{ start: T0 + 20 * MIN, end: T0 + 180 * MIN }], 200);
    expect(opens(effects).filter((m) => m >= 180 && m < 200)).toEqual([181]);
  });
});
