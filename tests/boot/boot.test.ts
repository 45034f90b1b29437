/**
 * The whole main process boots: out/main/index.mjs, exactly as `npm run build` makes it, runs in
 * plain Node with `electron` resolved to the typed fake in tests/boot/fake. It must show the tray
 * and run the engine well within 5 s of Electron's 'ready' — also when the D-Bus session bus is
 * silent or gone — and a Quit at any moment of start-up must end the process with code 0, with no
 * uncaught error, after its clean-up ran.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { staleBusAddress } from '../helpers/dbus';
import { buildAppAndFake, loggedAt, startBoot, type Boot, type BootEvent } from './harness';
import { countingSilentBus } from './silent-bus';

/** The app's own start-up budget, from Electron's 'ready' to a tray and a running engine. */
const BUDGET_MS = 5000;
const boots: Boot[] = [];
const boot = (env: Record<string, string> = {}) => {
  const started = startBoot(env);
  boots.push(started);
  return started;
};

beforeAll(buildAppAndFake, 180_000);
afterEach(() => boots.splice(0).forEach((b) => b.kill()));

/** Waits until the app's log says `text`; returns when (wall clock, from the log line itself). */
const waitForLog = async (b: Boot, text: string, timeoutMs = 20_000): Promise<number> => {
  const started = Date.now();
  for (;;) {
    const at = loggedAt(b.log(), text);
    if (at !== null) return at;
    if (Date.now() - started > timeoutMs) throw new Error(`the log never said "${text}":\n${b.log()}\nstderr: ${b.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Asserts the tray and the engine came up within the budget of Electron's 'ready'; returns the ready event. */
const expectUpInTime = async (b: Boot): Promise<BootEvent> => {
  const ready = await b.waitFor('ready');
  const tray = await b.waitFor('tray');
  expect(tray.iconExists, `tray icon ${String(tray.icon)} exists`).toBe(true);
  expect(tray.t - ready.t).toBeLessThan(BUDGET_MS);
  // 'ready' is logged once the engine has started and every desktop service has been asked.
  const engineUp = await waitForLog(b, 'ready');
  expect(engineUp - ready.wall).toBeLessThan(BUDGET_MS);
  // The console copy of the log line travels through a pipe and can trail the file write.
  await vi.waitFor(() => expect(b.stdout()).toMatch(/\bready\b/), { timeout: 5000 });
  expect(existsSync(join(b.userData, 'engine-state.json'))).toBe(true);
  return ready;
};

/** Asserts the process ended with code 0, no error reached the user, and Quit's clean-up ran. */
const expectCleanExit = async (b: Boot) => {
  const { code, signal } = await b.exit();
  const events = b.events();
  const types = events.map((e) => e.type);
  const problems = events.filter((e) => ['uncaught', 'unhandled-rejection', 'destroyed-use', 'used-before-ready'].includes(e.type));
  expect(problems, `errors in the main process:\n${b.stderr()}`).toEqual([]);
  expect(b.stderr()).not.toMatch(/Error|Uncaught|Unhandled/);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(types).toContain('before-quit-done');
  expect(events.at(-1)).toMatchObject({ type: 'end', how: 'quit', code: 0 });
  if (types.includes('tray')) expect(types.filter((t) => t === 'tray-destroyed')).toHaveLength(types.filter((t) => t === 'tray').length);
  const opened = events.filter((e) => e.type === 'window').length;
  expect(events.filter((e) => e.type === 'window-closed')).toHaveLength(opened);
};

/** The history records on disk (an empty list before the first). */
const history = (b: Boot): Array<{ event: string }> => {
  const file = join(b.userData, 'history.jsonl');
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { event: string })
    : [];
};

/** The moments of start-up a Quit is tried at: before ready, as it comes, and while services join. */
const QUIT_MOMENTS: Array<[string, Record<string, string>]> = [
  ['at once, before Electron is ready', { UNKNOT_BOOT_QUIT_AT_MS: '0' }],
  ['as Electron becomes ready', { UNKNOT_BOOT_QUIT_ON: 'ready' }],
  ['as soon as the tray is shown (before any desktop service answers)', { UNKNOT_BOOT_QUIT_ON: 'tray' }],
  ['5 ms after ready', { UNKNOT_BOOT_QUIT_ON: 'ready+5' }],
  ['30 ms after ready', { UNKNOT_BOOT_QUIT_ON: 'ready+30' }],
  ['100 ms after ready', { UNKNOT_BOOT_QUIT_ON: 'ready+100' }],
  ['400 ms after ready', { UNKNOT_BOOT_QUIT_ON: 'ready+400' }],
];

describe('boot: the built main process with a typed fake Electron', () => {
  it('on Windows (its code paths, on this machine) sets the AppUserModelID before the first notification, and removes the default menu', async () => {
    // A damaged settings file makes the app tell the person at start (a notification), the
    // earliest notification there is: it must come after the id Windows matches toasts by.
    const userData = mkdtempSync(join(tmpdir(), 'unknot-boot-win-'));
    writeFileSync(join(userData, 'settings.json'), '{"breaks": {"posture": {"everyMinutes": "often"');
    const b = startBoot({ UNKNOT_BOOT_PLATFORM: 'win32' }, [], { userData });
    boots.push(b);
    await expectUpInTime(b);
    await b.waitFor('notification', (e) => /repaired its settings/.test(String(e.title)));
    const events = b.events();
    const firstNotification = events.findIndex((e) => e.type === 'notification');
    expect(events.findIndex((e) => e.type === 'app-user-model-id')).toBeGreaterThanOrEqual(0);
    expect(events.findIndex((e) => e.type === 'app-user-model-id')).toBeLessThan(firstNotification);
    expect(events.find((e) => e.type === 'application-menu')).toMatchObject({ items: null });
    expect(b.events().find((e) => e.type === 'app-user-model-id')).toMatchObject({ id: 'app.unknot.desktop' });
    b.send('quit');
    await expectCleanExit(b);
  }, 60_000);

  it('shows the tray and runs the engine within 5 s; Break now opens a break window whose page and preload exist; Quit from the tray is clean', async () => {
    const b = boot();
    await expectUpInTime(b);
    await b.waitFor('tray-menu', (e) => (e.items as Array<{ id?: string; enabled: boolean }>).some((i) => i.id === 'break-now-posture' && i.enabled));

    b.send('click break-now-posture');
    const win = await b.waitFor('window', (e) => e.title === 'Unknot break');
    expect(win).toMatchObject({ preloadExists: true, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(win.preload)).toMatch(/out[/\\]preload[/\\]index\.cjs$/);
    const load = await b.waitFor('window-load', (e) => e.id === win.id);
    expect(load).toMatchObject({ exists: true, hash: '/break' });
    expect(String(load.file)).toMatch(/out[/\\]renderer[/\\]index\.html$/);
    await b.waitFor('window-show', (e) => e.id === win.id && e.focus === false);
    await b.waitFor('tray-tooltip', (e) => /break in progress/.test(String(e.text)));

    b.send('click quit');
    await expectCleanExit(b);
    // Quitting during a break is not skipping it (the next start restores the break).
    expect(history(b).map((r) => r.event)).toEqual(['started']);
  }, 60_000);

  describe('Quit during start-up exits 0 after its clean-up, with no error', () => {
    for (const [moment, env] of QUIT_MOMENTS) {
      it(moment, async () => {
        const b = boot(env);
        await expectCleanExit(b);
        expect(b.events().some((e) => e.type === 'quit-requested')).toBe(true);
      }, 60_000);
    }

    it('after start-up has ended', async () => {
      const b = boot();
      await expectUpInTime(b);
      b.send('quit');
      await expectCleanExit(b);
    }, 60_000);
  });

  // D-Bus session buses are a Linux desktop's (the app asks them only on Linux and Wayland); a
  // unix-socket bus cannot stand in on Windows, where the GitHub workflow also runs this file.
  const busCases = process.platform === 'win32' ? describe.skip : describe;
  if (process.platform === 'win32') console.log('boot: the D-Bus cases are skipped on Windows (no session bus there; they run on Linux and macOS)');
  busCases.each<[string, () => Promise<{ address: string; accepted: () => number | null; stop: () => void }>]>([
    ['a D-Bus session bus that accepts and never answers', async () => countingSilentBus()],
    ['a stale D-Bus address (its socket is gone)', async () => ({ address: staleBusAddress(), accepted: () => null, stop: () => undefined })],
  ])('with %s on Wayland', (_name, makeBus) => {
    const waylandEnv = (address: string) => ({ DBUS_SESSION_BUS_ADDRESS: address, XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'GNOME' });

    it('the tray appears and the engine runs within 5 s; Break now works; Quit is clean', async () => {
      const bus = await makeBus();
      try {
        const b = boot(waylandEnv(bus.address));
        await expectUpInTime(b);
        // The app did go to the bus (else this case would prove nothing); its answer never came.
        if (bus.accepted() !== null) await expect.poll(() => bus.accepted() ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
        b.send('click break-now-posture');
        await b.waitFor('window', (e) => e.title === 'Unknot break');
        b.send('click quit');
        await expectCleanExit(b);
      } finally {
        bus.stop();
      }
    }, 60_000);

    // 2.5 s: after the bounded D-Bus calls (2 s each) have given up.
    for (const [moment, env] of [...QUIT_MOMENTS, ['2.5 s after ready', { UNKNOT_BOOT_QUIT_ON: 'ready+2500' }] as [string, Record<string, string>]]) {
      it(`Quit ${moment} is clean`, async () => {
        const bus = await makeBus();
        try {
          const b = boot({ ...waylandEnv(bus.address), ...env });
          await expectCleanExit(b);
        } finally {
          bus.stop();
        }
      }, 60_000);
    }
  });
});
