import type { PowerMonitor } from 'electron';
import type { HostEvent } from '../core/engine/host';

/** Forwards lock, unlock, suspend and resume from the OS to the engine; returns the unsubscribe. */
export const setupPowerEvents = (
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>,
  dispatch: (event: HostEvent) => void,
): (() => void) => {
  const pairs = [
    ['lock-screen', 'lock'],
    ['unlock-screen', 'unlock'],
    ['suspend', 'suspend'],
    ['resume', 'resume'],
  ] as const;
  const handlers = pairs.map(([osEvent, type]) => {
    const handler = () => dispatch({ type });
    powerMonitor.on(osEvent as 'suspend', handler);
    return [osEvent, handler] as const;
  });
  return () => handlers.forEach(([osEvent, handler]) => powerMonitor.removeListener(osEvent as 'suspend', handler));
};
