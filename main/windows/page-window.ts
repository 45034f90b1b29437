import type { BrowserWindow } from 'electron';
import { createSecureWindow } from './window-options';

/** What every app page window needs: where the built pieces are and how to trust its sender. */
export interface PageWindowDeps {
  preload: string;
  rendererHtml: string;
  trust: (webContentsId: number) => () => void;
}

/**
 * An ordinary app window (onboarding, settings, progress) showing one route of the renderer,
 * with the same locked-down web preferences as the break window. One window per route.
 */
export const pageWindows = (deps: PageWindowDeps) => {
  const open = new Map<string, BrowserWindow>();
  return {
    show(route: string, title: string, size = { width: 520, height: 640 }): BrowserWindow {
      const existing = open.get(route);
      if (existing && !existing.isDestroyed()) {
        existing.show();
        existing.focus();
        return existing;
      }
      const win = createSecureWindow(deps.preload, {
        ...size,
        title,
        show: false,
        autoHideMenuBar: true,
        backgroundColor: '#f6f4ef',
      });
      const untrust = deps.trust(win.webContents.id);
      open.set(route, win);
      win.once('ready-to-show', () => win.show());
      win.on('closed', () => {
        untrust();
        if (open.get(route) === win) open.delete(route);
      });
      void win.loadFile(deps.rendererHtml, { hash: `/${route}` });
      return win;
    },
    count: () => [...open.values()].filter((w) => !w.isDestroyed()).length,
  };
};
