import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../main/core/engine/status';
import { FakeTray, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { setupTray, trayIconPath } = await import('../../main/tray');

const waiting: EngineStatus = { text: 'Next posture break in 12 min', mode: 'active', kind: 'posture', minutes: 12, snoozeAllowed: true };

const makeTray = (status = waiting) => {
  const actions = { breakNow: vi.fn(), snooze: vi.fn(), openProgress: vi.fn(), quit: vi.fn() };
  const handle = setupTray('/app/assets', actions, () => 10, status);
  return { actions, handle, tray: FakeTray.instances.at(-1)! };
};

describe('the tray adapter', () => {
  beforeEach(resetFakes);

  it('shows the countdown as a disabled status line, then the actions', () => {
    const { tray } = makeTray();
    const labels = tray.menu!.template.filter((i) => i.type !== 'separator').map((i) => [i.label, i.enabled !== false]);
    expect(labels).toEqual([
      ['Next posture break in 12 min', false],
      ['Take a break now', true],
      ['Snooze 10 minutes', true],
      ['Progress…', true],
      ['Quit Unknot', true],
    ]);
    expect(tray.tooltip).toBe('Unknot — Next posture break in 12 min');
  });

  it('wires each item to its action', () => {
    const { tray, actions } = makeTray();
    tray.click('break-now');
    tray.click('snooze');
    tray.click('progress');
    tray.click('quit');
    expect(actions.openProgress).toHaveBeenCalledOnce();
    expect(actions.breakNow).toHaveBeenCalledOnce();
    expect(actions.snooze).toHaveBeenCalledWith(10);
    expect(actions.quit).toHaveBeenCalledOnce();
  });

  it('disables Snooze with a reason once the cap is reached', () => {
    const { tray } = makeTray({ ...waiting, snoozeAllowed: false });
    const snooze = tray.menu!.template.find((i) => i.id === 'snooze')!;
    expect(snooze.enabled).toBe(false);
    expect(snooze.label).toBe('Snooze (limit reached)');
    expect(() => tray.click('snooze')).toThrow(/disabled/);
  });

  it('rebuilds the menu only when the status changes', () => {
    const { tray, handle } = makeTray();
    const first = tray.menu;
    handle.update({ ...waiting });
    expect(tray.menu).toBe(first);
    handle.update({ ...waiting, text: 'Next posture break in 11 min', minutes: 11 });
    expect(tray.menu).not.toBe(first);
    expect(tray.menu!.template[0]!.label).toBe('Next posture break in 11 min');
  });

  it('uses a template image on macOS and the colour icon elsewhere', () => {
    expect(trayIconPath('/a', 'darwin')).toBe('/a/tray/trayTemplate.png');
    expect(trayIconPath('/a', 'linux')).toBe('/a/tray/tray.png');
    expect(trayIconPath('/a', 'win32')).toBe('/a/tray/tray.png');
  });
});
