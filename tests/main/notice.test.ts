import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeNotification, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { noticeStyle, setupNotice } = await import('../../main/windows/notice');

describe('the notice adapter', () => {
  beforeEach(resetFakes);

  const make = () => {
    const actions = { startNow: vi.fn(), snooze: vi.fn() };
    return { actions, notice: setupNotice(actions, () => 10, undefined, 'darwin') };
  };

  it('says which break comes and when, silently, with Start now and Snooze', () => {
    make().notice.show('posture', 31_000, 1_000);
    const shown = FakeNotification.instances[0]!;
    expect(shown.shown).toBe(true);
    expect(shown.options).toMatchObject({ title: 'Posture break in 30 s', silent: true });
    expect((shown.options.actions as { text: string }[]).map((a) => a.text)).toEqual(['Start now', 'Snooze 10 min']);
  });

  it('starts the break on a click or the first button, snoozes on the second', () => {
    const { actions, notice } = make();
    notice.show('stress', 30_000, 0);
    const shown = FakeNotification.instances[0]!;
    shown.emit('click');
    shown.emit('action', {}, 0);
    shown.emit('action', {}, 1);
    expect(actions.startNow).toHaveBeenCalledTimes(2);
    expect(actions.snooze).toHaveBeenCalledWith(10);
  });

  it('keeps one notice at a time and closes it when withdrawn', () => {
    const { notice } = make();
    notice.show('posture', 30_000, 0);
    notice.show('posture', 30_000, 0);
    expect(FakeNotification.instances[0]!.closed).toBe(true);
    notice.close();
    expect(FakeNotification.instances[1]!.closed).toBe(true);
  });

  it('uses native notifications with buttons on macOS and Windows, a small window on Linux', () => {
    expect(noticeStyle('darwin', true)).toBe('native');
    expect(noticeStyle('win32', true)).toBe('native');
    expect(noticeStyle('linux', true)).toBe('window');
    expect(noticeStyle('darwin', false)).toBe('window');
  });

  it('on Linux opens the fallback window in the top corner without taking focus', async () => {
    const notice = setupNotice({ startNow: vi.fn(), snooze: vi.fn() }, () => 10, { preload: '/p.cjs', rendererHtml: '/r.html', trust: () => () => undefined }, 'linux');
    notice.show('posture', 30_000, 0);
    await Promise.resolve();
    const win = FakeBrowserWindow.instances.at(-1)!;
    expect(win.options).toMatchObject({ width: 340, height: 150, alwaysOnTop: true, frame: false, skipTaskbar: true });
    expect(win.options.x).toBe(1920 + 1280 - 340 - 16);
    expect(win.loaded).toEqual({ file: '/r.html', options: { hash: '/notice' } });
    expect(win.shownInactive).toBe(1);
    expect(FakeNotification.instances).toHaveLength(0);
    notice.close();
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
  });

  it('stays silent where the OS has no notifications', () => {
    FakeNotification.supported = false;
    make().notice.show('posture', 30_000, 0);
    expect(FakeNotification.instances).toHaveLength(0);
  });
});
