import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { mergePatch } from '../core/settings/merge';
import { migrateSettings } from '../core/settings/migrate';
import { defaultSettings, type Settings } from '../core/settings/schema';
import { repairSettings, unknownKeys, type SettingsProblem } from '../core/settings/validate';
import { syncDirectory } from './durable-write';

/** The settings as the app uses them: validated on load, on every change and on every IPC call. */
export interface SettingsHandle {
  get: () => Settings;
  /** Applies a patch; throws with the problems (naming each key) when the result is invalid. */
  update: (patch: Record<string, unknown>) => Settings;
  /** Puts every setting back to its default (onboarding stays done). */
  reset: () => Settings;
  onChange: (listener: (settings: Settings) => void) => () => void;
}

/** The part of electron-store the settings use; tests pass one that fails to write. */
export interface SettingsStore {
  store: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Copies a damaged settings file aside so nothing the user had is lost; returns the backup path. */
const backUp = (file: string): string => {
  const backup = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
  copyFileSync(file, backup);
  return backup;
};

/** Reads the file as text → JSON object, or says why it cannot be used. */
const readRaw = (file: string): { raw: Record<string, unknown> } | { problem: string } | null => {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { problem: 'the settings file is not valid JSON (empty, cut off or garbage); defaults are in use' };
  }
  return isRecord(json) ? { raw: json } : { problem: 'the settings file does not hold a JSON object; defaults are in use' };
};

/**
 * Opens the settings file in the user-data folder. Whatever is wrong with it — not JSON, wrong
 * types, values out of range, unknown keys, a newer version — every valid value is kept, the
 * original is copied beside it as a backup, and `report` is called once with every problem.
 * When the file cannot be written (read-only), changes still apply until the app quits.
 */
export const setupSettings = (
  userDataDir: string,
  report: (problems: SettingsProblem[], backup: string | null) => void,
  openStore: (dir: string) => SettingsStore = (dir) => new Store<Record<string, unknown>>({ name: 'settings', cwd: dir, clearInvalidConfig: true }),
): SettingsHandle => {
  const file = join(userDataDir, 'settings.json');
  const problems: SettingsProblem[] = [];
  let backup: string | null = null;
  const read = readRaw(file);
  let raw: Record<string, unknown> = {};
  if (read && 'problem' in read) {
    problems.push({ key: '(file)', message: read.problem });
    backup = backUp(file);
  } else if (read) {
    const migrated = migrateSettings(read.raw);
    if (migrated.newerVersion !== null) {
      problems.push({ key: 'version', message: `written by a newer Unknot (settings version ${migrated.newerVersion}); the values this version understands are kept` });
    }
    raw = migrated.value;
  }
  const repaired = repairSettings(raw);
  problems.push(...repaired.problems);
  problems.push(...unknownKeys(raw, repaired.settings).map((key) => ({ key, message: 'unknown setting, left out (it is kept in the backup)' })));
  if (problems.length > 0 && !backup && existsSync(file)) backup = backUp(file);

  let current = repaired.settings;
  let store: SettingsStore | null = null;
  let writeProblem: string | null = null;
  const save = () => {
    try {
      store ??= openStore(userDataDir);
      // electron-store's conf writes with `atomically` (temp file, fsync, rename: node_modules/conf/dist/source/index.js
      // #writeFile); the folder flush makes the rename itself survive a power cut.
      store.store = current as unknown as Record<string, unknown>;
      syncDirectory(userDataDir);
    } catch (error) {
      const message = `settings cannot be saved (${(error as Error).message}); changes last until Unknot quits`;
      if (writeProblem === null) problems.push({ key: '(file)', message });
      writeProblem = message;
    }
  };
  save();
  if (problems.length > 0) report(problems, backup);
  const listeners = new Set<(settings: Settings) => void>();

  return {
    get: () => current,
    update: (patch) => {
      const result = repairSettings(mergePatch(current, patch));
      if (result.problems.length > 0) {
        throw new Error(result.problems.map((p) => `${p.key}: ${p.message}`).join('; '));
      }
      current = result.settings;
      save();
      listeners.forEach((listener) => listener(current));
      return current;
    },
    reset: () => {
      current = { ...defaultSettings(), app: { ...defaultSettings().app, onboarded: current.app.onboarded } };
      save();
      listeners.forEach((listener) => listener(current));
      return current;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** Re-exported for the store's callers; it lives in settings-slice.ts, free of electron-store. */
export { onSliceChange } from './settings-slice';
