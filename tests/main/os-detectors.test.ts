import { describe, expect, it, vi } from 'vitest';
import { gnomeBannersOff, macosFocus, windowsNotificationState } from '../../main/quiet/os-detectors';

describe('Windows notification state (package faked)', () => {
  it.each([
    ['QUNS_BUSY', true],
    ['QUNS_RUNNING_D3D_FULL_SCREEN', true],
    ['QUNS_PRESENTATION_MODE', true],
    ['QUNS_QUIET_TIME', true],
    ['QUNS_ACCEPTS_NOTIFICATIONS', false],
    ['QUNS_NOT_PRESENT', false],
  ])('%s means quiet: %s', async (state, quiet) => {
    const detector = windowsNotificationState(vi.fn(), () => ({ getNotificationState: () => state }))!;
    expect(await detector.check()).toBe(quiet);
  });

  it('says plainly when the package is not there', () => {
    const log = vi.fn();
    expect(windowsNotificationState(log, () => { throw new Error("Cannot find module 'windows-notification-state'"); })).toBeNull();
    expect(log.mock.calls[0]![0]).toMatch(/Windows notification state unavailable/);
  });
});

describe('macOS Focus (package faked)', () => {
  it('is quiet while Do Not Disturb / Focus is on', async () => {
    let on = true;
    const detector = macosFocus(vi.fn(), () => ({ getDoNotDisturb: () => on }))!;
    expect(await detector.check()).toBe(true);
    on = false;
    expect(await detector.check()).toBe(false);
  });
});

describe('GNOME show-banners', () => {
  it('is quiet when banners are switched off, not when on or when gsettings is missing', async () => {
    const answer = (error: Error | null, stdout: string) =>
      ((_cmd: string, _args: string[], _opts: object, cb: (e: Error | null, out: string) => void) => cb(error, stdout)) as never;
    expect(await gnomeBannersOff(answer(null, 'false\n')).check()).toBe(true);
    expect(await gnomeBannersOff(answer(null, 'true\n')).check()).toBe(false);
    expect(await gnomeBannersOff(answer(new Error('ENOENT'), '')).check()).toBe(false);
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
    const { deviceInUse, windowsInCall } = await import('../../main/quiet/os-detectors');
    expect(deviceInUse(idle)).toBe(false);
    expect(deviceInUse(live)).toBe(true);
    const run = ((_c: string, args: string[], _o: object, cb: (e: Error | null, out: string) => void) => cb(null, args[1]!.endsWith('microphone') ? live : idle)) as never;
    expect(await windowsInCall(run).check()).toBe(true);
    const quietRun = ((_c: string, _a: string[], _o: object, cb: (e: Error | null, out: string) => void) => cb(null, idle)) as never;
    expect(await windowsInCall(quietRun).check()).toBe(false);
  });
});
