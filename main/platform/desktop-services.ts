import { powerMonitor } from 'electron';
import type { EngineHost } from '../core/engine/host';
import { setupQuiet } from '../quiet/setup-quiet';
import type { SettingsHandle } from '../storage/settings-store';
import type { Cleanup } from './cleanup';
import { chooseIdleSource } from './idle-source';

/** Idle time as the engine reads it; starts as Electron's and is upgraded when a desktop service answers. */
export interface IdleReader {
  read: () => number | Promise<number>;
}

/** Electron's own idle time: available at once, without asking any desktop service. */
export const electronIdle = (): IdleReader => ({ read: () => powerMonitor.getSystemIdleTime() });

/**
 * Desktop services join after the tray and the engine are up, and start-up never waits for them:
 * the D-Bus idle service, the quiet detectors. Each registers its own clean-up when it exists, so
 * Quit is clean at any moment, and one that answers only after Quit is stopped at once.
 */
export const setupDesktopServices = (deps: { host: EngineHost; settings: SettingsHandle; idle: IdleReader; cleanup: Cleanup; log: (message: string) => void }): void => {
  const { host, settings, idle, cleanup, log } = deps;
  void chooseIdleSource(process.env, () => powerMonitor.getSystemIdleTime(), log).then(
    (source) => {
      // Answered after Quit began: let go of it at once instead of reading from it.
      if (cleanup.quitting()) return source.close();
      idle.read = source.read;
      cleanup.add('idle source', source.close);
    },
    (error: unknown) => log(`idle: ${(error as Error).message}; using Electron's idle time`),
  );
  void Promise.resolve(setupQuiet(host, settings, log)).then(
    (quiet) => {
      // Ready only after Quit began: stop it, and never start the calendar reads.
      if (cleanup.quitting()) return quiet.stop();
      cleanup.add('quiet detectors', quiet.stop);
      quiet.start();
    },
    (error: unknown) => log(`quiet: detectors could not start (${(error as Error).message})`),
  );
};
