import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../main/core/engine/host';
import type { EngineEffect, EngineState } from '../../main/core/engine/types';
import { configWith, MIN, SEC, T0 } from '../helpers/engine';
import { fakeClock } from '../helpers/fake-clock';

const makeHost = (saved: EngineState | null = null) => {
  const clock = fakeClock();
  const effects: EngineEffect[] = [];
  let stored: EngineState | null = saved;
  const host = new EngineHost({
    config: () => configWith({ gentleStart: { enabled: false } }),
    ...clock,
    idleSeconds: () => 0,
    load: () => stored,
    save: (state) => (stored = state),
  });
  host.on((effect) => effect.type !== 'arm-timer' && effects.push(effect));
  host.start();
  return { host, clock, effects, saved: () => stored };
};

describe('the engine host', () => {
  it('keeps exactly one timer armed and wakes about once a minute while waiting', () => {
    const { host, clock } = makeHost();
    clock.advance(20 * MIN);
    expect(clock.pending()).toBe(1);
    expect(host.wakeUps).toBeGreaterThanOrEqual(20);
    expect(host.wakeUps).toBeLessThanOrEqual(22);
  });

  it('opens the posture break after 30 minutes of work on a real timer schedule', () => {
    const { clock, effects } = makeHost();
    clock.advance(31 * MIN);
    expect(effects.find((e) => e.type === 'break-open')).toMatchObject({ at: T0 + 30 * MIN, kind: 'posture' });
  });

  it('reports a wall-clock jump to the engine instead of counting it as work', () => {
    const { host, clock, effects } = makeHost();
    clock.advance(10 * MIN);
    clock.jumpWall(3 * 60 * MIN);
    clock.advance(30 * SEC);
    expect(effects.filter((e) => e.type === 'break-open')).toHaveLength(0);
    expect(host.status().minutes).toBe(20);
  });

  it('saves its state so a restart keeps the schedule', () => {
    const first = makeHost();
    first.clock.advance(12 * MIN);
    const restored = makeHost(first.saved());
    expect(restored.host.status().text).toBe('Next posture break in 18 min');
  });
});
