import { Notification, screen, type BrowserWindow } from 'electron';
import type { BreakKind } from '../core/engine/types';
import { createSecureWindow } from './window-options';

/** What the notice can ask for. */
export interface NoticeActions {
  startNow: () => void;
  snooze: (minutes: number) => void;
}

/** Shows and withdraws the "break coming" notice. */
export interface NoticeHandle {
  show: (kind: BreakKind, startsAt: number, now: number) => void;
  close: () => void;
}

/** Where the small fallback notice window comes from. */
export interface NoticeWindowDeps {
  preload: string;
  rendererHtml: string;
  trust: (webContentsId: number) => () => void;
}

const TITLES: Record<BreakKind, string> = { posture: 'Posture break', stress: 'Stress break' };

/** Native notifications carry buttons on macOS and Windows only; Linux gets the small window instead. */
export const noticeStyle = (platform: NodeJS.Platform, supported: boolean): 'native' | 'window' =>
  supported && (platform === 'darwin' || platform === 'win32') ? 'native' : 'window';

/**
 * The notice before a break: a native notification with "Start now" and "Snooze" where the OS
 * shows buttons, else a small window in the corner of the display under the cursor, shown
 * without taking focus.
 */
export const setupNotice = (actions: NoticeActions, snoozeMinutes: () => number, fallback?: NoticeWindowDeps, platform: NodeJS.Platform = process.platform): NoticeHandle => {
  let current: Notification | null = null;
  let win: BrowserWindow | null = null;
  const close = () => {
    current?.close();
    current = null;
    if (win && !win.isDestroyed()) win.close();
    win = null;
  };
  const showWindow = (deps: NoticeWindowDeps) => {
    const { workArea } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const size = { width: 340, height: 150 };
    const created = createSecureWindow(deps.preload, {
      ...size,
      x: workArea.x + workArea.width - size.width - 16,
      y: workArea.y + 16,
      show: false,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      focusable: true,
      title: 'Unknot notice',
    });
    const untrust = deps.trust(created.webContents.id);
    created.once('ready-to-show', () => created.showInactive());
    created.on('closed', untrust);
    void created.loadFile(deps.rendererHtml, { hash: '/notice' });
    win = created;
  };
  const show = (kind: BreakKind, startsAt: number, now: number) => {
    close();
    const style = noticeStyle(platform, Notification.isSupported());
    if (style === 'window' && fallback) return showWindow(fallback);
    if (!Notification.isSupported()) return;
    const seconds = Math.max(0, Math.round((startsAt - now) / 1000));
    const minutes = snoozeMinutes();
    const notice = new Notification({
      title: `${TITLES[kind]} in ${seconds} s`,
      body: 'Finish your sentence; Unknot waits for a pause in your typing. Click to start now.',
      silent: true,
      timeoutType: 'default',
      actions: [
        { type: 'button', text: 'Start now' },
        { type: 'button', text: `Snooze ${minutes} min` },
      ],
    });
    notice.on('click', () => actions.startNow());
    notice.on('action', (_event, index) => (index === 0 ? actions.startNow() : actions.snooze(minutes)));
    notice.show();
    current = notice;
  };
  return { show, close };
};
