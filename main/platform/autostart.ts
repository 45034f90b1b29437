import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';

/** The XDG autostart entry that starts Unknot at login on Linux. */
export const desktopEntry = (exec: string): string =>
  [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unknot',
    'Comment=Gentle breaks for your upper back and neck',
    `Exec=${exec.includes(' ') ? `"${exec}"` : exec}`,
    'Icon=unknot',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');

/** Where the autostart entry lives: $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. */
export const autostartFile = (env: NodeJS.ProcessEnv = process.env, home = homedir()): string =>
  join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart', 'unknot.desktop');

/** Turns starting at login on or off: an XDG .desktop file on Linux, the OS login item elsewhere. */
export const applyAutostart = (
  enabled: boolean,
  deps: { platform: NodeJS.Platform; app: Pick<App, 'setLoginItemSettings'>; exec: string; file?: string },
): void => {
  if (deps.platform === 'linux') {
    const file = deps.file ?? autostartFile();
    if (enabled) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, desktopEntry(deps.exec));
    } else rmSync(file, { force: true });
    return;
  }
  // A tray app opens no window at start, so there is nothing to hide.
  deps.app.setLoginItemSettings({ openAtLogin: enabled });
};
