import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apparmorProfileAllowsUserns,
  decideStart,
  readUserNamespaceFacts,
  reportSandbox,
  userNamespaceRestriction,
  type HelperStat,
} from '../../main/platform/sandbox';

/** A fake /proc holding only the given sysctl files, as each distribution has them. */
const procFixture = (files: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'proc-'));
  for (const [file, value] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), `${value}\n`);
  }
  return root;
};
const ubuntu2404 = { 'sys/kernel/apparmor_restrict_unprivileged_userns': '1', 'sys/kernel/unprivileged_userns_clone': '1', 'sys/user/max_user_namespaces': '62890' };
const ubuntu2204 = { 'sys/kernel/unprivileged_userns_clone': '1', 'sys/user/max_user_namespaces': '62890' };
const debian10 = { 'sys/kernel/unprivileged_userns_clone': '0', 'sys/user/max_user_namespaces': '62890' };
const fedora = { 'sys/user/max_user_namespaces': '62890' };

const helper = '/work/unknot/node_modules/electron/dist/chrome-sandbox';
const asInstalledByNpm: HelperStat = { uid: 1000, mode: 0o100755 };
const setuidRoot: HelperStat = { uid: 0, mode: 0o104755 };
const base = {
  platform: 'linux' as NodeJS.Platform,
  args: [] as string[],
  uid: 1000,
  electronVersion: '45.4.1',
  electronBinary: '/work/unknot/node_modules/electron/dist/electron',
  sandboxHelper: helper,
  helper: asInstalledByNpm,
  restriction: undefined as string | undefined,
  profileAllowsUserns: false,
};
const restrictionOf = (files: Record<string, string>) => userNamespaceRestriction(readUserNamespaceFacts(procFixture(files)));

describe('reading /proc', () => {
  it('finds the AppArmor restriction of Ubuntu 23.10+ and the switches older kernels use', () => {
    expect(restrictionOf(ubuntu2404)).toMatch(/AppArmor restricts unprivileged user namespaces/);
    expect(restrictionOf(debian10)).toMatch(/unprivileged_userns_clone=0/);
    expect(restrictionOf({ 'sys/user/max_user_namespaces': '0' })).toMatch(/max_user_namespaces=0/);
  });

  it('finds nothing on Ubuntu 22.04, Fedora, or a kernel with none of the files', () => {
    expect(restrictionOf(ubuntu2204)).toBeUndefined();
    expect(restrictionOf({ ...ubuntu2204, 'sys/kernel/apparmor_restrict_unprivileged_userns': '0' })).toBeUndefined();
    expect(restrictionOf(fedora)).toBeUndefined();
    expect(restrictionOf({})).toBeUndefined();
  });
});

describe('npm start decides before Electron can abort', () => {
  it('on Ubuntu 24.04 with the helper as npm left it, prints one line with the exact commands', () => {
    const decision = decideStart({ ...base, restriction: restrictionOf(ubuntu2404) });
    expect(decision.run).toBe(false);
    if (decision.run) return;
    expect(decision.line).not.toContain('\n');
    expect(decision.line).toContain(`\`sudo chown root:root ${helper} && sudo chmod 4755 ${helper}\``);
    expect(decision.line).toMatch(/AppArmor restricts/);
  });

  it('quotes a checkout path with spaces so the printed command can be pasted as is', () => {
    const spaced = '/home/me/My Projects/unknot/node_modules/electron/dist/chrome-sandbox';
    const decision = decideStart({ ...base, sandboxHelper: spaced, restriction: restrictionOf(debian10) });
    expect(decision).toMatchObject({ run: false });
    if (!decision.run) expect(decision.line).toContain(`sudo chmod 4755 '${spaced}'`);
  });

  it('starts once the helper is setuid root, or an AppArmor profile grants the binary userns', () => {
    expect(decideStart({ ...base, helper: setuidRoot, restriction: restrictionOf(ubuntu2404) })).toEqual({ run: true });
    expect(decideStart({ ...base, profileAllowsUserns: true, restriction: restrictionOf(ubuntu2404) })).toEqual({ run: true });
  });

  it('starts where user namespaces work, whatever the helper looks like (Chromium prefers namespaces)', () => {
    expect(decideStart({ ...base, restriction: restrictionOf(ubuntu2204) })).toEqual({ run: true });
    expect(decideStart({ ...base, helper: undefined, restriction: restrictionOf(fedora) })).toEqual({ run: true });
  });

  it('respects an explicit --no-sandbox, and never checks on macOS or Windows', () => {
    expect(decideStart({ ...base, args: ['--no-sandbox'], restriction: restrictionOf(ubuntu2404) })).toEqual({ run: true });
    for (const platform of ['darwin', 'win32'] as const) expect(decideStart({ ...base, platform, uid: 0, restriction: 'x', helper: undefined })).toEqual({ run: true });
  });

  it('as root, says Chromium will refuse and what to run instead', () => {
    const decision = decideStart({ ...base, uid: 0 });
    expect(decision).toMatchObject({ run: false });
    if (!decision.run) expect(decision.line).toMatch(/as root.*`npm start -- --no-sandbox`/);
  });

  it('without the Electron binary, says so in one line naming the version and why the download failed', () => {
    const decision = decideStart({ ...base, electronBinary: undefined, downloadError: 'TypeError: fetch failed' });
    expect(decision).toMatchObject({ run: false });
    if (decision.run) return;
    expect(decision.line).not.toContain('\n');
    expect(decision.line).toMatch(/Electron 45\.4\.1 binary is not installed \(download failed: TypeError: fetch failed\); run `npx install-electron`/);
  });
});

describe('AppArmor profiles', () => {
  it('count only when one names the binary and grants userns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apparmor.d-'));
    mkdirSync(join(dir, 'abstractions'));
    writeFileSync(join(dir, 'code'), 'abi <abi/4.0>,\nprofile vscode /usr/share/code/code flags=(unconfined) {\n  userns,\n}\n');
    expect(apparmorProfileAllowsUserns(base.electronBinary, dir)).toBe(false);
    writeFileSync(join(dir, 'electron-dev'), `profile electron-dev ${base.electronBinary} flags=(unconfined) {\n  # no userns here\n}\n`);
    expect(apparmorProfileAllowsUserns(base.electronBinary, dir)).toBe(false);
    writeFileSync(join(dir, 'electron-dev'), `abi <abi/4.0>,\nprofile electron-dev ${base.electronBinary} flags=(unconfined) {\n  userns,\n}\n`);
    expect(apparmorProfileAllowsUserns(base.electronBinary, dir)).toBe(true);
    expect(apparmorProfileAllowsUserns(base.electronBinary, join(dir, 'missing'))).toBe(false);
  });
});

describe('Diagnostics', () => {
  const facts = () => {
    const seen: Record<string, string> = {};
    return { seen, fact: (key: string, value: string) => void (seen[key] = value) };
  };

  it('says plainly when an AppImage runs without the sandbox, and why', () => {
    const d = facts();
    reportSandbox(d, { platform: 'linux', argv: ['/tmp/.mount_Unknot/unknot', '--no-sandbox'], appImage: '/home/me/Unknot.AppImage', restriction: restrictionOf(ubuntu2404), apparmorLabel: 'unconfined' });
    expect(d.seen['Chromium sandbox']).toMatch(/^off: this AppImage was started with --no-sandbox because AppArmor restricts/);
  });

  it('names the layer that is on: namespaces, namespaces through the deb profile, or the setuid helper', () => {
    const d = facts();
    const report = (restriction: string | undefined, apparmorLabel: string | undefined) =>
      reportSandbox(d, { platform: 'linux', argv: ['/opt/Unknot/unknot'], appImage: undefined, restriction, apparmorLabel });
    expect(report(undefined, undefined)).toBe('on (user namespaces)');
    expect(report(restrictionOf(ubuntu2404), 'unknot (unconfined)')).toBe('on (user namespaces, allowed by the AppArmor profile unknot (unconfined))');
    expect(report(restrictionOf(debian10), undefined)).toBe('on (setuid helper)');
  });
});

describe('scripts/start.mjs', () => {
  // Loopback mirror and an empty cache: Electron's installer fails at once, on any machine, offline.
  const offline = (dist: string) => ({
    ...process.env,
    ELECTRON_OVERRIDE_DIST_PATH: dist,
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: mkdtempSync(join(tmpdir(), 'electron-cache-')),
  });

  it('without an Electron binary prints exactly one line and fails', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', env: offline(mkdtempSync(join(tmpdir(), 'no-electron-'))), timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^Unknot can't start: the Electron \d+\.\d+\.\d+ binary is not installed/);
  });

  const onWindows = process.platform === 'win32';
  it.skipIf(onWindows)(`launches Electron with the app folder and the arguments, and forwards its exit code${onWindows ? ' (skipped: the stand-in Electron is a shell script)' : ''}`, () => {
    const dist = mkdtempSync(join(tmpdir(), 'fake-electron-'));
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "electron $*"\nexit 7\n');
    chmodSync(join(dist, 'electron'), 0o755);
    // --no-sandbox keeps this independent of the machine's sandbox (and of running as root in CI).
    const run = spawnSync(process.execPath, ['scripts/start.mjs', '--no-sandbox', '--lang=de'], { encoding: 'utf8', env: offline(dist), timeout: 60_000 });
    expect(run.stdout.trim()).toBe('electron . --no-sandbox --lang=de');
    expect(run.status).toBe(7);
  });
});
