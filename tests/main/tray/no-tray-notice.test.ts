import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markerFileStore, noTrayBody, setupNoTrayNotice } from '../../../main/tray/no-tray-notice';

const dirs: string[] = [];
const profile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-no-tray-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const start = (userData: string, platform: NodeJS.Platform = 'linux') => {
  const deps = { platform, store: markerFileStore(userData), tell: vi.fn(), openSettings: vi.fn() };
  return { deps, report: setupNoTrayNotice(deps) };
};

describe('the no-tray notice', () => {
  it('when the tray is absent on Linux, says what to do and opens Settings', () => {
    const { deps, report } = start(profile());
    report(false);
    expect(deps.tell).toHaveBeenCalledOnce();
    const [title, body] = deps.tell.mock.calls[0]! as [string, string];
    expect(title).toBe('No tray icon on this desktop');
    expect(body).toContain('AppIndicator and KStatusNotifierItem Support');
    // Every tray action has its command-line option, named in the notice.
    for (const option of ['--break-now', '--snooze', '--pause', '--resume', '--meeting', '--end-meeting', '--settings', '--progress', '--about', '--quit']) {
      expect(body).toContain(option);
    }
    expect(body).toContain('unknot --help');
    expect(deps.openSettings).toHaveBeenCalledOnce();
  });

  it('tells the person once, across restarts (a marker file in userData)', () => {
    const userData = profile();
    const first = start(userData);
    first.report(false);
    first.report(false);
    expect(first.deps.tell).toHaveBeenCalledOnce();
    const afterRestart = start(userData);
    afterRestart.report(false);
    expect(afterRestart.deps.tell).not.toHaveBeenCalled();
    expect(afterRestart.deps.openSettings).not.toHaveBeenCalled();
  });

  it('says nothing while a tray exists, nor on other systems', () => {
    const present = start(profile());
    present.report(true);
    expect(present.deps.tell).not.toHaveBeenCalled();
    const mac = start(profile(), 'darwin');
    mac.report(false);
    expect(mac.deps.tell).not.toHaveBeenCalled();
  });

  it('still tells the person when the marker cannot be written, and only once in this run', () => {
    const log = vi.fn();
    // A regular file where the userData folder should be: nothing can be written inside it.
    const notAFolder = join(profile(), 'not-a-folder');
    writeFileSync(notAFolder, '');
    const deps = { platform: 'linux' as const, store: markerFileStore(notAFolder, log), tell: vi.fn(), openSettings: vi.fn() };
    const report = setupNoTrayNotice(deps);
    report(false);
    report(false);
    expect(deps.tell).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not remember'));
    expect(noTrayBody()).toContain('--break-now');
  });
});
