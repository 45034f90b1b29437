import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeNotification, resetFakes } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { noticeStyle, setupNotice } = await import('../../../main/windows/notice');

const windowDeps = { preload: '/p.cjs', rendererHtml: '/r.html', trust: () => () => undefined };
const heldBack = { kind: 'posture' as const, reasons: ['in a call', 'do not disturb'], heldMinutes: 90 };
const buttonTexts = (n: FakeNotification) => (n.options.actions ?? []).map((a) => a.text);

const makeActions = () => ({ startNow: vi.fn(), snooze: vi.fn(), keepWaiting: vi.fn(), ignoreToday: vi.fn() });

describe('the notice adapter', () => {
  beforeEach(resetFakes);

  const make = () => {
    const actions = makeActions();
    return { actions, notice: setupNotice(actions, () => 10, undefined, 'darwin') };
  };

  it('says which break comes and when, silently, with Start now and Snooze', () => {
    make().notice.show('posture', 31_000, 1_000);
    const shown = FakeNotification.instances[0]!;
    expect(shown.shown).toBe(true);
    expect(shown.options).toMatchObject({ title: 'Posture break in 30 s', silent: true });
    expect(buttonTexts(shown)).toEqual(['Start now', 'Snooze 10 min']);
  });

  it('starts the break on a click or the first button (actionIndex 0), snoozes on the second (actionIndex 1)', () => {
    const { actions, notice } = make();
    notice.show('stress', 30_000, 0);
    const shown = FakeNotification.instances[0]!;
    shown.clickBody();
    expect(actions.startNow).toHaveBeenCalledTimes(1);
    shown.clickButton(1);
    expect(actions.snooze).toHaveBeenCalledWith(10);
    expect(actions.startNow).toHaveBeenCalledTimes(1);
    shown.clickButton(0);
    expect(actions.startNow).toHaveBeenCalledTimes(2);
    expect(actions.snooze).toHaveBeenCalledTimes(1);
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
    // An unsigned macOS build gets no notifications at all: the window instead.
    expect(noticeStyle('darwin', true, { trusted: false })).toBe('window');
    // Wayland: the coming notice as a notification (a window cannot be placed or kept on top), the held-back choices in the window.
    expect(noticeStyle('linux', true, { wayland: true })).toBe('native');
    expect(noticeStyle('linux', true, { wayland: true, needsButtons: true })).toBe('window');
  });

  it('on Linux opens the fallback window in the top corner without taking focus', async () => {
    const notice = setupNotice(makeActions(), () => 10, windowDeps, 'linux');
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

  it('stays silent where the OS has no notifications and no window is given', () => {
    FakeNotification.supported = false;
    make().notice.show('posture', 30_000, 0);
    expect(FakeNotification.instances).toHaveLength(0);
  });

  it('falls back to the notice window when the native notification fails, and keeps using it', async () => {
    const log = vi.fn();
    const report = vi.fn();
    const notice = setupNotice(makeActions(), () => 10, windowDeps, { platform: 'win32', log, diagnostics: { report } });
    notice.show('posture', 30_000, 0);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    FakeNotification.instances[0]!.fail('toast was refused');
    await Promise.resolve();
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]!.loaded?.options).toEqual({ hash: '/notice' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('toast was refused'));
    expect(report).toHaveBeenCalledWith('native notifications', expect.objectContaining({ lastError: 'toast was refused' }));
    notice.show('stress', 30_000, 0);
    expect(FakeNotification.instances).toHaveLength(1);
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
  });

  it('on macOS without a signed, packaged build shows the window instead of a notice that would never arrive', () => {
    const notice = setupNotice(makeActions(), () => 10, windowDeps, { platform: 'darwin', nativeTrusted: false });
    notice.show('posture', 30_000, 0);
    expect(FakeNotification.instances).toHaveLength(0);
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
  });

  it('on Wayland announces the coming break as a notification whose click starts it', () => {
    const actions = makeActions();
    const notice = setupNotice(actions, () => 10, windowDeps, { platform: 'linux', wayland: true });
    notice.show('posture', 30_000, 0);
    const shown = FakeNotification.instances[0]!;
    expect(shown.options.actions).toBeUndefined();
    expect(shown.options.body).toContain('snooze from the break window');
    shown.clickBody();
    expect(actions.startNow).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('on Wayland lets the compositor place the notice window: no position, no always-on-top', () => {
    const notice = setupNotice(makeActions(), () => 10, windowDeps, { platform: 'linux', wayland: true });
    notice.showHeldBack(heldBack);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.x).toBeUndefined();
    expect(win.options.y).toBeUndefined();
    expect(win.options.alwaysOnTop).toBeUndefined();
  });
});

describe('the held-back notice', () => {
  beforeEach(resetFakes);

  it('says what held the break and for how long, with Start now, Keep waiting and one "ignore today" per reason', () => {
    const notice = setupNotice(makeActions(), () => 10, windowDeps, 'win32');
    notice.showHeldBack(heldBack);
    const shown = FakeNotification.instances[0]!;
    expect(shown.options.title).toBe('Posture break held back for 90 min');
    expect(shown.options.body).toContain('in a call, do not disturb');
    expect(buttonTexts(shown)).toEqual(['Start now', 'Keep waiting', 'Not “in a call”: ignore it today', 'Not “do not disturb”: ignore it today']);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('maps each button to its choice and closes itself', () => {
    for (const [index, expected] of [
      [0, 'startNow'],
      [1, 'keepWaiting'],
      [3, 'ignoreToday'],
    ] as const) {
      resetFakes();
      const actions = makeActions();
      const notice = setupNotice(actions, () => 10, windowDeps, 'win32');
      notice.showHeldBack(heldBack);
      FakeNotification.instances[0]!.clickButton(index);
      expect(actions[expected]).toHaveBeenCalledOnce();
      if (expected === 'ignoreToday') expect(actions.ignoreToday).toHaveBeenCalledWith('do not disturb');
      expect(FakeNotification.instances[0]!.closed).toBe(true);
      expect(notice.heldBack.current()).toBeNull();
    }
  });

  it('on Linux opens the notice window, which reads what to show and answers through the same choices', () => {
    const actions = makeActions();
    const notice = setupNotice(actions, () => 10, windowDeps, 'linux');
    notice.showHeldBack(heldBack);
    expect(FakeNotification.instances).toHaveLength(0);
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
    expect(notice.heldBack.current()).toEqual(heldBack);
    // A reason the notice did not name is refused and changes nothing.
    expect(notice.heldBack.choose({ choice: 'ignore-today', reason: 'a full-screen app' })).toBe(false);
    expect(actions.ignoreToday).not.toHaveBeenCalled();
    expect(notice.heldBack.choose({ choice: 'ignore-today', reason: 'in a call' })).toBe(true);
    expect(actions.ignoreToday).toHaveBeenCalledWith('in a call');
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    // Answered once: a stale second answer does nothing.
    expect(notice.heldBack.choose({ choice: 'start-now' })).toBe(false);
    expect(actions.startNow).not.toHaveBeenCalled();
  });

  it('offers no "ignore today" when the app cannot ignore a detector', () => {
    const notice = setupNotice({ startNow: vi.fn(), snooze: vi.fn() }, () => 10, windowDeps, 'win32');
    notice.showHeldBack(heldBack);
    expect(buttonTexts(FakeNotification.instances[0]!)).toEqual(['Start now', 'Keep waiting']);
    expect(notice.heldBack.choose({ choice: 'ignore-today', reason: 'in a call' })).toBe(false);
  });

  it('falls back to the window when the native held-back notice fails', () => {
    const notice = setupNotice(makeActions(), () => 10, windowDeps, 'darwin');
    notice.showHeldBack(heldBack);
    FakeNotification.instances[0]!.fail('Notifications are not allowed for this application');
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]!.options).toMatchObject({ width: 380, height: 230 });
    expect(notice.heldBack.current()).toEqual(heldBack);
  });
});
