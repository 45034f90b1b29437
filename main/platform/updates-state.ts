import type { UpdateStatus } from '../core/ipc/contract';

/**
 * The updater's decisions as plain functions (no Electron, no electron-updater), so every rule
 * is tested without either: idle → checking → up-to-date | available | error → downloading
 * (progress) → downloaded → install on quit once the person agrees.
 */

/** Something electron-updater reported, or the person decided. */
export type UpdateEvent =
  | { type: 'check-started' }
  | { type: 'not-available'; at: number }
  | { type: 'available'; version: string; selfUpdate: boolean }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'install-on-quit' }
  | { type: 'failed'; message: string };

/** Where the releases live: the `publish:` key of electron-builder.yml and package.json's repository. */
export const RELEASES_URL = 'https://github.com/unknot-app/unknot/releases';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** The release page of a version (electron-builder tags releases `v<version>`); the list of releases when the version looks odd. */
export const releaseUrlFor = (version: string): string => (SEMVER.test(version) ? `${RELEASES_URL}/tag/v${version}` : RELEASES_URL);

/** Whether a URL is exactly one this app may hand to the system browser: a release page of this repository. */
export const isReleaseUrl = (url: string): boolean => url === RELEASES_URL || new RegExp(`^${RELEASES_URL.replace(/[.]/g, '\\.')}/tag/v\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$`).test(url);

/** The next state after an event; events that make no sense in the current state change nothing. */
export const nextStatus = (status: UpdateStatus, event: UpdateEvent): UpdateStatus => {
  // A development build never checks, whatever arrives.
  if (status.state === 'development') return status;
  switch (event.type) {
    case 'check-started':
      // A check never forgets a download in progress or one that is ready.
      return status.state === 'downloading' || status.state === 'downloaded' ? status : { state: 'checking' };
    case 'not-available':
      return status.state === 'checking' ? { state: 'up-to-date', checkedAt: event.at } : status;
    case 'available':
      if (status.state === 'downloaded' && status.version === event.version) return status;
      return event.selfUpdate ? { state: 'downloading', version: event.version, percent: 0 } : { state: 'available', version: event.version, releaseUrl: releaseUrlFor(event.version) };
    case 'progress':
      if (status.state !== 'downloading') return status;
      return { ...status, percent: Math.min(100, Math.max(status.percent, Math.round(event.percent))) };
    case 'downloaded':
      // electron-updater announces the cached file again when the person agrees to install on quit.
      if (status.state === 'downloaded' && status.version === event.version) return status;
      return { state: 'downloaded', version: event.version, installOnQuit: false };
    case 'install-on-quit':
      return status.state === 'downloaded' ? { ...status, installOnQuit: true } : status;
    case 'failed': {
      if (status.state === 'error') return status;
      const during = status.state === 'downloading' ? 'download' : status.state === 'downloaded' ? 'install' : 'check';
      return { state: 'error', during, message: event.message };
    }
  }
};

/** Whether a check may start now: not while one runs, a download runs, or an update waits to be installed. */
export const canCheck = (status: UpdateStatus): boolean => status.state !== 'development' && status.state !== 'checking' && status.state !== 'downloading' && status.state !== 'downloaded';

/** A day: the automatic check runs at most this often. */
export const CHECK_EVERY_MS = 24 * 60 * 60 * 1000;

/** Whether the daily check is due: never checked, a day gone, or the clock went back past the last check. */
export const isCheckDue = (lastCheckAt: number | null, now: number): boolean => lastCheckAt === null || now - lastCheckAt >= CHECK_EVERY_MS || now < lastCheckAt;

/** How long until the daily check is due (0 when it is). */
export const msUntilDue = (lastCheckAt: number | null, now: number): number => (isCheckDue(lastCheckAt, now) ? 0 : CHECK_EVERY_MS - (now - (lastCheckAt as number)));

/**
 * Whether this installation can replace itself. electron-updater installs AppImage, NSIS and the
 * macOS zip (https://www.electron.build/auto-update/); a deb is owned by the package manager, and
 * an AppImage is recognised by the `APPIMAGE` variable its runtime sets (electron-updater's
 * AppImageUpdater.isUpdaterActive checks the same), so on Linux without it this is a deb.
 */
export const canSelfUpdate = (platform: string, env: Readonly<Record<string, string | undefined>>): boolean => (platform === 'linux' ? Boolean(env.APPIMAGE) : platform === 'win32' || platform === 'darwin');

/** The first line of an error, short enough for one line in About (electron-updater's messages carry stacks and raw file contents). */
export const shortMessage = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0]?.trim() || 'unknown error';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

/**
 * Whether a macOS app bundle carries a Developer ID signature: Squirrel.Mac, which electron-updater
 * drives on macOS, refuses an update unless the running app is signed (electron-builder's
 * auto-update docs: "macOS application must be signed in order for auto updating to work").
 * Reads `codesign -dv`'s report (it writes to stderr); an ad-hoc or missing signature is false.
 */
export const isDeveloperIdSigned = (codesignReport: string): boolean => /^Authority=Developer ID Application:/m.test(codesignReport);
