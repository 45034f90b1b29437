import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n';

/** Remembers whether the person has been told about the missing tray (a marker file, or a fake in tests). */
export interface ToldOnceStore {
  told: () => boolean;
  markTold: () => void;
}

/** What the no-tray notice needs from the app. */
export interface NoTrayNoticeDeps {
  platform: NodeJS.Platform;
  store: ToldOnceStore;
  /** Shows a message the person will see (a native notification; the Settings window follows). */
  tell: (title: string, body: string) => void;
  openSettings: () => void;
  log?: (message: string) => void;
}

/** The title of the one-time message, in the current language. */
export const noTrayTitle = (): string => t('notify.noTrayTitle');
/** What to do about it, in words of the current language (the command line's flags stay as typed). */
export const noTrayBody = (): string => t('notify.noTrayBody');

/** A marker file in userData: present once the person has been told. Write errors are logged, not thrown. */
export const markerFileStore = (userData: string, log: (message: string) => void = () => undefined): ToldOnceStore => {
  const path = join(userData, 'no-tray-notice-shown');
  return {
    told: () => existsSync(path),
    markTold: () => {
      // Electron creates userData before the app is ready, so no mkdir here.
      try {
        writeFileSync(path, `${new Date().toISOString()}\n`, 'utf8');
      } catch (error) {
        log(`no-tray notice: could not remember that it was shown (${(error as Error).message})`);
      }
    },
  };
};

/**
 * Stock GNOME shows no tray icons without the AppIndicator extension, which leaves a tray app
 * with no visible way in. When the tray watcher (platform/tray-watcher.ts) reports no tray on
 * Linux, say so ONCE, with what to do, and open Settings so there is a window to start from.
 * Returns the listener for the watcher's reports.
 */
export const setupNoTrayNotice = (deps: NoTrayNoticeDeps): ((trayAvailable: boolean) => void) => {
  let toldThisRun = false;
  return (trayAvailable) => {
    if (trayAvailable || deps.platform !== 'linux' || toldThisRun || deps.store.told()) return;
    toldThisRun = true;
    deps.store.markTold();
    deps.log?.('no tray on this desktop: told the person once and opened Settings');
    deps.tell(noTrayTitle(), noTrayBody());
    deps.openSettings();
  };
};
