import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { createDiagnostics } from '../../../main/platform/diagnostics';
import {
  addonBuilt,
  gnomeBannersOff,
  MACOS_FOCUS_NAME,
  macosFocus,
  type MacosNotificationState,
  WINDOWS_STATE_NAME,
  windowsNotificationState,
  type WindowsNotificationState,
} from '../../../main/quiet/os-detectors';
import { askBounded, probeNearBreaks } from '../../../main/quiet/probe';

const built = () => true;
const notBuilt = () => false;

describe('Windows notification state (package faked, typed by its own index.d.ts)', () => {
  it.each([
    ['QUNS_BUSY', true],
    ['QUNS_RUNNING_D3D_FULL_SCREEN', true],
    ['QUNS_PRESENTATION_MODE', true],
    ['QUNS_QUIET_TIME', true],
    ['QUNS_ACCEPTS_NOTIFICATIONS', false],
    ['QUNS_NOT_PRESENT', false],
    ['UNKNOWN_ERROR', false],
  ] as const)('%s means quiet: %s', async (state, quiet) => {
    const fake = { getNotificationState: () => state, shQueryUserNotificationState: () => 0 } satisfies WindowsNotificationState;
    const detector = windowsNotificationState({ log: vi.fn(), built, load: () => fake })!;
    expect(await detector.check()).toBe(quiet);
  });

  it('says plainly when the package does not load, and Diagnostics shows it unavailable', () => {
    const log = vi.fn();
    const diagnostics = createDiagnostics();
    const detector = windowsNotificationState({ log, diagnostics, built, load: () => { throw new Error("Cannot find module 'windows-notification-state'"); } });
    expect(detector).toBeNull();
    expect(log.mock.calls[0]![0]).toMatch(/not detected: windows-notification-state did not load/);
    expect(diagnostics.snapshot().detectors[WINDOWS_STATE_NAME]).toMatchObject({ available: false, lastAnswer: 'unavailable' });
  });
});

describe('macOS Focus (package faked, typed by its own index.d.ts: getDoNotDisturb returns a Promise)', () => {
  const fakeMac = (getDoNotDisturb: MacosNotificationState['getDoNotDisturb']) =>
    ({
      getDoNotDisturb,
      getNotificationState: async () => 'UNKNOWN',
      getSessionState: () => 'UNKNOWN',
    }) satisfies MacosNotificationState;

  it('is quiet when Focus resolves true', async () => {
    const detector = macosFocus({ log: vi.fn(), built, load: () => fakeMac(async () => true) })!;
    expect(await detector.check()).toBe(true);
  });

  it('is not quiet when Focus resolves false (the old code called every Mac quiet: a Promise is truthy)', async () => {
    const detector = macosFocus({ log: vi.fn(), built, load: () => fakeMac(async () => false) })!;
    expect(await detector.check()).toBe(false);
  });

  it('is not quiet when the answer is rejected, and Diagnostics shows the error', async () => {
    const diagnostics = createDiagnostics();
    const detector = macosFocus({ log: vi.fn(), diagnostics, built, load: () => fakeMac(() => Promise.reject(new Error('getFocusStatus not supported'))) })!;
    const report = vi.fn();
    const probe = probeNearBreaks([detector], report, () => 0, { diagnostics });
    probe.listener({ type: 'notice', at: 0, kind: 'posture', startsAt: 30_000 }, { text: 'Posture break starting', mode: 'active', snoozeAllowed: true });
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith('Focus is on', false));
    expect(diagnostics.snapshot().detectors[MACOS_FOCUS_NAME]).toMatchObject({ lastAnswer: 'unknown', lastError: 'getFocusStatus not supported' });
    expect(await askBounded(detector)).toEqual({ on: false, answer: 'unknown', error: 'getFocusStatus not supported' });
  });

  it('in a development install without the compiled addon: one calm log line, no load attempt, unavailable in Diagnostics', () => {
    const log = vi.fn();
    const load = vi.fn(() => fakeMac(async () => true));
    const diagnostics = createDiagnostics();
    expect(macosFocus({ log, diagnostics, built: notBuilt, load })).toBeNull();
    expect(load).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/not built in this development install/);
    expect(diagnostics.snapshot().detectors[MACOS_FOCUS_NAME]).toMatchObject({ available: false, lastAnswer: 'unavailable' });
  });

  it('knows a compiled addon from a missing one the way the packages find theirs (through bindings)', () => {
    // A throw-away node_modules: one package with its addon compiled, one without, and the real bindings.
    const root = mkdtempSync(join(tmpdir(), 'addons-'));
    const modules = join(root, 'node_modules');
    for (const name of ['with-addon', 'without-addon']) {
      mkdirSync(join(modules, name), { recursive: true });
      writeFileSync(join(modules, name, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
    }
    mkdirSync(join(modules, 'with-addon', 'build', 'Release'), { recursive: true });
    writeFileSync(join(modules, 'with-addon', 'build', 'Release', 'notificationstate.node'), '');
    symlinkSync(realpathSync('node_modules/bindings'), join(modules, 'bindings'));
    const from = join(root, 'index.js');
    expect(addonBuilt('with-addon', 'notificationstate', from)).toBe(true);
    expect(addonBuilt('without-addon', 'notificationstate', from)).toBe(false);
    expect(addonBuilt('not-installed', 'notificationstate', from)).toBe(false);
  });
});

describe('GNOME show-banners', () => {
  it('is quiet when banners are switched off, not when on; a missing gsettings is "unknown" (not quiet)', async () => {
    const answer = (error: Error | null, stdout: string) =>
      ((_cmd: string, _args: string[], _opts: object, cb: (e: Error | null, out: string) => void) => cb(error, stdout)) as never;
    expect(await gnomeBannersOff(answer(null, 'false\n')).check()).toBe(true);
    expect(await gnomeBannersOff(answer(null, 'true\n')).check()).toBe(false);
    await expect(gnomeBannersOff(answer(new Error('spawn gsettings ENOENT'), '')).check()).rejects.toThrow('ENOENT');
    expect(await askBounded(gnomeBannersOff(answer(new Error('spawn gsettings ENOENT'), '')))).toMatchObject({ on: false, answer: 'unknown' });
  });
});

describe('Windows calls: camera and microphone privacy state (reg faked)', () => {
  const idle = `HKEY_CURRENT_USER\\...\\ConsentStore\\webcam\\NonPackaged\\C:#Program Files#Zoom#Zoom.exe
    LastUsedTimeStop    REG_QWORD    0x1d9f0c2a8b3c4d0
`;
  const live = `HKEY_CURRENT_USER\\...\\ConsentStore\\microphone\\NonPackaged\\C:#Program Files#Teams#ms-teams.exe
    LastUsedTimeStop    REG_QWORD    0x0
`;
  it('reads "in use" from LastUsedTimeStop being 0', async () => {
    const { deviceInUse, windowsInCall } = await import('../../../main/quiet/os-detectors');
    expect(deviceInUse(idle)).toBe(false);
    expect(deviceInUse(live)).toBe(true);
    const run = ((_c: string, args: string[], _o: object, cb: (e: Error | null, out: string) => void) => cb(null, args[1]!.endsWith('microphone') ? live : idle)) as never;
    expect(await windowsInCall(run).check()).toBe(true);
    const quietRun = ((_c: string, _a: string[], _o: object, cb: (e: Error | null, out: string) => void) => cb(null, idle)) as never;
    expect(await windowsInCall(quietRun).check()).toBe(false);
  });
});

describe('fakes that cannot lie', () => {
  /** Compiles the fixtures in one in-memory program, as if they were tests/typecheck-fixtures/NAME.ts, with the tests' compiler options. */
  const compile = (names: string[]) => {
    const configPath = resolve('tsconfig.tests.json');
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dirname(configPath));
    const virtual = new Map(names.map((name) => [resolve('tests/typecheck-fixtures', `${name}.ts`), name]));
    const host = ts.createCompilerHost(config.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (file, language, ...rest) =>
      virtual.has(resolve(file)) ? ts.createSourceFile(file, readFileSync(`${resolve(file)}.txt`, 'utf8'), language) : getSourceFile(file, language, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (file) => virtual.has(resolve(file)) || fileExists(file);
    const program = ts.createProgram({ rootNames: [...virtual.keys()], options: { ...config.options, noEmit: true }, host });
    return Object.fromEntries(
      [...virtual].map(([path, name]) => [name, ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((d) => ({ code: d.code, text: ts.flattenDiagnosticMessageText(d.messageText, '\n') }))]),
    );
  };

  it('a macos-notification-state fake whose getDoNotDisturb returns a boolean fails to compile; the real shape compiles', () => {
    const errors = compile(['wrong-fake', 'right-fake']);
    expect(errors['wrong-fake']).toHaveLength(1);
    expect(errors['wrong-fake']![0]!.code).toBe(2322); // "is not assignable"
    expect(errors['wrong-fake']![0]!.text).toMatch(/Type 'boolean' is not assignable to type 'Promise<boolean>'/);
    // The control: the harness does not simply fail everything.
    expect(errors['right-fake']).toEqual([]);
  });
});
