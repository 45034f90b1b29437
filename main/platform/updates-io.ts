import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdaterPort } from './updates';

/**
 * electron-updater's `autoUpdater`, imported only when first needed: development builds never load
 * it. The package is CommonJS and its `autoUpdater` is a getter Node's ESM loader does not list as a
 * named export, hence the default import (as https://www.electron.build/auto-update/ shows for ESM).
 */
export const loadAutoUpdater = async (): Promise<UpdaterPort> => {
  const { default: electronUpdater } = await import('electron-updater');
  return electronUpdater.autoUpdater;
};

/**
 * When the daily check last ran, in `updates.json` in the user-data folder. A lost or torn file
 * reads as "never checked", which costs one extra check and nothing else, so no atomic write.
 */
export const lastCheckFile = (userData: string, log?: (message: string) => void) => {
  const path = join(userData, 'updates.json');
  return {
    read: (): number | null => {
      try {
        const at: unknown = (JSON.parse(readFileSync(path, 'utf8')) as { lastCheckAt?: unknown }).lastCheckAt;
        return typeof at === 'number' && Number.isFinite(at) ? at : null;
      } catch {
        return null;
      }
    },
    write: (at: number): void => {
      try {
        mkdirSync(userData, { recursive: true });
        writeFileSync(path, JSON.stringify({ lastCheckAt: at }));
      } catch (error) {
        log?.(`updates: could not remember the last check: ${(error as Error).message}`);
      }
    },
  };
};
