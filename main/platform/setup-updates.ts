import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { app, powerMonitor, shell } from 'electron';
import type { SettingsHandle } from '../storage/settings-store';
import type { Cleanup } from './cleanup';
import type { Diagnostics } from './diagnostics';
import { createUpdates, type Updates } from './updates';
import { lastCheckFile, loadAutoUpdater } from './updates-io';
import { canSelfUpdate, isDeveloperIdSigned } from './updates-state';

/**
 * Updates never hold up start-up: at most one automatic check a day (a minute after start),
 * off by a setting; electron-updater is loaded only in an installed build. Registers its own clean-up and returns the handle About talks to.
 */
export const setupUpdates = (deps: { settings: SettingsHandle; cleanup: Cleanup; diagnostics: Diagnostics; log: (message: string) => void }): Updates => {
  const { settings, cleanup, diagnostics, log } = deps;
  const updates = createUpdates({
    packaged: app.isPackaged,
    currentVersion: app.getVersion(),
    // On macOS only a Developer-ID-signed bundle can replace itself; asked when the updater first
    // loads (a minute after start at the earliest), never on the start-up path.
    selfUpdate: () =>
      canSelfUpdate(process.platform, process.env) &&
      (process.platform !== 'darwin' || isDeveloperIdSigned(spawnSync('codesign', ['-dv', '--verbose=2', resolve(process.execPath, '../../..')], { encoding: 'utf8', timeout: 5000 }).stderr ?? '')),
    updater: loadAutoUpdater,
    automatic: () => settings.get().app.checkForUpdates,
    lastCheck: lastCheckFile(app.getPath('userData'), log),
    now: () => Date.now(),
    // updates.ts opens only the exact https release URL of this repository (docs/SECURITY.md item 14).
    openExternal: (url) => shell.openExternal(url),
    setTimer: (ms, fn) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    log,
    logger: { info: log, warn: log, error: log },
    diagnostics,
  });
  cleanup.add('updates', updates.start());
  // The daily timer runs late across sleep: look again (at most once a day) when the machine wakes.
  powerMonitor.on('resume', updates.maybeCheck);
  cleanup.add('updates on wake', () => powerMonitor.removeListener('resume', updates.maybeCheck));
  return updates;
};
