import { Notification, screen, type BrowserWindow } from 'electron';
import { preparedQuery } from '../core/ipc/break-info';
import type { BreakInfo } from '../core/ipc/contract';
import { centreIn } from './display';
import { createSecureWindow, floatingPlacement } from './window-options';
import { t } from '../i18n';

/** What the break window adapter needs from the app. */
export interface BreakWindowDeps {
  preload: string;
  rendererHtml: string;
  /** Registers the window's contents as a trusted IPC sender; returns the unregister function. */
  trust: (webContentsId: number) => () => void;
  /** Called when the user closes the window with its frame button (counts as a skip). */
  onClosedByUser: () => void;
  /** Called when the shown window's renderer dies, so the break is recorded and the window recreated. */
  onCrashed: (reason: string) => void;
  /** The session runs Electron on Wayland (display.ts `displayServerOf`): see `setupBreakWindow`. */
  wayland?: boolean;
}

/** Prepares, shows and closes the one break window; never more than one exists. */
export interface BreakWindowHandle {
  /** At the notice: creates the window hidden, with the upcoming break rendered; replaces an unshown one. */
  prepare: (upcoming: BreakInfo) => void;
  /** At break-open: shows the prepared window (not a new one) or, without one, creates it. */
  open: (info: BreakInfo) => void;
  /** The break was snoozed or withdrawn before it opened: the hidden window goes. */
  discard: () => void;
  close: () => void;
  window: () => BrowserWindow | null;
  /** Whether the window is on screen (false while it only waits, prepared, for its break). */
  shown: () => boolean;
}


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
  /** Windows closed by the app (break over, Quit, a crash, a discarded preparation), not by the person. */
  const ours = new WeakSet<BrowserWindow>();
  /** The window is on screen; until then it is a prepared one that nobody has seen. */
  let shown = false;
  /** Its page has painted ('ready-to-show'), so showing it shows the break, not a blank frame. */
  let ready = false;
  /** The break that opened before the page had painted: shown as soon as it has. */
  let pending: BreakInfo | null = null;
  const wayland = deps.wayland === true;

  /** The window stands for an open break (on screen, or about to be once painted), not a preparation. */
  const holdsBreak = () => shown || pending !== null;

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
      title: t('notify.breakOpenTitle', { kind: t(`kind.${info.kind}`) }),
      body: t('notify.breakOpenBody'),
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

  const underCursor = () => centreIn(screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea);

  const reveal = (info: BreakInfo, target: BrowserWindow) => {
    shown = true;
    pending = null;
    // Prepared 30 s ago, perhaps on another display: the break appears where the person is now.
    // On Wayland a client cannot place its window (window-options.ts), so the compositor does.
    if (!wayland) target.setBounds(underCursor());
    bringForward(target);
    announce(info, target);
  };

  const create = (upcoming: BreakInfo | null) => {
    const created = createSecureWindow(deps.preload, {
      ...floatingPlacement(underCursor(), wayland),
      show: false,
      title: t('notify.breakWindowTitle'),
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
    shown = false;
    ready = false;
    pending = null;
    if (!wayland) created.setAlwaysOnTop(true, 'floating');
    const untrust = deps.trust(created.webContents.id);
    // Electron's default `paintWhenInitiallyHidden: true` makes a `show: false` window's renderer
    // count as visible and paint, which is what emits 'ready-to-show' (docs/api/browser-window.md,
    // "Using the ready-to-show event"): a prepared window has its first step painted before it is shown.
    created.once('ready-to-show', () => {
      if (win !== created) return;
      ready = true;
      if (pending) reveal(pending, created);
    });
    // The attention request has done its job once the person is looking at the window.
    created.on('focus', () => created.flashFrame(false));
    created.on('closed', () => {
      untrust();
      const wasOpen = win === created && holdsBreak();
      if (win === created) {
        win = null;
        shown = false;
        pending = null;
        companion?.close();
        companion = null;
      }
      // Closing a break's window ends the break; a hidden preparation only ever goes by our hand.
      if (!ours.has(created) && wasOpen) deps.onClosedByUser();
    });
    created.webContents.on('render-process-gone', (_event, details) => {
      // A prepared window that dies unseen costs nothing: the break opens a fresh one.
      if (win === created && holdsBreak()) deps.onCrashed(details.reason);
      ours.add(created);
      if (!created.isDestroyed()) created.destroy();
    });
    const query = upcoming ? preparedQuery(upcoming) : null;
    void created.loadFile(deps.rendererHtml, { hash: '/break', ...(query && { query }) });
    return created;
  };

  const alive = () => (win && !win.isDestroyed() ? win : null);

  const close = () => {
    const current = alive();
    if (!current) return;
    ours.add(current);
    current.close();
  };

  const prepare = (upcoming: BreakInfo) => {
    const current = alive();
    // A break on screen stays; a stale prepared one makes way for this break's.
    if (current && holdsBreak()) return;
    if (current) close();
    create(upcoming);
  };

  const open = (info: BreakInfo) => {
    const current = alive() ?? create(null);
    if (shown) return bringForward(current);
    if (ready) return reveal(info, current);
    pending = info;
  };

  const discard = () => {
    if (alive() && !holdsBreak()) close();
  };

  return { prepare, open, discard, close, window: () => win, shown: () => shown };
};
