import type { CrashReporter, CrashReporterStartOptions } from 'electron';
import { app } from './app';
import { record } from './recorder';

/**
 * The fake `crashReporter`: records how it was started, whether the app was ready yet (Electron
 * wants it before 'ready', or early renderers go unwatched: docs/api/crash-reporter.md) and the
 * folder Electron would keep minidumps in.
 */
export const crashReporter = {
  start: (options: CrashReporterStartOptions): void => {
    record('crash-reporter-start', { options, ready: app.isReady(), folder: app.getPath('crashDumps') });
  },
} satisfies Pick<CrashReporter, 'start'>;
