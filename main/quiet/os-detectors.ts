import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import type { ProbedDetector } from './probe';

const require = createRequire(import.meta.url);

/** Windows' user notification states that mean "not now", and what each is. */
export const WINDOWS_QUIET_STATES: Record<string, string> = {
  QUNS_BUSY: 'a full-screen app or presentation',
  QUNS_RUNNING_D3D_FULL_SCREEN: 'a full-screen game or video',
  QUNS_PRESENTATION_MODE: 'presentation mode',
  QUNS_QUIET_TIME: 'Windows quiet time',
};

type Loader = (name: string) => unknown;

/**
 * Windows: SHQueryUserNotificationState through the `windows-notification-state` package
 * (an optional native dependency). Null, with a log line, where it cannot be loaded.
 */
export const windowsNotificationState = (log: (m: string) => void, load: Loader = require): ProbedDetector | null => {
  try {
    const { getNotificationState } = load('windows-notification-state') as { getNotificationState: () => string };
    return { reason: 'full screen, presentation or quiet time', check: async () => getNotificationState() in WINDOWS_QUIET_STATES };
  } catch (error) {
    log(`quiet: Windows notification state unavailable (${(error as Error).message})`);
    return null;
  }
};

/** macOS: Focus / Do Not Disturb through the `macos-notification-state` package (optional native dependency). */
export const macosFocus = (log: (m: string) => void, load: Loader = require): ProbedDetector | null => {
  try {
    const { getDoNotDisturb } = load('macos-notification-state') as { getDoNotDisturb: () => boolean };
    return { reason: 'Focus is on', check: async () => Boolean(getDoNotDisturb()) };
  } catch (error) {
    log(`quiet: macOS Focus state unavailable (${(error as Error).message})`);
    return null;
  }
};

/** GNOME's own do-not-disturb switch (show-banners off), asked only near a break. */
export const gnomeBannersOff = (run = execFile): ProbedDetector => ({
  reason: 'do not disturb',
  check: () =>
    new Promise((resolve) =>
      run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], { timeout: 3000 }, (error, stdout) =>
        resolve(!error && String(stdout).trim() === 'false'),
      ),
    ),
});

const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** True when `reg query /s` output shows an app using the device now: LastUsedTimeStop is 0 while it runs. */
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
  return { reason: 'in a call', check: async () => (await query('webcam')) || (await query('microphone')) };
};
