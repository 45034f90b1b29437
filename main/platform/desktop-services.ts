import { net, powerMonitor } from 'electron';
import type { EngineHost } from '../core/engine/host';
import type { IdleWatchFn } from '../core/engine/idle-watch';
import { setupQuiet } from '../quiet/setup-quiet';
import type { SettingsHandle } from '../storage/settings-store';
import type { Cleanup } from './cleanup';
import type { Diagnostics } from './diagnostics';
import { chooseIdleSource } from './idle-source';
import { readNotificationCaps } from './linux/notification-caps';
import { watchScreenLock } from './linux/screen-lock';
import { watchTrayPresence } from './linux/tray-watcher';

/** Idle time as the engine reads it; starts as Electron's and is upgraded when a desktop service answers. */
export interface IdleReader {
  read: () => number | Promise<number>;
  /** The desktop's idle watch (Mutter, Wayland) once a source with one answers; gentle start waits on it. */
  watch?: IdleWatchFn;
}

/** Electron's own idle time: available at once, without asking any desktop service. */
export const electronIdle = (): IdleReader => ({ read: () => powerMonitor.getSystemIdleTime() });

/**
 * The idle time and idle watch the engine host is given: whatever source holds `idle` now. Where
 * that source has no watch (Electron's), the watch fails at once and the host samples instead.
 */
export const idleForEngine = (idle: IdleReader): { idleSeconds: () => number | Promise<number>; watchIdle: IdleWatchFn } => ({
  idleSeconds: () => idle.read(),
  watchIdle: (seconds, fired, failed) => {
    if (idle.watch) return idle.watch(seconds, fired, failed);
    failed('no idle watch on this platform');
    return () => undefined;
  },
});

/** What the desktop services report back to the rest of the app. */
export interface DesktopServicesDeps {
  host: EngineHost;
  settings: SettingsHandle;
  idle: IdleReader;
  cleanup: Cleanup;
  diagnostics: Diagnostics;
  log: (message: string) => void;
  /** Whether a tray host exists (Linux: a StatusNotifierWatcher on the session bus). */
  onTrayPresence: (present: boolean) => void;
}

/** The running quiet detectors, for the held-back notice's "ignore this detector today". */
export type QuietHandle = ReturnType<typeof setupQuiet>;

/**
 * Desktop services join after the tray and the engine are up, and start-up never waits for them:
 * the D-Bus idle service, the quiet detectors, and on Linux the screen lock, the tray host and
 * the notification server. Every call is bounded; each registers its own clean-up when it exists,
 * and one that answers only after Quit is let go at once.
 */
export const setupDesktopServices = (deps: DesktopServicesDeps): QuietHandle => {
  const { host, settings, idle, cleanup, diagnostics, log } = deps;
  void chooseIdleSource(process.env, () => powerMonitor.getSystemIdleTime(), log, { diagnostics }).then(
    (source) => {
      // Answered after Quit began: let go of it at once instead of reading from it.
      if (cleanup.quitting()) return source.close();
      idle.read = source.read;
      if (source.watch) idle.watch = source.watch;
      cleanup.add('idle source', source.close);
    },
    (error: unknown) => log(`idle: ${(error as Error).message}; using Electron's idle time`),
  );

  // Calendars come through Electron's network stack, so the system's proxy and certificates apply.
  const quiet = setupQuiet(host, settings, log, { diagnostics, fetch: (input, init) => net.fetch(input, init) });
  cleanup.add('quiet detectors', quiet.stop);
  quiet.start();

  if (process.platform === 'linux') {
    const bus = process.env.DBUS_SESSION_BUS_ADDRESS;
    // Electron's lock-screen/unlock-screen fire on macOS and Windows only (electron.d.ts), so on
    // Linux the session's screensaver is followed instead and nothing is sent twice.
    // Each change is logged: a support log then shows why counting stopped (and the desktop tests read it).
    const onLock = () => {
      log('screen lock: the screen locked');
      host.dispatch({ type: 'lock' });
    };
    const onUnlock = () => {
      log('screen lock: the screen unlocked');
      host.dispatch({ type: 'unlock' });
    };
    void watchScreenLock(bus, { onLock, onUnlock }, log, { diagnostics }).then(
      (stop) => stop && cleanup.add('screen lock', stop),
      (error: unknown) => log(`screen lock: ${(error as Error).message}`),
    );
    // An answer that comes after Quit began changes nothing (no notice, no Settings window).
    const trayPresence = (present: 'yes' | 'no' | 'unknown') => present !== 'unknown' && !cleanup.quitting() && deps.onTrayPresence(present === 'yes');
    void watchTrayPresence(bus, trayPresence, log, { diagnostics }).then(
      (watch) => {
        cleanup.add('tray watcher', watch.stop);
        log(`tray: tray host ${watch.present === 'yes' ? 'present' : watch.present === 'no' ? 'absent' : 'unknown'} at start`);
        trayPresence(watch.present);
      },
      (error: unknown) => log(`tray watcher: ${(error as Error).message}`),
    );
    void readNotificationCaps(bus, log, { diagnostics }).catch((error: unknown) => log(`notifications: ${(error as Error).message}`));
  }
  return quiet;
};
