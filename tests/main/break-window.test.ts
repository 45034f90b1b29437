import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeScreen, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { setupBreakWindow } = await import('../../main/windows/break-window');

const info = { kind: 'posture' as const, technique: 'upper-arm-hold', startedAt: 0, endsAt: 40_000, heldAt: null, heldMs: 0, snoozeMinutes: 10, snoozeAllowed: true };

const makeWindow = () => {
  const trusted = new Set<number>();
  const deps = {
    preload: '/app/out/preload/index.cjs',
    rendererHtml: '/app/out/renderer/index.html',
    trust: (id: number) => (trusted.add(id), () => trusted.delete(id)),
    onClosedByUser: vi.fn(),
    onCrashed: vi.fn(),
  };
  return { handle: setupBreakWindow(deps), deps, trusted };
};

describe('the break window adapter', () => {
  beforeEach(resetFakes);

  it('opens a small, always-on-top, secure window with the break page', () => {
    makeWindow().handle.open(info);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ width: 440, height: 600, show: false, alwaysOnTop: true, skipTaskbar: true, resizable: false });
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.loaded).toEqual({ file: '/app/out/renderer/index.html', options: { hash: '/break' } });
  });

  it('shows itself without taking focus from what the user is typing', async () => {
    makeWindow().handle.open(info);
    await Promise.resolve();
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.shownInactive).toBe(1);
    expect(win.shownWithFocus).toBe(0);
  });

  it('opens centred on the display under the cursor', () => {
    fakeScreen.cursor = { x: 2500, y: 300 };
    makeWindow().handle.open(info);
    const { x, y } = FakeBrowserWindow.instances[0]!.options as { x: number; y: number };
    expect(x).toBe(1920 + (1280 - 440) / 2);
    expect(y).toBe(Math.round((984 - 600) / 2));
  });

  it('keeps one window: a second open reuses it, close removes it', () => {
    const { handle, trusted, deps } = makeWindow();
    handle.open(info);
    handle.open(info);
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
    expect(trusted.size).toBe(1);
    handle.close();
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    expect(trusted.size).toBe(0);
    expect(deps.onClosedByUser).not.toHaveBeenCalled();
  });

  it('treats the user closing the window as their choice, and a crash as a crash', () => {
    const { handle, deps } = makeWindow();
    handle.open(info);
    FakeBrowserWindow.instances[0]!.destroy();
    expect(deps.onClosedByUser).toHaveBeenCalledOnce();
    handle.open(info);
    FakeBrowserWindow.instances[1]!.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(deps.onCrashed).toHaveBeenCalledWith('crashed');
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    handle.open(info);
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
  });
});
