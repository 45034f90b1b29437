import { Notification, screen, type BrowserWindow } from 'electron';
import type { BreakInfo } from '../core/ipc/contract';
import type { BreakKind } from '../core/engine/types';
import { centreIn } from './display';
import { createSecureWindow, floatingPlacement } from './window-options';

/** What the break window adapter needs from the app. */
export interface BreakWindowDeps {
  preload: string;
  rendererHtml: string;
  /** Registers the window's contents as a trusted IPC sender; returns the unregister function. */
  trust: (webContentsId: number) => () => void;
  /** Called when the user closes the window with its frame button (counts as a skip). */
  onClosedByUser: () => void;
  /** Called when the window's renderer dies, so the break is recorded and the window recreated. */
  onCrashed: (reason: string) => void;
  /** The session runs Electron on Wayland (display.ts `displayServerOf`): see `setupBreakWindow`. */
  wayland?: boolean;
}

/** Opens and closes the one break window; never more than one exists. */
export interface BreakWindowHandle {
  open: (info: BreakInfo) => void;
  close: () => void;
  window: () => BrowserWindow | null;
}

const TITLES: Record<BreakKind, string> = { posture: 'Posture break', stress: 'Stress break' };

/**
 * The break window: small, on top, opened without taking focus, on the display under the cursor.
 *
 * On Wayland none of that can be promised: no always-on-top, no position, and `showInactive()`
 * maps the window wherever the compositor likes, often behind the focused one. What keeps the
 * break seen there:
 * - `show()` + `focus()`: a focus request without an xdg-activation token is not granted, but
 *   GNOME answers it with its "Unknot is ready" notice (electron/electron#18445, #48737) and sway
 *   or KDE mark the window urgent, so the request itself becomes the visible cue. The engine's
 *   gentle start has already waited for a pause in typing, so this does not cut into a word.
 * - `flashFrame(true)` until the window gains focus: Chromium's Wayland backend turns it into an
 *   attention request (urgency hint), which docks and taskbars show.
 * - a companion native notification ("the break window is open"), because notifications are the
 *   one surface every Wayland desktop puts on top; clicking it raises the window. Electron now
 *   forwards the notification daemon's activation token on click (electron/electron#50568), so
 *   that focus() is granted. Stretch Break and Workrave also gave up on always-on-top under
 *   Wayland (pieterdd/StretchBreak#5, rcaelers/workrave#161).
 */
export const setupBreakWindow = (deps: BreakWindowDeps): BreakWindowHandle => {
  let win: BrowserWindow | null = null;
  let companion: Notification | null = null;
  let closingOurselves = false;
  const wayland = deps.wayland === true;

  const bringForward = (target: BrowserWindow) => {
    if (!wayland) return target.showInactive();
    target.show();
    target.focus();
    target.flashFrame(true);
  };

  const announce = (info: BreakInfo, target: BrowserWindow) => {
    if (!wayland || !Notification.isSupported()) return;
    companion?.close();
    const notice = new Notification({
      title: `${TITLES[info.kind]}: the Unknot window is open`,
      body: 'Click here if you cannot see it.',
      silent: true,
    });
    notice.on('click', () => {
      if (!target.isDestroyed()) {
        target.show();
        target.focus();
      }
    });
    notice.show();
    companion = notice;
  };

  const open = (info: BreakInfo) => {
    if (win && !win.isDestroyed()) {
      bringForward(win);
      return;
    }
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const created = createSecureWindow(deps.preload, {
      ...floatingPlacement(centreIn(display.workArea), wayland),
      show: false,
      title: 'Unknot break',
      // On Wayland the taskbar or dock entry is where the urgency hint shows, so keep one there.
      skipTaskbar: !wayland,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
      backgroundColor: '#f6f4ef',
    });
    win = created;
    if (!wayland) created.setAlwaysOnTop(true, 'floating');
    const untrust = deps.trust(created.webContents.id);
    created.once('ready-to-show', () => {
      bringForward(created);
      announce(info, created);
    });
    // The attention request has done its job once the person is looking at the window.
    created.on('focus', () => created.flashFrame(false));
    created.on('closed', () => {
      untrust();
      companion?.close();
      companion = null;
      if (win === created) win = null;
      if (!closingOurselves) deps.onClosedByUser();
      closingOurselves = false;
    });
    created.webContents.on('render-process-gone', (_event, details) => {
      deps.onCrashed(details.reason);
      closingOurselves = true;
      if (!created.isDestroyed()) created.destroy();
    });
    void created.loadFile(deps.rendererHtml, { hash: '/break' });
  };

  const close = () => {
    if (!win || win.isDestroyed()) return;
    closingOurselves = true;
    win.close();
  };

  return { open, close, window: () => win };
};
