import type { App, CrashReporter, CrashReporterStartOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { setupCrashReports } from '../../../main/platform/crash-reports';
import { createDiagnostics } from '../../../main/platform/diagnostics';

type PathName = Parameters<App['getPath']>[0];

/** Electron's crashReporter, recording how it was started; `failWith` makes start throw as a broken install would. */
const fakeCrashReporter = (failWith?: string) => {
  const started: CrashReporterStartOptions[] = [];
  const reporter = {
    start: (options: CrashReporterStartOptions): void => {
      if (failWith) throw new Error(failWith);
      started.push(options);
    },
  } satisfies Pick<CrashReporter, 'start'>;
  return { reporter, started };
};

const fakeApp = {
  getPath: (name: PathName): string => {
    if (name === 'crashDumps') return '/home/ada/.config/Unknot/Crashpad';
    throw new Error(`Failed to get '${name}' path`);
  },
} satisfies Pick<App, 'getPath'>;

describe('local crash reports', () => {
  it('starts the crash reporter once, never uploading and with nowhere to upload to', () => {
    const { reporter, started } = fakeCrashReporter();
    setupCrashReports(reporter, fakeApp);
    expect(started).toHaveLength(1);
    expect(started[0]!.uploadToServer).toBe(false);
    expect(started[0]!.submitURL).toBeUndefined();
  });

  it("gives About Electron's crash-dumps folder and shows it in Diagnostics", () => {
    const diagnostics = createDiagnostics();
    const reports = setupCrashReports(fakeCrashReporter().reporter, fakeApp, { diagnostics });
    expect(reports.folder).toBe('/home/ada/.config/Unknot/Crashpad');
    expect(diagnostics.snapshot().detectors['crash reports']).toMatchObject({
      available: true,
      enabled: true,
      lastAnswer: 'kept in /home/ada/.config/Unknot/Crashpad, never uploaded',
    });
  });

  it('a reporter that fails to start costs the minidumps only: logged, in Diagnostics, the app goes on', () => {
    const diagnostics = createDiagnostics();
    const logged: string[] = [];
    const reports = setupCrashReports(fakeCrashReporter('crashpad handler not found').reporter, fakeApp, { diagnostics, log: (m) => logged.push(m) });
    expect(reports.folder).toBe('/home/ada/.config/Unknot/Crashpad');
    expect(logged).toEqual(['crash reports: the crash reporter did not start (crashpad handler not found)']);
    expect(diagnostics.snapshot().detectors['crash reports']).toMatchObject({ available: false, lastError: 'crashpad handler not found' });
  });
});
