import { SETTINGS_VERSION } from './schema';

/**
 * Steps that bring a settings file from version N to N + 1, indexed by N. Version 1 is the first
 * released format, so the list is empty; each future format change adds one step and a test.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** What migrating a raw settings object found. */
export interface Migrated {
  value: Record<string, unknown>;
  /** Set when the file came from a newer Unknot than this one. */
  newerVersion: number | null;
}

/** Brings raw settings JSON up to the current version; a file without a version is version 1. */
export const migrateSettings = (raw: Record<string, unknown>): Migrated => {
  const found = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1 ? raw.version : 1;
  if (found > SETTINGS_VERSION) return { value: { ...raw, version: SETTINGS_VERSION }, newerVersion: found };
  let value = raw;
  for (let version = found; version < SETTINGS_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from settings version ${version}`);
    value = { ...step(value), version: version + 1 };
  }
  return { value: { ...value, version: SETTINGS_VERSION }, newerVersion: null };
};
