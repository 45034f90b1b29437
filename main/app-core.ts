import { EngineHost } from './core/engine/host';
import type { IdleWatchFn } from './core/engine/idle-watch';
import type { EngineConfig } from './core/engine/types';
import { recordForEffect } from './core/history/records';
import { TECHNIQUE_REFS } from './core/techniques/library';
import { engineStateFile } from './storage/engine-state-file';
import { historyFile, type HistoryFile } from './storage/history-file';
import { setupSettings, type SettingsHandle } from './storage/settings-store';
import { userData as openUserData, type UserData } from './storage/user-data';

/** The clock and input the core needs from the platform. */
export interface Platform {
  now: () => number;
  monotonic: () => number;
  idleSeconds: () => number | Promise<number>;
  /** The desktop's idle watch for gentle start (call `failed` at once where the current idle source has none: the host then samples). */
  watchIdle?: IdleWatchFn;
  timeZone: () => string;
  log: (message: string) => void;
  /** Tells the user something they must know, once (a notification in the app). */
  tellUser: (title: string, body: string) => void;
}

/** The app without its windows: settings, the engine with its saved state, and the history file. */
export interface AppCore {
  host: EngineHost;
  settings: SettingsHandle;
  history: HistoryFile;
  data: UserData;
  config: () => EngineConfig;
}

/**
 * Starts everything that keeps the schedule and the user's data, in order: settings, saved engine
 * state, history (every effect worth keeping becomes a record), then the engine itself. The
 * Electron shell adds the tray and windows on top; the crash tests run exactly this, alone.
 */
export const startAppCore = (userData: string, platform: Platform): AppCore => {
  const settings = setupSettings(userData, (problems, backup) => {
    platform.log(`settings: ${problems.length} problem(s), original kept at ${backup ?? '(no file)'}: ${problems.map((p) => `${p.key} (${p.message})`).join('; ')}`);
    const where = backup ? ` Your original file is kept at ${backup}.` : '';
    platform.tellUser('Unknot repaired its settings', `${problems.length} setting(s) could not be used and were reset to their defaults.${where}`);
  });
  const config = (): EngineConfig => ({ settings: settings.get(), timeZone: platform.timeZone(), techniques: TECHNIQUE_REFS });
  const stateFile = engineStateFile(userData, platform.log);
  const history = historyFile(userData);
  const host = new EngineHost({
    config,
    now: platform.now,
    monotonic: platform.monotonic,
    idleSeconds: platform.idleSeconds,
    ...(platform.watchIdle && { watchIdle: platform.watchIdle }),
    setTimer: (delay, callback) => setTimeout(callback, Math.min(delay, 2 ** 31 - 1)),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    load: stateFile.load,
    save: stateFile.save,
  });
  host.on((effect) => {
    const record = recordForEffect(effect);
    if (record) history.append(record);
  });
  settings.onChange(() => host.dispatch({ type: 'settings' }));
  const data = openUserData(userData, history, platform.log);
  return { host, settings, history, data, config };
};
