import { describe, expect, it, vi } from 'vitest';
import type { EngineListener } from '../../../main/core/engine/host';
import type { EngineStatus } from '../../../main/core/engine/status';
import type { BreakKind } from '../../../main/core/engine/types'; // kinds of breaks (issue 15)
import { setupBreakController } from '../../../main/windows/break-controller';

describe('the break controller executes engine effects', () => {
  const status: EngineStatus = { text: 'Posture break in progress', mode: 'break', kind: 'posture', snoozeAllowed: true };
  const info = { kind: 'posture' as const, technique: 'chin-tuck', startedAt: 1, endsAt: 41, heldAt: null, heldMs: 0, snoozeMinutes: 10, snoozeAllowed: true };

  const make = () => {
    let listener: EngineListener = () => undefined;
    const deps = {
      host: { on: (l: EngineListener) => ((listener = l), () => undefined) },
      breakInfo: vi.fn(() => info),
      upcoming: vi.fn((kind: BreakKind, startsAt: number) => ({ ...info, kind, startedAt: startsAt, endsAt: startsAt + 40 })),
      window: { prepare: vi.fn(), open: vi.fn(), discard: vi.fn(), close: vi.fn() },
      notifyRenderer: vi.fn(),
      updateTray: vi.fn(),
      notice: { show: vi.fn(), showHeldBack: vi.fn(), close: vi.fn() },
    };
    setupBreakController(deps);
    return { deps, emit: (effect: Parameters<EngineListener>[0]) => listener(effect, status) };
  };

  it('opens the window when a break opens', () => {
    const { deps, emit } = make();
    emit({ type: 'break-open', at: Date.parse('2026-03-02T09:30:00Z'), kind: 'posture', technique: 'chin-tuck', endsAt: 0 });
    expect(deps.window.open).toHaveBeenCalledWith(info);
    expect(deps.notifyRenderer).toHaveBeenCalledWith(info);
    expect(deps.updateTray).toHaveBeenCalledWith(status);
  });

  it('closes the window when a break closes', () => {
    const { deps, emit } = make();
    emit({ type: 'break-close', at: Date.parse('2026-03-02T09:30:40Z'), kind: 'posture', outcome: 'completed' });
    expect(deps.window.close).toHaveBeenCalledOnce();
    expect(deps.notifyRenderer).toHaveBeenCalledWith(null);
  });

  it('shows the notice before a break and withdraws it when the break opens or is called off', () => {
    const { deps, emit } = make();
    emit({ type: 'notice', at: 1000, kind: 'stress', startsAt: 31_000 });
    expect(deps.notice.show).toHaveBeenCalledWith('stress', 31_000, 1000);
    emit({ type: 'notice-close', at: 2000, kind: 'stress', reason: 'quiet' });
    emit({ type: 'break-open', at: 3000, kind: 'stress', technique: 'slow-breathing', endsAt: 0 });
    expect(deps.notice.close).toHaveBeenCalledTimes(2);
  });

  it('prepares the break window at the notice with the break it announces, and drops it when the break is called off', () => {
    const { deps, emit } = make();
    emit({ type: 'notice', at: 1000, kind: 'stress', startsAt: 31_000 });
    expect(deps.window.prepare).toHaveBeenCalledWith(expect.objectContaining({ kind: 'stress', startedAt: 31_000 }));
    for (const reason of ['snoozed', 'skipped', 'paused', 'in a call']) emit({ type: 'notice-close', at: 2000, kind: 'stress', reason });
    expect(deps.window.discard).toHaveBeenCalledTimes(4);
    expect(deps.window.open).not.toHaveBeenCalled();
  });

  it('keeps the prepared window when the person starts the break from the notice', () => {
    const { deps, emit } = make();
    emit({ type: 'notice', at: 1000, kind: 'posture', startsAt: 31_000 });
    // Start now: the engine withdraws the notice ("started") and opens the break in one step.
    emit({ type: 'notice-close', at: 2000, kind: 'posture', reason: 'started' });
    emit({ type: 'break-open', at: 2000, kind: 'posture', technique: 'chin-tuck', endsAt: 42_000 });
    expect(deps.window.discard).not.toHaveBeenCalled();
    expect(deps.window.open).toHaveBeenCalledWith(info);
  });

  it('tells the person when detectors held a break back, with the notice and never the break window', () => {
    const { deps, emit } = make();
    emit({ type: 'held-back', at: 5000, kind: 'posture', reasons: ['in a call'], heldMinutes: 90 });
    expect(deps.notice.showHeldBack).toHaveBeenCalledWith({ kind: 'posture', reasons: ['in a call'], heldMinutes: 90 });
    expect(deps.window.open).not.toHaveBeenCalled();
    expect(deps.notice.show).not.toHaveBeenCalled();
  });
});
