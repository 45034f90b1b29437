/**
 * The real app on real Linux desktops: the BUILT main process (out/main/index.mjs, run by the boot
 * harness with its typed fake Electron) started inside a real GNOME Shell 43, KWin 5.27 or
 * Xvfb+openbox session (their env.sh: D-Bus session bus, Wayland socket, X display, session type,
 * desktop name), and followed through what a person would notice — the notification and windows
 * the fake records — and what the app writes: its log (userData/logs/main.log) and its saved
 * engine state (engine-state.json: `locked`, `quiet`). Each desktop comes from ../shared/desktops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { buildAppAndFake, loggedAt, startBoot, type Boot, type BootEvent } from '../boot/harness';
import { sessionEnv, startDesktop, survivingSessionEnv, type Desktop, type DesktopResult, type Stack } from '../helpers/desktop';

/** The app's start-up budget, from Electron's 'ready' to a tray and a running engine. */
const BUDGET_MS = 5000;
/** What the one-time notice on a desktop without a tray host says (main/tray/no-tray-notice.ts). */
const NO_TRAY_TITLE = 'No tray icon on this desktop';
const SETTINGS_TITLE = 'Unknot — Settings';
const GNOME_SCREENSAVER = ['call', '--session', '-d', 'org.gnome.ScreenSaver', '-o', '/org/gnome/ScreenSaver', '-m'];

const boots: Boot[] = [];
const children: ChildProcess[] = [];
const boot = (env: Record<string, string>, userData?: string): Boot => {
  const started = startBoot(env, [], { userData });
  boots.push(started);
  return started;
};

beforeAll(buildAppAndFake, 180_000);
afterEach(() => {
  boots.splice(0).forEach((b) => b.kill());
  children.splice(0).forEach((c) => c.kill());
});

/**
 * One real desktop for a describe block, started when the block begins and stopped when it ends
 * (one at a time, on a 2-core machine). Returns the getter each test calls: it skips the test,
 * saying why, where the desktop cannot run (startDesktop throws instead under UNKNOT_REAL_DESKTOPS=required).
 */
const desktopFor = (stack: Stack, extraEnv: Record<string, string> = {}) => {
  let result: DesktopResult | undefined;
  beforeAll(async () => {
    result = await startDesktop(stack, extraEnv);
  }, 90_000);
  afterAll(() => result?.desktop?.stop());
  return (ctx: TestContext): Desktop => {
    if (!result?.desktop) ctx.skip(`the real ${stack} desktop is not available: ${result?.reason ?? 'it did not start'}`);
    return result!.desktop!;
  };
};

/** Waits until a line of the app's log matches; returns the line's wall-clock time. */
const waitForLog = async (b: Boot, pattern: RegExp, timeoutMs = 10_000): Promise<string> => {
  const started = Date.now();
  for (;;) {
    const line = b.log().split('\n').find((l) => pattern.test(l));
    if (line) return line;
    if (Date.now() - started > timeoutMs) throw new Error(`the log never matched ${pattern}:\n${b.log()}\nstderr: ${b.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** The engine's saved state, as the app last wrote it. */
const engineState = (b: Boot): { locked: boolean; quiet: string[] } => JSON.parse(readFileSync(join(b.userData, 'engine-state.json'), 'utf8')) as { locked: boolean; quiet: string[] };

/** The tray is shown and the engine runs within the budget of Electron's 'ready'. */
const expectUpInTime = async (b: Boot): Promise<BootEvent> => {
  const ready = await b.waitFor('ready');
  const tray = await b.waitFor('tray');
  expect(tray.iconExists).toBe(true);
  expect(tray.t - ready.t).toBeLessThan(BUDGET_MS);
  // 'ready' is logged once the engine has started and every desktop service has been asked.
  await waitForLog(b, /\]\s+ready$/);
  expect(loggedAt(b.log(), 'ready')! - ready.wall).toBeLessThan(BUDGET_MS);
  return ready;
};

/** Quit from the tray menu: code 0, Quit's clean-up ran, no error reached the main process. */
const quitCleanly = async (b: Boot) => {
  b.send('click quit');
  const { code, signal } = await b.exit();
  const events = b.events();
  const problems = events.filter((e) => ['uncaught', 'unhandled-rejection', 'destroyed-use', 'used-before-ready'].includes(e.type));
  expect(problems, `errors in the main process:\n${b.stderr()}`).toEqual([]);
  expect(b.stderr()).not.toMatch(/Error|Uncaught|Unhandled/);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(events.map((e) => e.type)).toContain('before-quit-done');
  expect(events.at(-1)).toMatchObject({ type: 'end', how: 'quit', code: 0 });
};

/**
 * The desktop goes away under the running app (stop.sh ends the shell or compositor and its
 * buses): the app keeps running for a while with no error, and Quit is still clean. This proves
 * the app's own connections (D-Bus, its Wayland idle client, its X11 watcher) let go quietly; the
 * fake Electron has no display connection of its own, which real Electron loses with its compositor
 * or X server — the case that matters in practice is a desktop service (the shell) restarting.
 */
const survivesDesktopStop = async (d: Desktop, joined: RegExp) => {
  const b = boot(survivingSessionEnv(d));
  await expectUpInTime(b);
  await waitForLog(b, joined);
  d.stop();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(b.events().filter((e) => ['end', 'uncaught', 'unhandled-rejection'].includes(e.type))).toEqual([]);
  // Still answering: a tray command still works after its desktop has gone (Progress is never
  // disabled; Break now is while the screen is locked, as KWin's stays).
  b.send('click progress');
  await b.waitFor('window', (e) => e.title === 'Unknot — Progress');
  await quitCleanly(b);
  return b;
};

/** What the tray icon's tooltip says now (the person's view of the engine's status). */
const lastTooltip = (b: Boot): string => String(b.events().filter((e) => e.type === 'tray-tooltip').at(-1)?.text ?? '');
const noticesOf = (b: Boot) => b.events().filter((e) => e.type === 'notification' && e.title === NO_TRAY_TITLE);
const settingsWindowsOf = (b: Boot) => b.events().filter((e) => e.type === 'window' && e.title === SETTINGS_TITLE);

describe('the app on a real stock GNOME Shell 43 (no AppIndicator extension)', () => {
  const desktop = desktopFor('gnome');

  it('reads idle time from Mutter’s IdleMonitor; no tray host: tells once and opens Settings; lock and unlock reach the engine; a second start does not tell again', async (ctx) => {
    const d = desktop(ctx);
    const b = boot(sessionEnv(d));
    await expectUpInTime(b);
    await waitForLog(b, /idle: reading idle time from GNOME Mutter IdleMonitor over D-Bus$/);
    await waitForLog(b, /tray: tray host absent at start$/);
    await b.waitFor('notification', (e) => e.title === NO_TRAY_TITLE);
    await b.waitFor('window', (e) => e.title === SETTINGS_TITLE);

    await waitForLog(b, /screen lock: following D-Bus org\.gnome\.ScreenSaver/);
    expect(engineState(b).locked).toBe(false);
    await d.run('gdbus', [...GNOME_SCREENSAVER, 'org.gnome.ScreenSaver.Lock']);
    await expect.poll(() => engineState(b).locked, { timeout: 3000 }).toBe(true);
    await expect.poll(() => lastTooltip(b), { timeout: 3000 }).toMatch(/Away/);
    await d.run('gdbus', [...GNOME_SCREENSAVER, 'org.gnome.ScreenSaver.SetActive', 'false']);
    await expect.poll(() => engineState(b).locked, { timeout: 5000 }).toBe(false);
    await expect.poll(() => lastTooltip(b), { timeout: 3000 }).not.toMatch(/Away/);
    expect(b.log()).toMatch(/screen lock: the screen locked\n[^]*screen lock: the screen unlocked/);

    await quitCleanly(b);
    expect(noticesOf(b)).toHaveLength(1);
    expect(settingsWindowsOf(b)).toHaveLength(1);

    // The same profile again: the tray is still absent, and the person is not told twice.
    const again = boot(sessionEnv(d), b.userData);
    await expectUpInTime(again);
    await waitForLog(again, /tray: tray host absent at start$/);
    // Checked once the app has exited, so a late notice cannot slip past the check.
    await quitCleanly(again);
    expect(noticesOf(again)).toEqual([]);
    expect(settingsWindowsOf(again)).toEqual([]);
  }, 60_000);

  it('keeps running when GNOME Shell and its buses go away under it; Quit is clean', async (ctx) => {
    const d = desktop(ctx);
    const b = await survivesDesktopStop(d, /screen lock: following D-Bus org\.gnome\.ScreenSaver/);
    expect(b.log()).toMatch(/idle: reading idle time from GNOME Mutter IdleMonitor/);
  }, 60_000);
});

describe('the app on a real GNOME Shell 43 with the AppIndicator extension (TRAY=1)', () => {
  const desktop = desktopFor('gnome', { TRAY: '1' });

  it('sees the tray host and shows no notice and no Settings window', async (ctx) => {
    const d = desktop(ctx);
    const b = boot(sessionEnv(d));
    await expectUpInTime(b);
    await waitForLog(b, /tray: tray host present at start$/);
    // Checked once the app has exited, so a late notice cannot slip past the check.
    await quitCleanly(b);
    expect(noticesOf(b)).toEqual([]);
    expect(settingsWindowsOf(b)).toEqual([]);
  }, 60_000);
});

describe('the app on a real KWin 5.27 (Wayland)', () => {
  const desktop = desktopFor('kde');

  it('reads idle time from the Wayland ext-idle-notify client; kscreenlocker’s lock reaches the engine', async (ctx) => {
    const d = desktop(ctx);
    const b = boot(sessionEnv(d));
    await expectUpInTime(b);
    await waitForLog(b, /idle: reading idle time from Wayland ext_idle_notifier_v1/);
    await waitForLog(b, /screen lock: following D-Bus org\.freedesktop\.ScreenSaver/);
    expect(engineState(b).locked).toBe(false);
    // kscreenlocker cannot be unlocked over D-Bus (../shared/desktops/README.md): lock only, then this KWin is done with.
    await d.run('gdbus', ['call', '--session', '-d', 'org.freedesktop.ScreenSaver', '-o', '/ScreenSaver', '-m', 'org.freedesktop.ScreenSaver.Lock']);
    await expect.poll(() => engineState(b).locked, { timeout: 3000 }).toBe(true);
    await expect.poll(() => lastTooltip(b), { timeout: 3000 }).toMatch(/Away/);
    await quitCleanly(b);

    // Started while the screen is locked (at login, or after a crash): the engine knows at once.
    const underLock = boot(sessionEnv(d));
    await expectUpInTime(underLock);
    await waitForLog(underLock, /screen lock: the screen locked$/);
    await expect.poll(() => engineState(underLock).locked, { timeout: 3000 }).toBe(true);
    await expect.poll(() => lastTooltip(underLock), { timeout: 3000 }).toMatch(/Away/);
    await quitCleanly(underLock);
  }, 60_000);

  it('keeps running when KWin and its bus go away under it; Quit is clean', async (ctx) => {
    const d = desktop(ctx);
    const b = await survivesDesktopStop(d, /idle: reading idle time from Wayland ext_idle_notifier_v1/);
    expect(b.log()).toMatch(/idle: Wayland idle lost/);
  }, 60_000);
});

describe('the app on a real X11 session (Xvfb + openbox)', () => {
  const desktop = desktopFor('x11');

  it('a full-screen window makes the engine quiet, and closing it ends that', async (ctx) => {
    const d = desktop(ctx);
    const b = boot(sessionEnv(d));
    await expectUpInTime(b);
    await waitForLog(b, /quiet: following the active window for full screen over X11$/);
    expect(engineState(b).quiet).toEqual([]);
    // openbox, not the test, makes this window active and full screen (_NET_ACTIVE_WINDOW, _NET_WM_STATE).
    const xterm = spawn('xterm', ['-fullscreen'], { env: d.env, stdio: 'ignore' });
    children.push(xterm);
    await expect.poll(() => engineState(b).quiet, { timeout: 5000 }).toEqual(['a full-screen app']);
    xterm.kill();
    await expect.poll(() => engineState(b).quiet, { timeout: 5000 }).toEqual([]);
    await quitCleanly(b);
  }, 60_000);

  it('keeps running when the X server and window manager go away under it; Quit is clean', async (ctx) => {
    const d = desktop(ctx);
    await survivesDesktopStop(d, /quiet: following the active window for full screen over X11$/);
  }, 60_000);
});
