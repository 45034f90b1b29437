import { describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../main/core/engine/host';
import { breakInfoOf } from '../../main/core/ipc/break-info';
import { configWith, T0 } from '../helpers/engine';
import { FakeBrowserWindow, FakeNotification, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { setupBreakWindow } = await import('../../main/windows/break-window');
const { setupBreakController } = await import('../../main/windows/break-controller');
const { setupNotice } = await import('../../main/windows/notice');

/** How many breaks the leak test runs; `npm run bench` reports the same figure. */
export const LEAK_BREAKS = 1000;

describe('no leaks over many breaks', () => {
  it(`${LEAK_BREAKS} breaks through the real adapters leave at most one window and flat listener counts`, () => {
    resetFakes();
    let wall = T0;
    const cfg = configWith({ gentleStart: { enabled: false } });
    const host = new EngineHost({ config: () => cfg, now: () => wall, monotonic: () => wall, idleSeconds: () => 0, setTimer: () => 0, clearTimer: () => undefined, load: () => null, save: () => undefined });
    const trusted = new Set<number>();
    const windowHandle = setupBreakWindow({
      preload: '/p.cjs',
      rendererHtml: '/r.html',
      trust: (id) => (trusted.add(id), () => trusted.delete(id)),
      onClosedByUser: () => host.dispatch({ type: 'user', action: 'skip' }),
      onCrashed: () => host.dispatch({ type: 'user', action: 'skip' }),
    });
    const notice = setupNotice({ startNow: () => undefined, snooze: () => undefined }, () => 10, undefined, 'darwin');
    setupBreakController({
      host,
      breakInfo: () => breakInfoOf(host.snapshot(), cfg),
      window: windowHandle,
      notifyRenderer: () => undefined,
      updateTray: () => undefined,
      notice,
    });
    host.start();
    const listenersAtStart = host.listenerCount();
    let mostAlive = 0;
    for (let i = 0; i < LEAK_BREAKS; i += 1) {
      wall += 60_000;
      host.dispatch({ type: 'user', action: 'start-now' });
      mostAlive = Math.max(mostAlive, FakeBrowserWindow.alive().length);
      wall += 20_000;
      // Alternate the ways a break ends: Done, running out, and the user closing the window.
      if (i % 3 === 0) host.dispatch({ type: 'user', action: 'done' });
      else if (i % 3 === 1) {
        wall += 30_000;
        host.dispatch({ type: 'tick', idleSeconds: 0 });
      }
      else windowHandle.window()?.destroy();
      mostAlive = Math.max(mostAlive, FakeBrowserWindow.alive().length);
    }
    expect(FakeBrowserWindow.instances.length).toBe(LEAK_BREAKS);
    expect(mostAlive).toBe(1);
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    expect(trusted.size).toBe(0);
    expect(host.listenerCount()).toBe(listenersAtStart);
    expect(FakeNotification.instances.filter((n) => !n.closed)).toHaveLength(0);
    const closedListeners = FakeBrowserWindow.instances.map((w) => w.listenerCount('closed'));
    expect(Math.max(...closedListeners)).toBeLessThanOrEqual(1);
  });
});
