import type { Settings } from '../core/settings/schema';

/** What watching a slice of the settings needs: the current settings and their change events. */
export interface SettingsSource {
  get: () => Settings;
  onChange: (listener: (settings: Settings) => void) => () => void;
}

/**
 * Calls `listener` when the part of the settings `select` picks changes, not on every change.
 * Kept apart from the store, so modules that only watch settings need no electron-store.
 */
export const onSliceChange = <T>(settings: SettingsSource, select: (s: Settings) => T, listener: (slice: T) => void): (() => void) => {
  let last = JSON.stringify(select(settings.get()));
  return settings.onChange((next) => {
    const key = JSON.stringify(select(next));
    if (key === last) return;
    last = key;
    listener(select(next));
  });
};
