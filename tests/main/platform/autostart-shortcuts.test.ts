import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App, GlobalShortcut } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applyAutostart, autostartFile, desktopEntry, launchCommand } from '../../../main/platform/autostart';
import { applyShortcuts } from '../../../main/platform/shortcuts';

const { join } = path;
/** The login-item part of Electron's app, recording its calls. */
const loginItems = () => ({ setLoginItemSettings: vi.fn<App['setLoginItemSettings']>() }) satisfies Pick<App, 'setLoginItemSettings'>;
const execLine = (entry: string) => entry.split('\n').find((line) => line.startsWith('Exec='));

describe('autostart', () => {
  it('on Linux writes an XDG autostart entry, and removes it when turned off', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xdg-')), 'autostart', 'unknot.desktop');
    const app = loginItems();
    applyAutostart(true, { platform: 'linux', app, exec: '/opt/Unknot/unknot', file });
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(execLine(entry)).toBe('Exec=/opt/Unknot/unknot');
    expect(entry).toContain('Type=Application');
    applyAutostart(false, { platform: 'linux', app, exec: '/opt/Unknot/unknot', file });
    expect(existsSync(file)).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('from an AppImage starts the AppImage file, not the temporary mount it runs from', () => {
    const mount = '/tmp/.mount_UnknotX1y2Z3/unknot';
    expect(launchCommand({ APPIMAGE: '/home/me/Apps/Unknot-0.1.0.AppImage' }, mount)).toBe('/home/me/Apps/Unknot-0.1.0.AppImage');
    expect(launchCommand({}, '/opt/Unknot/unknot')).toBe('/opt/Unknot/unknot');
    expect(launchCommand({ APPIMAGE: '' }, '/opt/Unknot/unknot')).toBe('/opt/Unknot/unknot');
  });

  it('quotes and escapes an AppImage path the way the Desktop Entry spec requires', () => {
    const exec = (file: string) => execLine(desktopEntry(launchCommand({ APPIMAGE: file }, '/tmp/.mount_x/unknot')));
    expect(exec('/home/me/My Apps/Unknot.AppImage')).toBe('Exec="/home/me/My Apps/Unknot.AppImage"');
    // `$` is escaped inside the quotes; that backslash is then doubled because Exec is a string value.
    expect(exec('/home/me/$HOME/Unknot.AppImage')).toBe('Exec="/home/me/\\\\$HOME/Unknot.AppImage"');
    // `%` would start a field code: a literal one is `%%`, quoted or not.
    expect(exec('/home/me/100% sure/Unknot.AppImage')).toBe('Exec="/home/me/100%% sure/Unknot.AppImage"');
    expect(exec('/opt/100%/Unknot.AppImage')).toBe('Exec=/opt/100%%/Unknot.AppImage');
    expect(exec(`/home/me/it's "mine"/Unknot.AppImage`)).toBe(`Exec="/home/me/it's \\\\"mine\\\\"/Unknot.AppImage"`);
    // A literal backslash inside quotes takes four.
    expect(exec('/home/me/a\\b/Unknot.AppImage')).toBe('Exec="/home/me/a\\\\\\\\b/Unknot.AppImage"');
    expect(exec('/home/me/`x`/Unknot.AppImage')).toBe('Exec="/home/me/\\\\`x\\\\`/Unknot.AppImage"');
  });

  // GLib's parser is what GNOME's session uses to start autostart entries, so let it run one.
  // GLib (2.74) cannot start a program whose path holds `%` at all: it looks for the file before
  // turning `%%` back into `%`; so this path has every other reserved character.
  const gio = process.platform === 'linux' ? spawnSync('gio', ['--version']).status === 0 : false;
  it.skipIf(!gio)(`GLib runs the entry as written, from a folder with reserved characters in its name${gio ? '' : ' (skipped: no `gio` on this system)'}`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'appimage-'));
    const dir = join(root, `it's "mine" $HOME (x) \`y\` a\\b & c; d?`);
    mkdirSync(dir);
    const marker = join(root, 'started');
    const appImage = join(dir, 'Unknot 0.1.0.AppImage');
    // printf, not echo: dash's echo would turn the `\b` of the folder name into a backspace.
    writeFileSync(appImage, `#!/bin/sh\nprintf '%s' "$0" > '${marker}'\n`);
    chmodSync(appImage, 0o755);
    const file = join(root, 'autostart', 'unknot.desktop');
    applyAutostart(true, { platform: 'linux', app: loginItems(), exec: launchCommand({ APPIMAGE: appImage }, '/tmp/.mount_x/unknot'), file });
    const launch = spawnSync('gio', ['launch', file], { encoding: 'utf8' });
    expect(launch.stderr).toBe('');
    await vi.waitFor(() => expect(existsSync(marker)).toBe(true), { timeout: 10_000, interval: 50 });
    expect(readFileSync(marker, 'utf8')).toBe(appImage);
  });

  it('follows XDG_CONFIG_HOME', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: join('/', 'cfg') }, join('/', 'home', 'me'))).toBe(join('/', 'cfg', 'autostart', 'unknot.desktop'));
    expect(autostartFile({}, join('/', 'home', 'me'))).toBe(join('/', 'home', 'me', '.config', 'autostart', 'unknot.desktop'));
  });

  it('builds its paths with the path module it is given (POSIX and Windows alike)', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/me', path.posix)).toBe('/cfg/autostart/unknot.desktop');
    expect(autostartFile({}, '/home/me', path.posix)).toBe('/home/me/.config/autostart/unknot.desktop');
    expect(autostartFile({ XDG_CONFIG_HOME: 'C:\\cfg' }, 'C:\\Users\\me', path.win32)).toBe('C:\\cfg\\autostart\\unknot.desktop');
    expect(autostartFile({}, 'C:\\Users\\me', path.win32)).toBe('C:\\Users\\me\\.config\\autostart\\unknot.desktop');
  });

  it('creates the autostart folder and file with Windows paths intact when given path.win32', () => {
    const file = autostartFile({}, 'C:\\Users\\me', path.win32);
    const fs = { mkdirSync: vi.fn(), writeFileSync: vi.fn(), rmSync: vi.fn() };
    applyAutostart(true, { platform: 'linux', app: loginItems(), exec: 'C:\\Apps\\unknot.exe', file, path: path.win32, fs });
    expect(fs.mkdirSync).toHaveBeenCalledWith('C:\\Users\\me\\.config\\autostart', { recursive: true });
    expect(fs.writeFileSync).toHaveBeenCalledWith('C:\\Users\\me\\.config\\autostart\\unknot.desktop', expect.stringContaining('Exec="C:\\\\\\\\Apps\\\\\\\\unknot.exe"'));
    applyAutostart(false, { platform: 'linux', app: loginItems(), exec: 'x', file, path: path.win32, fs });
    expect(fs.rmSync).toHaveBeenCalledWith('C:\\Users\\me\\.config\\autostart\\unknot.desktop', { force: true });
  });

  it('on macOS and Windows uses the OS login item', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const app = loginItems();
      applyAutostart(true, { platform, app, exec: 'x' });
      expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    }
  });
});

describe('global shortcuts', () => {
    // Electron's register answers whether the OS gave the accelerator; the fake's default is yes.
  const fake = () =>
    ({ register: vi.fn<GlobalShortcut['register']>(() => true), unregisterAll: vi.fn<GlobalShortcut['unregisterAll']>() }) satisfies Pick<GlobalShortcut, 'register' | 'unregisterAll'>;

  it('are off by default: nothing is registered', () => {
    const g = fake();
    expect(applyShortcuts(g, { enabled: false, breakNow: 'Ctrl+Alt+B', snooze: 'Ctrl+Alt+S' }, { breakNow: vi.fn(), snooze: vi.fn() })).toEqual([]);
    expect(g.unregisterAll).toHaveBeenCalled();
    expect(g.register).not.toHaveBeenCalled();
  });

  it('when on, binds both actions and reports an accelerator the OS refused', () => {
    const g = fake();
    g.register.mockImplementation((accelerator) => accelerator !== 'Ctrl+Alt+S');
    const actions = { breakNow: vi.fn(), snooze: vi.fn() };
    expect(applyShortcuts(g, { enabled: true, breakNow: 'Ctrl+Alt+B', snooze: 'Ctrl+Alt+S' }, actions)).toEqual(['Ctrl+Alt+S']);
    expect(g.register).toHaveBeenCalledWith('Ctrl+Alt+B', actions.breakNow);
  });
});
