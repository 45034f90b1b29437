import { screen, type BrowserWindow } from 'electron';
import type { BreakInfo } from '../core/ipc/contract';
import { centreIn } from './display';
import { createSecureWindow } from './window-options';

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
}

/** Opens and closes the one break window; never more than one exists. */
export interface BreakWindowHandle {
  open: (info: BreakInfo) => void;
  close: () => void;
  window: () => BrowserWindow | null;
}

/** The break window: small, on top, opened without taking focus, on the display under the cursor. */
export const setupBreakWindow = (deps: BreakWindowDeps): BreakWindowHandle => {
  let win: BrowserWindow | null = null;
  let closingOurselves = false;

  const open = () => {
    if (win && !win.isDestroyed()) {
      win.showInactive();
      return;
    }
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const bounds = centreIn(display.workArea);
    const created = createSecureWindow(deps.preload, {
      ...bounds,
      show: false,
      title: 'Unknot break',
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
      backgroundColor: '#f6f4ef',
    });
    win = created;
    created.setAlwaysOnTop(true, 'floating');
    const untrust = deps.trust(created.webContents.id);
    created.once('ready-to-show', () => created.showInactive());
    created.on('closed', () => {
      untrust();
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
