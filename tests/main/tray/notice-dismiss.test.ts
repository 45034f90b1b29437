import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotification, resetFakes } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupNotice } = await import('../../../main/windows/notice');

const buttonTexts = (n: FakeNotification) => (n.options.actions ?? []).map((a) => a.text);

describe('the coming notice can be dismissed without a snooze (issue 13)', () => {
  beforeEach(resetFakes);

  it('offers "Not now" as a third button where the app passes a dismiss action, and it dismisses', () => {
    const actions = { startNow: vi.fn(), snooze: vi.fn(), dismiss: vi.fn() };
    const notice = setupNotice(actions, () => 10, undefined, 'win32');
    notice.show('eyes', 30_000, 0);
    const shown = FakeNotification.instances[0]!;
    expect(shown.options.title).toBe('Eye break in 30 s');
    expect(buttonTexts(shown)).toEqual(['Start now', 'Snooze 10 min', 'Not now']);
    shown.clickButton(2);
    expect(actions.dismiss).toHaveBeenCalledOnce();
    expect(actions.snooze).not.toHaveBeenCalled();
    expect(actions.startNow).not.toHaveBeenCalled();
  });

  it('offers no "Not now" without a dismiss action', () => {
    const notice = setupNotice({ startNow: vi.fn(), snooze: vi.fn() }, () => 5, undefined, 'darwin');
    notice.show('stand', 30_000, 0);
    expect(buttonTexts(FakeNotification.instances[0]!)).toEqual(['Start now', 'Snooze 5 min']);
    expect(FakeNotification.instances[0]!.options.title).toBe('Stand-up break in 30 s');
  });
});
