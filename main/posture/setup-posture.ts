import { dirname, join } from 'node:path';
import { BrowserWindow, Notification, powerMonitor, systemPreferences, webContents } from 'electron';
import type { EngineHost } from '../core/engine/host';
import { POSTURE_PAGE } from '../core/posture/csp';
import { postureWord } from '../core/posture/words';
import { mainLanguage } from '../i18n';
import { sendEvent } from '../ipc/gatekeeper';
import type { SettingsHandle } from '../storage/settings-store';
import { postureSummaryFile } from '../storage/posture-summary';
import { askCameraAccess } from './camera-access';
import { createCameraGrant } from './media-grant';
import { postureNotice } from './posture-notice';
import { setupPostureSensing, type PostureSensing } from './posture-sensing';
import { postureWindow, type PostureWindowOptions } from './posture-window';
import { posturePageUrl } from './sender-check';
import { createSecureWindow } from '../windows/window-options';

/** The camera grant, made before security is set up (platform/security.ts asks it) and filled in by posture sensing. */
export const postureCameraGrant = createCameraGrant();

/**
 * Creates the posture window: every app window's locked-down preferences (windows/window-options.ts)
 * plus `backgroundThrottling: false` — Chromium otherwise throttles a hidden window's timers, and
 * the sampling bursts would drift to once a minute or worse.
 */
export const createPostureBrowserWindow = (preload: string, options: PostureWindowOptions): BrowserWindow =>
  createSecureWindow(preload, options, { backgroundThrottling: false });

/** What the composition root hands posture sensing. */
export interface SetupPostureDeps {
  paths: { preload: string; rendererHtml: string };
  host: EngineHost;
  settings: SettingsHandle;
  /** The app's windows that hear events (windows.trusted): they get `postureChanged`. */
  trusted: ReadonlySet<number>;
  userData: string;
  log: (message: string) => void;
}

/**
 * Posture sensing with the real Electron: the hidden window, the power monitor, macOS camera
 * access, native notifications and the summary file. Returns the sensing handle (for IPC, the
 * tray's `onPostureNudge` and the break's technique choice) and its stop for clean-up.
 */
export const setupPosture = ({ paths, host, settings, trusted, userData, log }: SetupPostureDeps): PostureSensing => {
  const pageUrl = posturePageUrl(paths.rendererHtml);
  const words = (key: string, vars?: Record<string, string | number>) => postureWord(mainLanguage(), key, vars);
  const cameraWindow = postureWindow({
    create: (options) => createPostureBrowserWindow(paths.preload, options),
    html: join(dirname(paths.rendererHtml), POSTURE_PAGE),
    title: () => words('settings.legend'),
    // Its calls are checked by the posture sender rule (ipc/gatekeeper.ts withPostureSender), not the app's trusted set.
    trust: () => () => undefined,
  });
  const notify = postureNotice((options) => new Notification(options), () => Notification.isSupported());
  return setupPostureSensing({
    settings,
    engine: host,
    power: powerMonitor,
    window: cameraWindow,
    grant: postureCameraGrant,
    pageUrl,
    askCamera: () => askCameraAccess(process.platform, systemPreferences),
    summary: postureSummaryFile(userData),
    notify,
    words,
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    every: (ms, callback) => {
      const handle = setInterval(callback, ms);
      return () => clearInterval(handle);
    },
    publish: (status) => {
      for (const id of trusted) {
        const contents = webContents.fromId(id);
        if (contents) sendEvent(contents, 'postureChanged', status);
      }
    },
    log,
  });
};
