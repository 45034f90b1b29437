import type { App, CrashReporter } from 'electron';
import type { Diagnostics } from './diagnostics';

/** Where Electron's crash reporter keeps minidumps; About opens it. */
export interface CrashReports {
  folder: string;
}

/**
 * Starts Electron's crash reporter (Crashpad) so that a crash of the main, a renderer or a helper
 * process leaves a minidump on this machine, and nothing more: `uploadToServer: false` keeps every
 * report in `app.getPath('crashDumps')` (the "Crashpad" folder under user data) and no submitURL
 * is given, so there is nowhere to send one (https://www.electronjs.org/docs/latest/api/crash-reporter:
 * "submitURL … Required unless uploadToServer is false"; reports "are stored … in a directory
 * underneath the app's user data directory, called 'Crashpad'"). Call it before 'ready': a renderer
 * started before the reporter is not watched, and the reporter cannot be stopped once started.
 */
export const setupCrashReports = (
  crashReporter: Pick<CrashReporter, 'start'>,
  app: Pick<App, 'getPath'>,
  deps: { diagnostics?: Diagnostics; log?: (message: string) => void } = {},
): CrashReports => {
  const folder = app.getPath('crashDumps');
  const source = 'Electron crashReporter (Crashpad), local only';
  try {
    crashReporter.start({ uploadToServer: false });
    deps.diagnostics?.report('crash reports', { available: true, enabled: true, lastAnswer: `kept in ${folder}, never uploaded`, source });
  } catch (error) {
    // Without the reporter a crash leaves no minidump; everything else works the same.
    const message = (error as Error).message;
    deps.log?.(`crash reports: the crash reporter did not start (${message})`);
    deps.diagnostics?.report('crash reports', { available: false, enabled: true, lastError: message, source });
  }
  return { folder };
};
