import { join } from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from './core/engine/status';
import { buildTrayMenu, trayTooltip, type TrayActions } from './tray-menu';

/** The tray icon file for this platform: a template image on macOS, colour elsewhere. */
export const trayIconPath = (assetsDir: string, platform: NodeJS.Platform): string =>
  join(assetsDir, 'tray', platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');

/** A live tray: call `update` with each new status; `destroy` removes it. */
export interface TrayHandle {
  update: (status: EngineStatus) => void;
  /** Runs a menu item's action as a click would (end-to-end tests drive the tray with it). */
  click: (id: string) => void;
  destroy: () => void;
}

/** Creates the tray icon with its status line and menu. */
export const setupTray = (
  assetsDir: string,
  actions: TrayActions,
  snoozeMinutes: () => number,
  initial: EngineStatus,
): TrayHandle => {
  const image = nativeImage.createFromPath(trayIconPath(assetsDir, process.platform));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  let shown = '';
  let items: MenuItemConstructorOptions[] = [];
  const update = (status: EngineStatus) => {
    const key = JSON.stringify(status);
    if (key === shown) return;
    shown = key;
    items = buildTrayMenu(status, actions, snoozeMinutes());
    tray.setToolTip(trayTooltip(status));
    tray.setContextMenu(Menu.buildFromTemplate(items));
  };
  const click = (id: string) => {
    const item = items.find((entry) => entry.id === id);
    if (!item || item.enabled === false) throw new Error(`tray item ${id} is missing or disabled`);
    (item.click as () => void)();
  };
  update(initial);
  return { update, click, destroy: () => tray.destroy() };
};
