import { EventEmitter } from 'node:events';
import type { AppUpdater, UpdateCheckResult } from 'electron-updater';
import { describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '../../../main/core/ipc/contract';
import { createUpdates, type UpdaterPort, type UpdatesDeps } from '../../../main/platform/updates';
import { canSelfUpdate, CHECK_EVERY_MS, isDeveloperIdSigned, isCheckDue, isReleaseUrl, nextStatus, releaseUrlFor } from '../../../main/platform/updates-state';

type Events = Parameters<AppUpdater['on']>[0];

/** A stand-in for electron-updater's autoUpdater, typed by its own declarations (UpdaterPort is a Pick of AppUpdater). */
class FakeUpdater implements UpdaterPort {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  logger: UpdaterPort['logger'] = console;
  readonly emitter = new EventEmitter();
  checks = 0;
  answer: () => Promise<UpdateCheckResult | null> = async () => null;
  quitAndInstall = vi.fn<AppUpdater['quitAndInstall']>();
  downloadUpdate = vi.fn<AppUpdater['downloadUpdate']>(async () => []);
  on: AppUpdater['on'] = (event, listener) => {
    this.emitter.on(event, listener);
    return this as unknown as AppUpdater;
  };
  emit(event: Events, ...args: unknown[]) {
    this.emitter.emit(event, ...args);
  }
  checkForUpdates = () => {
    this.checks++;
    return this.answer();
  };
}

const info = (version: string) => ({ version, files: [], path: '', sha512: '', releaseDate: '2026-05-01' });
const make = (over: Partial<UpdatesDeps> = {}) => {
  const updater = new FakeUpdater();
  let now = 1_000_000_000_000;
  let last: number | null = null;
  const timers: { ms: number; run: () => void }[] = [];
  const openExternal = vi.fn(async (_url: string) => undefined);
  const updates = createUpdates({
    packaged: true,
    currentVersion: '0.1.0',
    selfUpdate: true,
    updater: () => updater,
    automatic: () => true,
    lastCheck: { read: () => last, write: (at) => void (last = at) },
    now: () => now,
    openExternal,
    setTimer: (ms, run) => timers.push({ ms, run }),
    clearTimer: () => undefined,
    ...over,
  });
  return { updates, updater, timers, openExternal, advance: (ms: number) => (now += ms), last: () => last };
};

describe('the update state machine', () => {
  const idle: UpdateStatus = { state: 'idle', lastCheckAt: null };
  it('goes checking → downloading (progress only rises) → downloaded → install on quit', () => {
    let s = nextStatus(idle, { type: 'check-started' });
    s = nextStatus(s, { type: 'available', version: '0.2.0', selfUpdate: true });
    s = nextStatus(s, { type: 'progress', percent: 40.4 });
    s = nextStatus(s, { type: 'progress', percent: 10 });
    expect(s).toEqual({ state: 'downloading', version: '0.2.0', percent: 40 });
    s = nextStatus(s, { type: 'downloaded', version: '0.2.0' });
    expect(s).toEqual({ state: 'downloaded', version: '0.2.0', installOnQuit: false });
    s = nextStatus(s, { type: 'install-on-quit' });
    // The cached file announced again keeps the person's answer; a check does not forget it.
    s = nextStatus(nextStatus(s, { type: 'downloaded', version: '0.2.0' }), { type: 'check-started' });
    expect(s).toEqual({ state: 'downloaded', version: '0.2.0', installOnQuit: true });
  });
  it('names where a failure happened: check, download or install', () => {
    expect(nextStatus({ state: 'checking' }, { type: 'failed', message: 'x' })).toMatchObject({ during: 'check' });
    expect(nextStatus({ state: 'downloading', version: '0.2.0', percent: 50 }, { type: 'failed', message: 'x' })).toMatchObject({ during: 'download' });
    expect(nextStatus({ state: 'downloaded', version: '0.2.0', installOnQuit: true }, { type: 'failed', message: 'x' })).toMatchObject({ during: 'install' });
  });
  it('a deb install is told about the version with its release page instead of downloading', () => {
    expect(nextStatus({ state: 'checking' }, { type: 'available', version: '0.2.0', selfUpdate: false })).toEqual({ state: 'available', version: '0.2.0', releaseUrl: 'https://github.com/unknot-app/unknot/releases/tag/v0.2.0' });
  });
  it('development builds stay in development whatever happens', () => {
    expect(nextStatus({ state: 'development' }, { type: 'check-started' })).toEqual({ state: 'development' });
  });
  it('is due once a day, or when the clock went back', () => {
    expect(isCheckDue(null, 5)).toBe(true);
    expect(isCheckDue(1000, 1000 + CHECK_EVERY_MS - 1)).toBe(false);
    expect(isCheckDue(1000, 1000 + CHECK_EVERY_MS)).toBe(true);
    expect(isCheckDue(1000, 500)).toBe(true);
  });
  it('self-updates as AppImage (APPIMAGE set), NSIS and macOS; not as a deb', () => {
    expect(canSelfUpdate('linux', { APPIMAGE: '/home/a/Unknot.AppImage' })).toBe(true);
    expect(canSelfUpdate('linux', {})).toBe(false);
    expect(canSelfUpdate('win32', {})).toBe(true);
    expect(canSelfUpdate('darwin', {})).toBe(true);
  });
  it('on macOS counts only a Developer ID signature as able to self-update (Squirrel.Mac refuses unsigned and ad-hoc apps)', () => {
    const signed = 'Executable=/Applications/Unknot.app/Contents/MacOS/Unknot\nAuthority=Developer ID Application: Unknot (ABCDE12345)\nAuthority=Developer ID Certification Authority\n';
    const adHoc = 'Executable=/Applications/Unknot.app/Contents/MacOS/Unknot\nSignature=adhoc\n';
    expect(isDeveloperIdSigned(signed)).toBe(true);
    expect(isDeveloperIdSigned(adHoc)).toBe(false);
    expect(isDeveloperIdSigned('/Applications/Unknot.app: code object is not signed at all\n')).toBe(false);
  });
  it('opens only this repository’s release pages', () => {
    expect(isReleaseUrl(releaseUrlFor('1.2.3-beta.1'))).toBe(true);
    expect(releaseUrlFor('1.2.3"; rm -rf')).toBe('https://github.com/unknot-app/unknot/releases');
    for (const bad of ['https://github.com/unknot-app/unknot/releases/tag/v1.2.3/../../x', 'https://github.com.evil.example/unknot-app/unknot/releases', 'http://github.com/unknot-app/unknot/releases', 'https://githubXcom/unknot-app/unknot/releases'])
      expect(isReleaseUrl(bad)).toBe(false);
  });
});

describe('createUpdates', () => {
  it('in development: never loads electron-updater, arms nothing, and About says so', async () => {
    const load = vi.fn();
    const { updates, timers } = make({ packaged: false, updater: load });
    updates.start();
    updates.maybeCheck();
    expect((await updates.check()).status).toEqual({ state: 'development' });
    expect(load).not.toHaveBeenCalled();
    expect(timers).toHaveLength(0);
  });

  it('checks at most once a day, a minute after start-up, and not at all with the setting off', async () => {
    let automatic = true;
    const t = make({ automatic: () => automatic });
    t.updates.start();
    expect(t.timers.map((x) => x.ms)).toEqual([60_000]);
    t.timers.shift()!.run();
    await vi.waitFor(() => expect(t.updater.checks).toBe(1));
    // Re-armed for the next day; running early changes nothing.
    expect(t.timers.at(-1)!.ms).toBe(CHECK_EVERY_MS);
    t.advance(CHECK_EVERY_MS / 2);
    t.updates.maybeCheck();
    expect(t.updater.checks).toBe(1);
    t.advance(CHECK_EVERY_MS / 2);
    automatic = false;
    t.updates.maybeCheck();
    expect(t.updater.checks).toBe(1);
    // The person can still ask from About.
    await t.updates.check();
    expect(t.updater.checks).toBe(2);
  });

  it('leaves electron-updater with install-on-quit off until the person agrees, then asks for the cached file again', async () => {
    const t = make();
    t.updater.answer = async () => {
      t.updater.emit('checking-for-update');
      t.updater.emit('update-available', info('0.2.0'));
      t.updater.emit('update-downloaded', { ...info('0.2.0'), downloadedFile: '/tmp/x' });
      return { isUpdateAvailable: true, updateInfo: info('0.2.0'), versionInfo: info('0.2.0') };
    };
    await t.updates.check();
    expect(t.updater.autoDownload).toBe(true);
    expect(t.updater.autoInstallOnAppQuit).toBe(false);
    expect(t.updates.view().status).toEqual({ state: 'downloaded', version: '0.2.0', installOnQuit: false });
    await t.updates.choose('install-on-quit');
    expect(t.updater.autoInstallOnAppQuit).toBe(true);
    expect(t.updater.downloadUpdate).toHaveBeenCalledTimes(1);
    await t.updates.choose('restart-now');
    expect(t.updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('a deb install does not download, and opens the found version’s release page', async () => {
    const t = make({ selfUpdate: false });
    t.updater.answer = async () => {
      t.updater.emit('checking-for-update');
      t.updater.emit('update-available', info('0.3.0'));
      return { isUpdateAvailable: true, updateInfo: info('0.3.0'), versionInfo: info('0.3.0') };
    };
    await t.updates.check();
    expect(t.updater.autoDownload).toBe(false);
    expect(t.updates.view().status).toMatchObject({ state: 'available', version: '0.3.0' });
    expect(await t.updates.openRelease()).toBe('https://github.com/unknot-app/unknot/releases/tag/v0.3.0');
    expect(t.openExternal).toHaveBeenCalledWith('https://github.com/unknot-app/unknot/releases/tag/v0.3.0');
  });

  it('reports to Diagnostics', async () => {
    const report = vi.fn();
    const t = make({ diagnostics: { report } });
    t.updater.answer = async () => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED\n    at stack');
    };
    await t.updates.check();
    expect(report).toHaveBeenLastCalledWith('updates', expect.objectContaining({ available: true, lastAnswer: 'error', lastError: 'net::ERR_INTERNET_DISCONNECTED' }));
  });
});
