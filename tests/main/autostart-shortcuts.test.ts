import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyAutostart, autostartFile } from '../../main/platform/autostart';
import { applyShortcuts } from '../../main/platform/shortcuts';

describe('autostart', () => {
  it('on Linux writes an XDG autostart entry, and removes it when turned off', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xdg-')), 'autostart', 'unknot.desktop');
    const app = { setLoginItemSettings: vi.fn() };
    applyAutostart(true, { platform: 'linux', app, exec: '/opt/Unknot/unknot', file });
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec=/opt/Unknot/unknot');
    expect(entry).toContain('Type=Application');
    applyAutostart(false, { platform: 'linux', app, exec: '/opt/Unknot/unknot', file });
    expect(existsSync(file)).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('quotes an executable path with spaces', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xdg-')), 'autostart', 'unknot.desktop');
    applyAutostart(true, { platform: 'linux', app: { setLoginItemSettings: vi.fn() }, exec: '/home/me/My Apps/unknot', file });
    expect(readFileSync(file, 'utf8')).toContain('Exec="/home/me/My Apps/unknot"');
  });

  it('follows XDG_CONFIG_HOME', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toBe('/cfg/autostart/unknot.desktop');
    expect(autostartFile({}, '/home/me')).toBe('/home/me/.config/autostart/unknot.desktop');
  });

  it('on macOS and Windows uses the OS login item', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const app = { setLoginItemSettings: vi.fn() };
      applyAutostart(true, { platform, app, exec: 'x' });
      expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    }
  });
});

describe('global shortcuts', () => {
  const fake = () => ({ registered: new Map<string, () => void>(), register: vi.fn(), unregisterAll: vi.fn() });

  it('are off by default: nothing is registered', () => {
    const g = fake();
    expect(applyShortcuts(g, { enabled: false, breakNow: 'Ctrl+Alt+B', snooze: 'Ctrl+Alt+S' }, { breakNow: vi.fn(), snooze: vi.fn() })).toEqual([]);
    expect(g.unregisterAll).toHaveBeenCalled();
    expect(g.register).not.toHaveBeenCalled();
  });

  it('when on, binds both actions and reports an accelerator the OS refused', () => {
    const g = fake();
    g.register.mockImplementation((accelerator: string) => accelerator !== 'Ctrl+Alt+S');
    const actions = { breakNow: vi.fn(), snooze: vi.fn() };
    expect(applyShortcuts(g, { enabled: true, breakNow: 'Ctrl+Alt+B', snooze: 'Ctrl+Alt+S' }, actions)).toEqual(['Ctrl+Alt+S']);
    expect(g.register).toHaveBeenCalledWith('Ctrl+Alt+B', actions.breakNow);
  });
});
