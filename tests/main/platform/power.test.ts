import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupPowerEvents } from '../../../main/platform/power';
import { fakePowerMonitor, fakePowerMonitorAsElectron, resetFakes } from '../fake-electron';

describe('power events reach the engine', () => {
  afterEach(resetFakes);

  it('forwards lock, unlock, suspend and resume, and stops after unsubscribe', () => {
    const dispatch = vi.fn();
    const off = setupPowerEvents(fakePowerMonitorAsElectron(), dispatch);
    // Electron emits these four with no arguments (electron.d.ts, PowerMonitor: `listener: () => void`).
    for (const name of ['lock-screen', 'unlock-screen', 'suspend', 'resume']) fakePowerMonitor.emit(name);
    expect(dispatch.mock.calls.map(([event]) => event.type)).toEqual(['lock', 'unlock', 'suspend', 'resume']);
    off();
    fakePowerMonitor.emit('lock-screen');
    expect(dispatch).toHaveBeenCalledTimes(4);
    expect(fakePowerMonitor.listenerCount('lock-screen')).toBe(0);
  });
});
