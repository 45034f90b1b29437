import type { AppUpdater, Logger } from 'electron-updater';
import type { UpdateChoice, UpdateStatus, UpdateView } from '../core/ipc/contract';
import type { Diagnostics } from './diagnostics';
import { canCheck, isCheckDue, isReleaseUrl, msUntilDue, nextStatus, shortMessage, type UpdateEvent } from './updates-state';

/** The part of electron-updater's `autoUpdater` this module uses, in the library's own types. */
export type UpdaterPort = Pick<AppUpdater, 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall' | 'on' | 'autoDownload' | 'autoInstallOnAppQuit' | 'logger'>;

/** What updates need from the app. */
export interface UpdatesDeps {
  /** `app.isPackaged`: development builds never check. */
  packaged: boolean;
  currentVersion: string;
  /**
   * False for a deb install or an unsigned macOS build: tell the person and link the release
   * instead of downloading. A function is asked once, when the updater first loads (never at start).
   */
  selfUpdate: boolean | (() => boolean);
  /** electron-updater's `autoUpdater`, loaded only when first needed (never in development). */
  updater: () => UpdaterPort | Promise<UpdaterPort>;
  /** The `app.checkForUpdates` setting: the daily check. */
  automatic: () => boolean;
  lastCheck: { read: () => number | null; write: (at: number) => void };
  now: () => number;
  /** Hands an https://github.com/… release URL to the system browser (`shell.openExternal`). */
  openExternal: (url: string) => Promise<void>;
  setTimer: (ms: number, callback: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
  /** How long after start-up the first daily check waits, so start-up never waits on the network. */
  startDelayMs?: number;
  log?: (message: string) => void;
  /** Where electron-updater's own log lines go (electron-log has the right shape). */
  logger?: Logger;
  diagnostics?: Pick<Diagnostics, 'report'>;
}

/** Updates as the rest of the app sees them. */
export interface Updates {
  view: () => UpdateView;
  /** About's "Check for updates". */
  check: () => Promise<UpdateView>;
  /** The daily check, if it is on and due (also worth calling after the computer wakes). */
  maybeCheck: () => void;
  choose: (choice: UpdateChoice['choice']) => Promise<void>;
  /** Opens the found version's release page; resolves with its URL. */
  openRelease: () => Promise<string>;
  /** Subscribes to changes; returns the unsubscribe function. */
  onChange: (listener: (view: UpdateView) => void) => () => void;
  /** Arms the daily check; returns the function that disarms it. */
  start: () => () => void;
}

/** Updates from GitHub releases through electron-updater: checked at most daily, downloaded in the background, installed only with the person's word. */
export const createUpdates = (deps: UpdatesDeps): Updates => {
  let selfUpdateKnown: boolean | null = typeof deps.selfUpdate === 'boolean' ? deps.selfUpdate : null;
  const selfUpdate = (): boolean => (selfUpdateKnown ??= (deps.selfUpdate as () => boolean)());
  // Read once: only check() changes it, and report() runs on every download-progress event.
  let lastCheckAt = deps.lastCheck.read();
  let status: UpdateStatus = deps.packaged ? { state: 'idle', lastCheckAt } : { state: 'development' };
  const listeners = new Set<(view: UpdateView) => void>();
  const view = (): UpdateView => ({ currentVersion: deps.currentVersion, automatic: deps.automatic(), status });
  const report = () =>
    deps.diagnostics?.report('updates', {
      available: deps.packaged,
      enabled: deps.automatic(),
      lastAnswer: status.state,
      ...(lastCheckAt !== null && { askedAt: lastCheckAt }),
      ...(status.state === 'error' && { lastError: status.message }),
      source: selfUpdateKnown === false ? 'electron-updater, GitHub releases (check only: this install cannot update itself)' : 'electron-updater, GitHub releases',
    });
  const apply = (event: UpdateEvent) => {
    const next = nextStatus(status, event);
    if (next === status) return;
    status = next;
    deps.log?.(`updates: ${status.state}${'version' in status ? ` ${status.version}` : ''}${status.state === 'error' ? ` (${status.during}): ${status.message}` : ''}`);
    report();
    listeners.forEach((listener) => listener(view()));
  };

  let loaded: Promise<UpdaterPort> | null = null;
  const updater = () =>
    (loaded ??= Promise.resolve(deps.updater()).then((u) => {
      u.autoDownload = selfUpdate();
      // electron-updater installs on quit by default; here only after the person agrees (choose()).
      u.autoInstallOnAppQuit = false;
      u.logger = deps.logger ?? null;
      u.on('checking-for-update', () => apply({ type: 'check-started' }));
      u.on('update-not-available', () => apply({ type: 'not-available', at: deps.now() }));
      u.on('update-available', (info) => apply({ type: 'available', version: info.version, selfUpdate: selfUpdate() }));
      u.on('download-progress', (progress) => apply({ type: 'progress', percent: progress.percent }));
      u.on('update-downloaded', (event) => apply({ type: 'downloaded', version: event.version }));
      u.on('error', (error) => apply({ type: 'failed', message: shortMessage(error) }));
      return u;
    }));

  // electron-updater announces 'update-downloaded' a moment before its download promise settles;
  // a second downloadUpdate() in that moment would only join the first.
  let downloading: Promise<unknown> = Promise.resolve();
  const check = async (): Promise<UpdateView> => {
    if (!canCheck(status)) return view();
    lastCheckAt = deps.now();
    deps.lastCheck.write(lastCheckAt);
    apply({ type: 'check-started' });
    try {
      const u = await updater();
      const result = await u.checkForUpdates();
      // The download's failure arrives as an 'error' event; the promise must not go unhandled.
      if (result?.downloadPromise) downloading = result.downloadPromise.catch(() => undefined);
      if (!result) apply({ type: 'failed', message: 'this installation does not check for updates' });
    } catch (error) {
      apply({ type: 'failed', message: shortMessage(error) });
    }
    return view();
  };

  let timer: unknown = null;
  const arm = (ms: number) => {
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(ms, () => {
      timer = null;
      maybeCheck();
    });
  };
  const maybeCheck = () => {
    if (!deps.packaged) return;
    if (deps.automatic() && isCheckDue(lastCheckAt, deps.now())) void check();
    arm(Math.max(60_000, msUntilDue(lastCheckAt, deps.now())));
  };

  report();
  return {
    view,
    check,
    maybeCheck,
    choose: async (choice) => {
      if (status.state !== 'downloaded') throw new Error('No update is ready to install.');
      const u = await updater();
      if (choice === 'restart-now') {
        u.quitAndInstall();
        return;
      }
      u.autoInstallOnAppQuit = true;
      apply({ type: 'install-on-quit' });
      await downloading;
      // With the flag set, asking again for the (cached, re-verified) download makes electron-updater
      // register its own install-on-quit (BaseUpdater.addQuitHandler) or stage it with Squirrel.Mac
      // (MacUpdater): both only happen at download time, which is why the flag was false until now.
      await u.downloadUpdate().catch((error: unknown) => apply({ type: 'failed', message: shortMessage(error) }));
    },
    openRelease: async () => {
      if (status.state !== 'available') throw new Error('No release to show.');
      // The URL is built here from a checked version (updates-state.ts), never taken from the renderer.
      if (!isReleaseUrl(status.releaseUrl)) throw new Error('Not a release page of Unknot.');
      await deps.openExternal(status.releaseUrl);
      return status.releaseUrl;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => {
      if (!deps.packaged) return () => undefined;
      arm(Math.max(deps.startDelayMs ?? 60_000, msUntilDue(lastCheckAt, deps.now())));
      return () => {
        if (timer !== null) deps.clearTimer(timer);
        timer = null;
      };
    },
  };
};
