import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDiagnostics } from '../../main/platform/diagnostics';
import { chooseIdleSource } from '../../main/platform/idle-source';
import { readNotificationCaps } from '../../main/platform/linux/notification-caps';
import { watchScreenLock } from '../../main/platform/linux/screen-lock';
import { watchTrayPresence } from '../../main/platform/linux/tray-watcher';
import { watchWaylandIdle } from '../../main/platform/linux/wayland-idle';
import { startDesktop } from '../helpers/desktop';

// One real kwin_wayland 5.27 (virtual output, private session bus, no Plasma) for the file.
const kde = await startDesktop('kde');
afterAll(() => kde.desktop?.stop());

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((f) => f()));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!kde.desktop)('on a real KWin (Wayland)', () => {
  const d = kde.desktop!;

  it('ext-idle-notify: reads 0 until the threshold passes with no input, then the time since the last input', async () => {
    const idle = await watchWaylandIdle({ env: d.env, thresholdMs: 1000, protocols: ['ext_idle_notifier_v1'] });
    cleanups.push(idle.close);
    expect(idle.protocol).toBe('ext_idle_notifier_v1');
    expect(idle.idleSeconds()).toBe(0);
    await vi.waitFor(() => expect(idle.idleSeconds()).toBeGreaterThanOrEqual(1), { timeout: 3000 });
    await sleep(500);
    expect(idle.idleSeconds()).toBeGreaterThanOrEqual(1.4);
  });

  it('KDE idle protocol: idle after the threshold, and back to 0 when KWin reports activity (resumed)', async () => {
    const idle = await watchWaylandIdle({ env: d.env, thresholdMs: 600, protocols: ['org_kde_kwin_idle'] });
    cleanups.push(idle.close);
    await vi.waitFor(() => expect(idle.idleSeconds()).toBeGreaterThan(0.5), { timeout: 3000 });
    idle.simulateActivity!(); // org_kde_kwin_idle_timeout.simulate_user_activity: KWin answers with resumed
    await vi.waitFor(() => expect(idle.idleSeconds()).toBe(0), { timeout: 2000 });
  });

  it('chooses Wayland ext-idle-notify, because KWin answers GetSessionIdleTime with NotSupported', async () => {
    const log = vi.fn();
    const diagnostics = createDiagnostics();
    const source = await chooseIdleSource(d.env, () => 0, log, { diagnostics, wayland: { thresholdMs: 500 } });
    cleanups.push(source.close);
    expect(source.name).toBe('Wayland ext_idle_notifier_v1');
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/freedesktop ScreenSaver did not answer \(.*NotSupported|not supported/i));
    expect(diagnostics.snapshot().detectors['idle time']).toMatchObject({ source: 'Wayland ext_idle_notifier_v1' });
    await vi.waitFor(async () => expect(await source.read()).toBeGreaterThan(0), { timeout: 3000 });
  });

  it('idle watch (gentle start): KWin tells the app once the person has been idle the asked seconds, and a cancelled watch stays silent', async () => {
    const source = await chooseIdleSource(d.env, () => 0, vi.fn(), { wayland: { thresholdMs: 500 } });
    cleanups.push(source.close);
    expect(source.watch).toBeTypeOf('function');
    const fired = vi.fn();
    const failed = vi.fn();
    const cancelled = vi.fn();
    const started = Date.now();
    const cancel = source.watch!(1, fired, failed);
    source.watch!(1, cancelled, failed)();
    await vi.waitFor(() => expect(fired).toHaveBeenCalledTimes(1), { timeout: 5000 });
    // The compositor counts from when the watch is made: never before the asked second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    cancel();
    await new Promise((r) => setTimeout(r, 1500));
    expect(cancelled).not.toHaveBeenCalled();
    expect(failed).not.toHaveBeenCalled();
  });

  it('says there is no tray and no notification server when only KWin runs, without waiting for D-Bus activation', async () => {
    const started = Date.now();
    const tray = await watchTrayPresence(d.env.DBUS_SESSION_BUS_ADDRESS, vi.fn(), vi.fn());
    cleanups.push(tray.stop);
    expect(tray.present).toBe('no');
    // Plasma's Notifications service file is installed here; activating it would block on plasma_waitforname.
    expect(await readNotificationCaps(d.env.DBUS_SESSION_BUS_ADDRESS, vi.fn())).toMatchObject({ server: 'none', actions: false });
    // Activating Plasma's service would block for about 25 s; a loaded machine may take a few.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  // Last: kscreenlocker cannot be unlocked over D-Bus (../shared/desktops/README.md).
  it('screen lock: kscreenlocker’s Lock is heard within 2 s', async () => {
    const onLock = vi.fn();
    const stop = await watchScreenLock(d.env.DBUS_SESSION_BUS_ADDRESS, { onLock, onUnlock: vi.fn() }, vi.fn());
    expect(stop).not.toBeNull();
    cleanups.push(stop!);
    await d.run('gdbus', ['call', '--session', '-d', 'org.freedesktop.ScreenSaver', '-o', '/ScreenSaver', '-m', 'org.freedesktop.ScreenSaver.Lock']);
    await vi.waitFor(() => expect(onLock).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });
});
