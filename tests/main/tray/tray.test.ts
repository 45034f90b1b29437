import { existsSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../../main/core/engine/status';
import { FakeTray, resetFakes, type Template } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupTray, trayIconPath } = await import('../../../main/tray/tray');

const waiting: EngineStatus = { text: 'Next posture break in 12 min', mode: 'active', kind: 'posture', minutes: 12, snoozeAllowed: true };
type Item = Template[number];
const subItems = (item: Item): Item[] => (Array.isArray(item.submenu) ? item.submenu : []);

const makeTray = (status = waiting, meeting = false) => {
  const actions = {
    breakNow: vi.fn(), snooze: vi.fn(), pause: vi.fn(), resume: vi.fn(), setMeeting: vi.fn(),
    openSettings: vi.fn(), openProgress: vi.fn(), openAbout: vi.fn(), quit: vi.fn(),
  };
  const handle = setupTray('assets', actions, () => ({ snoozeOptions: [5, 10, 20], meeting }), status);
  const tray = FakeTray.instances.at(-1)!;
  const items = () => tray.template();
  const item = (id: string): Item => {
    for (const i of items()) {
      if (i.id === id) return i;
      const inner = subItems(i).find((s) => s.id === id);
      if (inner) return inner;
    }
    throw new Error(`no ${id}`);
  };
  return { actions, handle, tray, items, item };
};

describe('the tray adapter', () => {
  beforeEach(resetFakes);

  it('shows the countdown as a disabled status line, then every action', () => {
    const { items, tray } = makeTray();
    expect(items().filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Next posture break in 12 min', 'Posture break now', 'Stress break now', 'Snooze', 'Pause', 'Resume', 'Meeting mode', 'Settings…', 'Progress…', 'About Unknot', 'Quit Unknot',
    ]);
    expect(items()[0]!.enabled).toBe(false);
    expect(tray.tooltip).toBe('Unknot — Next posture break in 12 min');
  });

  it('wires each item to its action', () => {
    const { handle, actions } = makeTray();
    const expectations: [string, () => void][] = [
      ['break-now-posture', () => expect(actions.breakNow).toHaveBeenLastCalledWith('posture')],
      ['break-now-stress', () => expect(actions.breakNow).toHaveBeenLastCalledWith('stress')],
      ['snooze-20', () => expect(actions.snooze).toHaveBeenLastCalledWith(20)],
      ['pause-60', () => expect(actions.pause).toHaveBeenLastCalledWith({ minutes: 60 })],
      ['pause-tomorrow', () => expect(actions.pause).toHaveBeenLastCalledWith({ until: 'tomorrow' })],
      ['pause-resumed', () => expect(actions.pause).toHaveBeenLastCalledWith({ until: 'resumed' })],
      ['meeting', () => expect(actions.setMeeting).toHaveBeenLastCalledWith(true)],
      ['settings', () => expect(actions.openSettings).toHaveBeenCalled()],
      ['progress', () => expect(actions.openProgress).toHaveBeenCalled()],
      ['about', () => expect(actions.openAbout).toHaveBeenCalled()],
      ['quit', () => expect(actions.quit).toHaveBeenCalled()],
    ];
    for (const [id, check] of expectations) {
      handle.click(id);
      check();
    }
  });

  it('runs an action from a click in the menu Electron shows, submenus included, and offers no disabled one', () => {
    const { tray, actions } = makeTray();
    tray.click('snooze-20');
    expect(actions.snooze).toHaveBeenCalledWith(20);
    tray.click('meeting');
    expect(actions.setMeeting).toHaveBeenCalledWith(true);
    const paused = makeTray({ text: 'Paused until 14:00', mode: 'paused', snoozeAllowed: true });
    expect(() => paused.tray.click('pause-60')).toThrow(/disabled/);
    expect(paused.actions.pause).not.toHaveBeenCalled();
  });

  it('offers every snooze option, and disables Snooze with the reason past the cap', () => {
    expect(subItems(makeTray().item('snooze')).map((s) => s.label)).toEqual(['5 minutes', '10 minutes', '20 minutes']);
    const { item, handle } = makeTray({ ...waiting, snoozeAllowed: false });
    expect(item('snooze')).toMatchObject({ enabled: false, label: 'Snooze — limit reached, take or skip this break' });
    expect(() => handle.click('snooze-10')).toThrow(/disabled/);
  });

  it('while paused: Resume is on, Pause and Snooze are off, and the icon changes', () => {
    const { item, tray } = makeTray({ text: 'Paused until 14:00', mode: 'paused', snoozeAllowed: true });
    expect(item('resume').enabled).toBe(true);
    expect(item('pause').enabled).toBe(false);
    expect(item('snooze').enabled).toBe(false);
    expect(tray.imagePath).toMatch(/tray-paused\.png$/);
  });

  it('shows meeting mode as a checked box with its own icon', () => {
    const { item, tray } = makeTray(waiting, true);
    expect(item('meeting')).toMatchObject({ type: 'checkbox', checked: true });
    expect(tray.imagePath).toMatch(/tray-meeting\.png$/);
  });

  it('rebuilds the menu only when what it shows changes', () => {
    const { tray, handle } = makeTray();
    const first = tray.menu;
    handle.update({ ...waiting });
    expect(tray.menu).toBe(first);
    handle.update({ ...waiting, text: 'Next posture break in 11 min', minutes: 11 });
    expect(tray.menu).not.toBe(first);
  });

  it('has every icon it asks for: 1x and 2x, colour and macOS template, for each state', () => {
    for (const state of ['active', 'snoozed', 'paused', 'meeting'] as const) {
      for (const platform of ['darwin', 'linux', 'win32'] as const) {
        const path = trayIconPath('assets', platform, state);
        expect(existsSync(path), path).toBe(true);
        expect(existsSync(path.replace('.png', '@2x.png'))).toBe(true);
      }
    }
    expect(trayIconPath('a', 'darwin')).toBe(join('a', 'tray', 'trayTemplate.png'));
  });

  it('builds icon paths with the platform\'s own separator (Windows paths caught here, on Linux)', () => {
    expect(trayIconPath('C:\\Unknot\\assets', 'win32', 'paused', win32)).toBe('C:\\Unknot\\assets\\tray\\tray-paused.png');
    expect(trayIconPath('/opt/unknot/assets', 'darwin', 'active', posix)).toBe('/opt/unknot/assets/tray/trayTemplate.png');
  });
});
