import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Diagnostics } from '../platform/diagnostics';
import type { ProbedDetector } from './probe';

const require = createRequire(import.meta.url);

/** The two optional native packages, typed by their own declarations so a fake cannot drift from them. */
export type MacosNotificationState = typeof import('macos-notification-state');
/** See MacosNotificationState. */
export type WindowsNotificationState = typeof import('windows-notification-state');
type WindowsState = ReturnType<WindowsNotificationState['getNotificationState']>;

/**
 * Windows' user notification states that mean "not now", and what each is: Microsoft's
 * QUERY_USER_NOTIFICATION_STATE (https://learn.microsoft.com/en-us/windows/win32/api/shellapi/ne-shellapi-query_user_notification_state).
 */
export const WINDOWS_QUIET_STATES: Partial<Record<WindowsState, string>> = {
  QUNS_BUSY: 'a full-screen app or presentation',
  QUNS_RUNNING_D3D_FULL_SCREEN: 'a full-screen game or video',
  QUNS_PRESENTATION_MODE: 'presentation mode',
  QUNS_QUIET_TIME: 'Windows quiet time',
};

/** What loading an optional native package needs; every part injectable for tests. */
export interface NativeDeps<T> {
  log: (message: string) => void;
  diagnostics?: Diagnostics;
  /** Whether the package's compiled addon is present (false: an npm install that did not build it). */
  built?: () => boolean;
  load?: () => T;
}

/**
 * Whether `pkg`'s native addon was compiled, asked the way the package itself finds it: through
 * its own copy of `bindings` with `path: true`, which resolves the file without loading it
 * (node_modules/bindings/bindings.js: `opts.path ? requireFunc.resolve(n) : requireFunc(n)`).
 * Both packages load their addon with `require('bindings')('notificationstate')` (their lib/index.js),
 * so this answers exactly as their own load would, in a packaged app too, where electron-builder
 * unpacks `.node` files next to app.asar (electron-userland/electron-builder#8392).
 */
export const addonBuilt = (pkg: string, addon: string, from: string = import.meta.url): boolean => {
  try {
    const manifest = createRequire(from).resolve(`${pkg}/package.json`);
    // bindings ships no type declarations; this is the call shape its source accepts.
    const bindings = createRequire(manifest)('bindings') as (opts: { bindings: string; module_root: string; path: true }) => string;
    bindings({ bindings: addon, module_root: dirname(manifest), path: true });
    return true;
  } catch {
    return false;
  }
};

/** Loads an optional native package, or says once, calmly, why not (never as an error at every start). */
const loadNative = <T>(name: string, pkg: string, what: string, deps: NativeDeps<T>, fallback: () => T): T | null => {
  const source = `${pkg} (native addon)`;
  if (!(deps.built ?? (() => addonBuilt(pkg, 'notificationstate')))()) {
    deps.log(`quiet: ${what} is not detected: the ${pkg} addon is not built in this development install (packaged builds compile it)`);
    deps.diagnostics?.report(name, { available: false, lastAnswer: 'unavailable', lastError: 'native addon not built in this development install', source });
    return null;
  }
  try {
    const loaded = (deps.load ?? fallback)();
    deps.diagnostics?.report(name, { available: true, source });
    return loaded;
  } catch (error) {
    deps.log(`quiet: ${what} is not detected: ${pkg} did not load (${(error as Error).message})`);
    deps.diagnostics?.report(name, { available: false, lastAnswer: 'unavailable', lastError: (error as Error).message, source });
    return null;
  }
};

/** The Diagnostics names of the two native detectors. */
export const WINDOWS_STATE_NAME = 'Windows notification state';
/** See WINDOWS_STATE_NAME. */
export const MACOS_FOCUS_NAME = 'macOS Focus';

/**
 * Windows: SHQueryUserNotificationState through the `windows-notification-state` package (an
 * optional native dependency; its getNotificationState answers synchronously). Null where it cannot be loaded.
 */
export const windowsNotificationState = (deps: NativeDeps<WindowsNotificationState>): ProbedDetector | null => {
  const native = loadNative(WINDOWS_STATE_NAME, 'windows-notification-state', 'full screen and quiet time', deps, () => require('windows-notification-state') as WindowsNotificationState);
  if (!native) return null;
  return {
    reason: 'full screen, presentation or quiet time',
    name: WINDOWS_STATE_NAME,
    check: async () => WINDOWS_QUIET_STATES[native.getNotificationState()] !== undefined,
  };
};

/**
 * macOS: Focus / Do Not Disturb through the `macos-notification-state` package (optional native
 * dependency). Its getDoNotDisturb returns a Promise (its index.d.ts and lib/index.js): it is
 * awaited, so only a real "true" is quiet; a rejection (an unsupported macOS, no Focus addon)
 * rejects the check, which the probe counts as not quiet and reports to Diagnostics.
 */
export const macosFocus = (deps: NativeDeps<MacosNotificationState>): ProbedDetector | null => {
  const native = loadNative(MACOS_FOCUS_NAME, 'macos-notification-state', 'Focus (Do Not Disturb)', deps, () => require('macos-notification-state') as MacosNotificationState);
  if (!native) return null;
  return { reason: 'Focus is on', name: MACOS_FOCUS_NAME, check: async () => (await native.getDoNotDisturb()) === true };
};

/** GNOME's own do-not-disturb switch (show-banners off), asked only near a break. */
export const gnomeBannersOff = (run = execFile): ProbedDetector => ({
  reason: 'do not disturb',
  name: 'GNOME do-not-disturb (gsettings)',
  // A failure (no gsettings, no schema) rejects: the probe counts it as not quiet and shows why in Diagnostics.
  check: () =>
    new Promise((resolve, reject) =>
      run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], { timeout: 3000 }, (error, stdout) =>
        error ? reject(error) : resolve(String(stdout).trim() === 'false'),
      ),
    ),
});

const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/**
 * True when `reg query /s` output shows an app using the device now: LastUsedTimeStop is 0 while it
 * runs. Microsoft does not document these values (only the ConsentStore's Allow/Deny `Value`); this
 * rests on the key layout Windows 10 1903+ keeps for its privacy indicator, is not verified on
 * Windows here, and the fixture in tests/main/quiet/os-detectors.test.ts is written, not captured.
 */
export const deviceInUse = (regOutput: string): boolean => /LastUsedTimeStop\s+REG_QWORD\s+0x0\s*$/im.test(regOutput);

/**
 * Windows calls: the privacy "in use" state of the camera and microphone, from the consent store
 * Windows keeps for its privacy indicator. Asked only near a break (it runs `reg query`).
 */
export const windowsInCall = (run = execFile): ProbedDetector => {
  const query = (device: 'webcam' | 'microphone') =>
    new Promise<boolean>((resolve) =>
      run('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s', '/v', 'LastUsedTimeStop'], { timeout: 5000, windowsHide: true }, (error, stdout) =>
        resolve(!error && deviceInUse(String(stdout))),
      ),
    );
  return { reason: 'in a call', name: 'Windows camera/microphone in use', check: async () => (await query('webcam')) || (await query('microphone')) };
};
