import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeNotification, fakeScreen, resetFakes } from '../fake-electron';
import { displayServerOf } from '../../../main/windows/display';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupBreakWindow } = await import('../../../main/windows/break-window');

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
    // The frame's close button: Electron's close(), which no listener prevents.
    FakeBrowserWindow.instances[0]!.close();
    expect(deps.onClosedByUser).toHaveBeenCalledOnce();
    handle.open(info);
    FakeBrowserWindow.instances[1]!.contents.crash('crashed');
    expect(deps.onCrashed).toHaveBeenCalledWith('crashed');
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    handle.open(info);
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
  });
});

describe('the break window on Wayland', () => {
  beforeEach(resetFakes);

  const makeWayland = () => {
    const deps = { preload: '/p.cjs', rendererHtml: '/r.html', trust: () => () => undefined, onClosedByUser: vi.fn(), onCrashed: vi.fn(), wayland: true };
    return setupBreakWindow(deps);
  };

  it('lets the compositor place it and does not pretend to stay on top', () => {
    makeWayland().open(info);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.x).toBeUndefined();
    expect(win.options.y).toBeUndefined();
    expect(win.options.alwaysOnTop).toBeUndefined();
    expect(win.alwaysOnTopLevel).toBeNull();
    expect(win.options).toMatchObject({ width: 440, height: 600, center: true });
  });

  it('asks to be focused and flashes until seen, since an inactive window can open behind others', async () => {
    makeWayland().open(info);
    await Promise.resolve();
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.shownInactive).toBe(0);
    expect(win.shownWithFocus).toBe(1);
    expect(win.focusRequests).toBe(1);
    expect(win.flashing).toBe(true);
    win.focusByUser();
    expect(win.flashing).toBe(false);
  });

  it('adds a notification that says the break window is open, and a click on it raises the window', async () => {
    const handle = makeWayland();
    handle.open(info);
    await Promise.resolve();
    const companion = FakeNotification.instances[0]!;
    expect(companion.shown).toBe(true);
    expect(companion.options.title).toBe('Posture break: the Unknot window is open');
    const win = FakeBrowserWindow.instances[0]!;
    companion.clickBody();
    expect(win.focusRequests).toBe(2);
    handle.close();
    expect(companion.closed).toBe(true);
  });

  it('on X11 and elsewhere keeps the quiet, on-top, no-focus behaviour and shows no extra notification', async () => {
    makeWindow().handle.open(info);
    await Promise.resolve();
    expect(FakeNotification.instances).toHaveLength(0);
    expect(FakeBrowserWindow.instances[0]!.focusRequests).toBe(0);
  });
});

describe('which display server Electron uses', () => {
  const linux = (env: Record<string, string>, ozonePlatform = '') => displayServerOf({ platform: 'linux', env, ozonePlatform });

  it('follows the session type, as Chromium 140+ does by default', () => {
    expect(linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' })).toBe('wayland');
    expect(linux({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toBe('x11');
    expect(linux({ WAYLAND_DISPLAY: 'wayland-1' })).toBe('wayland');
    expect(linux({ DISPLAY: ':0' })).toBe('x11');
  });

  it('lets an explicit --ozone-platform win (x11 under Wayland means XWayland, where on-top works)', () => {
    expect(linux({ XDG_SESSION_TYPE: 'wayland' }, 'x11')).toBe('x11');
    expect(linux({ XDG_SESSION_TYPE: 'x11' }, 'wayland')).toBe('wayland');
  });

  it('is not a question on macOS or Windows', () => {
    expect(displayServerOf({ platform: 'win32', env: { WAYLAND_DISPLAY: 'x' }, ozonePlatform: '' })).toBe('other');
  });
});
