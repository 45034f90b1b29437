import nodeFs from 'node:fs';
import { homedir } from 'node:os';
import nodePath from 'node:path';
import type { App } from 'electron';

// Desktop Entry Specification, "The Exec key"
// (https://specifications.freedesktop.org/desktop-entry/latest/exec-variables.html): an argument
// holding a reserved character is put in double quotes, inside which `"`, `` ` ``, `$` and `\` take a
// backslash; `%` is a field code, so a literal one is `%%`. Exec is also a string value
// (…/value-types.html), whose escapes (`\\`, `\n`, `\t`, `\r`) a reader undoes first — so the
// quoted line is escaped once more, and a literal backslash inside quotes ends up as four.
const RESERVED = /[ \t\n"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted as the Desktop Entry spec requires (before string escaping). */
export const execArgument = (argument: string): string => {
  const quoted = argument === '' || RESERVED.test(argument) ? `"${argument.replace(/["`$\\]/g, '\\$&')}"` : argument;
  return quoted.replaceAll('%', '%%');
};

/** A whole Exec= value for an argv: each argument quoted, then the line escaped as a string value. */
export const execValue = (argv: readonly string[]): string =>
  argv
    .map(execArgument)
    .join(' ')
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r');

/**
 * What to start at login: inside an AppImage, `process.execPath` is in a temporary mount
 * (/tmp/.mount_…) gone once the app quits, so the AppImage file itself ($APPIMAGE, set by the
 * AppImage runtime) is what must be run.
 */
export const launchCommand = (env: NodeJS.ProcessEnv, execPath: string): string => env.APPIMAGE || execPath;

/** The XDG autostart entry that starts Unknot at login on Linux. */
export const desktopEntry = (exec: string): string =>
  [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unknot',
    'Comment=Gentle breaks for your upper back and neck',
    `Exec=${execValue([exec])}`,
    'Icon=unknot',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');

/** Where the autostart entry lives: $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. */
export const autostartFile = (env: NodeJS.ProcessEnv = process.env, home = homedir(), path: Pick<nodePath.PlatformPath, 'join'> = nodePath): string =>
  path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'autostart', 'unknot.desktop');

/** Turns starting at login on or off: an XDG .desktop file on Linux, the OS login item elsewhere. */
export const applyAutostart = (
  enabled: boolean,
  deps: {
    platform: NodeJS.Platform;
    app: Pick<App, 'setLoginItemSettings'>;
    exec: string;
    file?: string;
    /** Injected so tests can run the Linux branch with Windows paths, where CI's Windows runner would. */
    path?: Pick<nodePath.PlatformPath, 'join' | 'dirname'>;
    fs?: Pick<typeof nodeFs, 'mkdirSync' | 'writeFileSync' | 'rmSync'>;
  },
): void => {
  if (deps.platform === 'linux') {
    const path = deps.path ?? nodePath;
    const fs = deps.fs ?? nodeFs;
    const file = deps.file ?? autostartFile(process.env, homedir(), path);
    if (enabled) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, desktopEntry(deps.exec));
    } else fs.rmSync(file, { force: true });
    return;
  }
  // A tray app opens no window at start, so there is nothing to hide.
  deps.app.setLoginItemSettings({ openAtLogin: enabled });
};
