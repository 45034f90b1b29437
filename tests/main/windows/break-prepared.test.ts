import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineHost, type HostEvent } from '../../../main/core/engine/host';
import { breakInfoOf, preparedBreakOf, upcomingBreakInfo } from '../../../main/core/ipc/break-info';
import { FakeBrowserWindow, fakeScreen, resetFakes } from '../fake-electron';
import { configWith, T0 } from '../../helpers/engine';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupBreakWindow } = await import('../../../main/windows/break-window');
const { setupBreakController } = await import('../../../main/windows/break-controller');

const upcoming = { kind: 'posture' as const, technique: 'chin-tuck', startedAt: 30_000, endsAt: 70_000, heldAt: null, heldMs: 0, snoozeMinutes: 10, snoozeAllowed: true };
const opened = { ...upcoming, startedAt: 31_000, endsAt: 71_000 };
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const makeWindow = (wayland = false) => {
  const deps = { preload: '/p.cjs', rendererHtml: '/r.html', trust: () => () => undefined, onClosedByUser: vi.fn(), onCrashed: vi.fn(), wayland };
  return { handle: setupBreakWindow(deps), deps };
};

describe('the break window prepared at the notice', () => {
  beforeEach(resetFakes);

  it('is created hidden with the break route and the upcoming technique in its URL', async () => {
    makeWindow().handle.prepare(upcoming);
    await settle();
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.show).toBe(false);
    expect(win.shownInactive + win.shownWithFocus).toBe(0);
    expect(win.loaded?.options?.hash).toBe('/break');
    const query = new URLSearchParams(win.loaded?.options?.query);
    expect(preparedBreakOf(query)).toMatchObject({ kind: 'posture', technique: 'chin-tuck', endsAt: 40_000, snoozeMinutes: 10 });
  });

  it('is shown, not re-created, when the break opens, on the display under the cursor then', async () => {
    fakeScreen.cursor = { x: 100, y: 100 };
    const { handle } = makeWindow();
    handle.prepare(upcoming);
    await settle();
    // The person moved to the other display during the notice.
    fakeScreen.cursor = { x: 2500, y: 300 };
    handle.open(opened);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.shownInactive).toBe(1);
    expect(win.bounds).toEqual({ x: 1920 + (1280 - 440) / 2, y: Math.round((984 - 600) / 2), width: 440, height: 600 });
    expect(handle.shown()).toBe(true);
  });

  it('on Wayland is shown where the compositor puts it, asking for attention as before', async () => {
    const { handle } = makeWindow(true);
    handle.prepare(upcoming);
    await settle();
    handle.open(opened);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.bounds).toBeNull();
    expect(win.shownWithFocus).toBe(1);
    expect(win.flashing).toBe(true);
  });

  it('waits for its first paint when the break opens at once (Start now on a fresh notice)', async () => {
    const { handle } = makeWindow();
    handle.prepare(upcoming);
    handle.open(opened);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.shownInactive).toBe(0);
    await settle();
    expect(win.shownInactive).toBe(1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('goes when the break is called off, and that is nobody skipping anything', async () => {
    const { handle, deps } = makeWindow();
    handle.prepare(upcoming);
    await settle();
    handle.discard();
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    expect(deps.onClosedByUser).not.toHaveBeenCalled();
    // Discard never takes a break that is on screen.
    handle.prepare(upcoming);
    await settle();
    handle.open(opened);
    handle.discard();
    expect(FakeBrowserWindow.alive()).toHaveLength(1);
  });

  it('dies unseen without recording a skip, and the break then opens a fresh window', async () => {
    const { handle, deps } = makeWindow();
    handle.prepare(upcoming);
    await settle();
    FakeBrowserWindow.instances[0]!.contents.crash('oom');
    expect(deps.onCrashed).not.toHaveBeenCalled();
    expect(deps.onClosedByUser).not.toHaveBeenCalled();
    handle.open(opened);
    await settle();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(FakeBrowserWindow.instances[1]!.loaded?.options).toEqual({ hash: '/break' });
    expect(FakeBrowserWindow.instances[1]!.shownInactive).toBe(1);
  });
});

/** The engine host on a fake clock, driving the real controller and break window adapter. */
const makeApp = () => {
  const cfg = configWith({ gentleStart: { enabled: false } });
  let now = T0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const host = new EngineHost({
    config: () => cfg,
    now: () => now,
    monotonic: () => now,
    idleSeconds: () => 0,
    setTimer: (delay, run) => (timers.set(nextTimer, { at: now + delay, run }), nextTimer++),
    clearTimer: (id) => timers.delete(id as number),
    load: () => null,
    save: () => undefined,
  });
  const { handle } = makeWindow();
  const sent: Array<{ window: FakeBrowserWindow; info: unknown }> = [];
  setupBreakController({
    host,
    breakInfo: () => breakInfoOf(host.snapshot(), cfg),
    upcoming: (kind, startsAt) => upcomingBreakInfo(host.snapshot(), cfg, kind, startsAt),
    window: handle,
    notifyRenderer: (info) => {
      const win = FakeBrowserWindow.alive().at(-1);
      if (win) sent.push({ window: win, info });
    },
    updateTray: () => undefined,
    notice: { show: () => undefined, showHeldBack: () => undefined, close: () => undefined },
  });
  host.start();
  /** Runs the earliest timer (the clock jumps to it), then lets the window's page "load". */
  const next = async () => {
    const [id, timer] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0]!;
    timers.delete(id);
    now = Math.max(now, timer.at);
    timer.run();
    await settle();
  };
  const act = async (event: HostEvent) => {
    now += 1000;
    host.dispatch(event);
    await settle();
  };
  return { host, handle, sent, next, act, phase: () => host.snapshot().phase.name };
};

describe('a working day of breaks, as the windows see it', () => {
  beforeEach(resetFakes);

  it('leaves no window between breaks after 50 cycles, prepares each at its notice and shows that same one', async () => {
    const app = makeApp();
    let cycles = 0;
    let created = 0;
    let guard = 0;
    while (cycles < 50) {
      guard += 1;
      if (guard > 20_000) throw new Error('the schedule stopped producing breaks');
      await app.next();
      if (app.phase() !== 'notice') {
        // Between breaks: no window, so no renderer process.
        if (app.phase() === 'working') expect(FakeBrowserWindow.alive()).toHaveLength(0);
        continue;
      }
      cycles += 1;
      expect(FakeBrowserWindow.instances).toHaveLength(created + 1);
      created += 1;
      const prepared = FakeBrowserWindow.instances.at(-1)!;
      expect(prepared.destroyed).toBe(false);
      expect(prepared.shownInactive).toBe(0);
      const promised = new URLSearchParams(prepared.loaded?.options?.query).get('technique');
      // Every fifth notice is snoozed, every seventh skipped, every fourth started at once (Start
      // now); the rest open on time, and some of those are then snoozed.
      if (cycles % 5 === 0) await app.act({ type: 'user', action: 'snooze', minutes: 5 });
      else if (cycles % 7 === 0) await app.act({ type: 'user', action: 'skip' });
      else {
        if (cycles % 4 === 0) await app.act({ type: 'user', action: 'start-now' });
        while (app.phase() === 'notice') await app.next();
        expect(app.phase()).toBe('break');
        expect(FakeBrowserWindow.instances).toHaveLength(created);
        expect(prepared.shownInactive).toBe(1);
        const info = app.sent.at(-1)!;
        expect(info.window).toBe(prepared);
        expect(info.info).toMatchObject({ technique: promised });
        if (cycles % 3 === 0) await app.act({ type: 'user', action: 'snooze', minutes: 5 });
        else while (app.phase() === 'break') await app.next();
      }
      expect(app.phase()).toBe('working');
      expect(FakeBrowserWindow.alive()).toHaveLength(0);
    }
    expect(created).toBe(50);
  });
});
