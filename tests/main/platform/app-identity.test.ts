import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Menu as ElectronMenu } from 'electron';
import { FakeMenu, FakeNotification, MenuFake, resetFakes, type Template } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { APP_ID, macMenuTemplate, setupAppIdentity } = await import('../../../main/platform/app-identity');
const { setupNotice } = await import('../../../main/windows/notice');

/** Records, in order, what the app identity and the notice do to Electron. */
const fakes = (order: string[]) => {
  const app = { setAppUserModelId: (id: string): void => void order.push(`aumid ${id}`) } satisfies Pick<App, 'setAppUserModelId'>;
  const menus: Array<ElectronMenu | null> = [];
  const Menu = {
    setApplicationMenu: (menu: ElectronMenu | null): void => void (menus.push(menu), order.push(menu ? 'menu set' : 'menu removed')),
    buildFromTemplate: (template: Template): ElectronMenu => MenuFake.buildFromTemplate(template),
  } satisfies Pick<typeof ElectronMenu, 'setApplicationMenu' | 'buildFromTemplate'>;
  return { app, Menu, menus };
};

describe('the app identity', () => {
  beforeEach(resetFakes);

  it('uses electron-builder’s appId, so Windows toasts belong to the installed shortcut', () => {
    const builder = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(builder).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('on Windows sets the AppUserModelID before the first notification is constructed', () => {
    const order: string[] = [];
    const { app, Menu } = fakes(order);
    const constructed = vi.spyOn(FakeNotification.instances, 'push').mockImplementation((...items) => (order.push('notification'), items.length));
    setupAppIdentity({ app, Menu, platform: 'win32' });
    setupNotice({ startNow: vi.fn(), snooze: vi.fn() }, () => 10, undefined, 'win32').show('posture', 30_000, 0);
    constructed.mockRestore();
    expect(order).toEqual(['aumid app.unknot.desktop', 'menu removed', 'notification']);
  });

  it('removes the default menu (Reload, Toggle DevTools) on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const order: string[] = [];
      const { app, Menu, menus } = fakes(order);
      setupAppIdentity({ app, Menu, platform });
      expect(menus).toEqual([null]);
    }
  });

  it('on macOS keeps only the app and Edit menus, so Cmd+C/V/A work in text fields but nothing reloads or opens DevTools', () => {
    const order: string[] = [];
    const { app, Menu, menus } = fakes(order);
    setupAppIdentity({ app, Menu, platform: 'darwin' });
    expect(order).toEqual(['menu set']);
    const roles = JSON.stringify(menus[0] instanceof FakeMenu ? menus[0].template : null);
    expect(roles).toMatch(/editMenu/);
    expect(macMenuTemplate().map((item) => item.role)).toEqual(['appMenu', 'editMenu']);
    expect(roles).not.toMatch(/reload|toggleDevTools|viewMenu/i);
  });

  it('does not touch the AppUserModelID outside Windows', () => {
    const order: string[] = [];
    setupAppIdentity({ ...fakes(order), platform: 'linux' });
    expect(order).not.toContain('aumid app.unknot.desktop');
  });
});
