import type { Rectangle } from 'electron';

/** The size of the break window. */
export const BREAK_WINDOW_SIZE = { width: 440, height: 600 };

/** Centres a window of `size` in a display's work area, shrinking it to fit small screens. */
export const centreIn = (workArea: Rectangle, size = BREAK_WINDOW_SIZE): Rectangle => {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
};

/** The display server Electron's windows talk to; it decides what placement and stacking can promise. */
export type DisplayServer = 'wayland' | 'x11' | 'other';

/** What decides the display server: the OS, the environment, and an explicit `--ozone-platform` switch. */
export interface SessionFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** `app.commandLine.getSwitchValue('ozone-platform')`: '' when not given. */
  ozonePlatform: string;
}

/**
 * Which display server Electron picked. Since Electron 38 (Chromium 140) the ozone platform
 * defaults to `auto`, and `ELECTRON_OZONE_PLATFORM_HINT` is gone: Chromium's
 * ui/linux/display_server_utils.cc chooses Wayland when the session is a Wayland one
 * (XDG_SESSION_TYPE=wayland, or WAYLAND_DISPLAY set) unless `--ozone-platform=x11` forces
 * XWayland (electron/electron#48001, #48301; electronjs.org/blog/electron-38-0). So an explicit
 * switch wins, then XDG_SESSION_TYPE, then WAYLAND_DISPLAY.
 */
export const displayServerOf = ({ platform, env, ozonePlatform }: SessionFacts): DisplayServer => {
  if (platform !== 'linux') return 'other';
  if (ozonePlatform === 'wayland' || ozonePlatform === 'x11') return ozonePlatform;
  if (env.XDG_SESSION_TYPE === 'wayland') return 'wayland';
  if (env.XDG_SESSION_TYPE === 'x11') return 'x11';
  return env.WAYLAND_DISPLAY ? 'wayland' : 'x11';
};
