import { copyFileSync, existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { Settings } from './core/settings/schema';
import { mergePatch } from './core/settings/merge';
import { repairSettings, type SettingsProblem } from './core/settings/validate';

/** The settings as the app uses them: validated on load, on every change and on every IPC call. */
export interface SettingsHandle {
  get: () => Settings;
  /** Applies a patch; throws with the problems (naming each key) when the result is invalid. */
  update: (patch: Record<string, unknown>) => Settings;
  onChange: (listener: (settings: Settings) => void) => () => void;
}

/** Copies a damaged settings file aside so nothing the user had is lost; returns the backup path. */
const backUp = (file: string, now: Date): string => {
  const backup = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
  copyFileSync(file, backup);
  return backup;
};

/**
 * Opens the settings file in the user-data folder. A file that is not JSON, or holds invalid
 * values, is backed up beside the original and repaired: every valid value is kept.
 */
export const setupSettings = (
  userDataDir: string,
  report: (problems: SettingsProblem[], backup: string) => void,
): SettingsHandle => {
  const file = join(userDataDir, 'settings.json');
  if (existsSync(file)) {
    try {
      JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      const backup = backUp(file, new Date());
      unlinkSync(file);
      report([{ key: '(file)', message: 'the settings file was not valid JSON; defaults are in use' }], backup);
    }
  }
  const store = new Store<Record<string, unknown>>({ name: 'settings', cwd: userDataDir, clearInvalidConfig: false });
  const repaired = repairSettings(store.store);
  if (repaired.problems.length > 0 && existsSync(file)) report(repaired.problems, backUp(file, new Date()));
  let current = repaired.settings;
  store.store = current as unknown as Record<string, unknown>;
  const listeners = new Set<(settings: Settings) => void>();

  return {
    get: () => current,
    update: (patch) => {
      const result = repairSettings(mergePatch(current, patch));
      if (result.problems.length > 0) {
        throw new Error(result.problems.map((p) => `${p.key}: ${p.message}`).join('; '));
      }
      current = result.settings;
      store.store = current as unknown as Record<string, unknown>;
      listeners.forEach((listener) => listener(current));
      return current;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
