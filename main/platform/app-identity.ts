import type { App, Menu, MenuItemConstructorOptions } from 'electron';

/** electron-builder's `appId` (electron-builder.yml): the installer's shortcuts carry it as their AppUserModelID. */
export const APP_ID = 'app.unknot.desktop';

/** What setting the app's identity touches. */
export interface AppIdentityDeps {
  app: Pick<App, 'setAppUserModelId'>;
  Menu: Pick<typeof Menu, 'setApplicationMenu' | 'buildFromTemplate'>;
  platform: NodeJS.Platform;
}

/**
 * The macOS menu bar: the app menu (About, Hide, Quit) and the Edit menu, whose roles carry
 * Cmd+C/V/X/A/Z into text fields (macOS routes those shortcuts through the menu bar; without an
 * Edit menu they do nothing). No View menu, so no Reload or Toggle DevTools.
 * Roles from electronjs.org/docs/latest/tutorial/application-menu ("appMenu", "editMenu").
 */
export const macMenuTemplate = (): MenuItemConstructorOptions[] => [{ role: 'appMenu' }, { role: 'editMenu' }];

/**
 * Gives the app its identity before anything is shown. On Windows the AppUserModelID must equal
 * the Start-menu shortcut's, or toasts are attributed to a different app (or dropped); it must be
 * set before the first Notification. It also replaces Electron's default application menu, which
 * puts Reload and Toggle DevTools (behind Alt on Windows and Linux) into every page window:
 * Electron installs that default only while no menu was ever set, and `setApplicationMenu(null)`
 * counts as set (electron/lib/browser/default-menu.ts, `applicationMenuWasSet`).
 */
export const setupAppIdentity = ({ app, Menu: menu, platform }: AppIdentityDeps): void => {
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  menu.setApplicationMenu(platform === 'darwin' ? menu.buildFromTemplate(macMenuTemplate()) : null);
};
