import { execFile } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { connectBounded } from '../../main/platform/linux/dbus-bounded';
import { createDiagnostics } from '../../main/platform/diagnostics';
import { chooseIdleSource } from '../../main/platform/idle-source';
import { readNotificationCaps } from '../../main/platform/linux/notification-caps';
import { watchScreenLock } from '../../main/platform/linux/screen-lock';
import { watchTrayPresence } from '../../main/platform/linux/tray-watcher';
import { watchDoNotDisturb } from '../../main/quiet/dnd-dbus';
import { gnomeBannersOff } from '../../main/quiet/os-detectors';
import { startDesktop } from '../helpers/desktop';

// One real GNOME Shell 43 (headless Wayland, private buses) for the whole file: ../shared/desktops.
const gnome = await startDesktop('gnome');
afterAll(() => gnome.desktop?.stop());

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((f) => f()));

describe.skipIf(!gnome.desktop)('on a real GNOME Shell 43', () => {
  const d = gnome.desktop!;
  const bus = () => d.env.DBUS_SESSION_BUS_ADDRESS;

  /**
   * Input the way a person gives it: a RemoteDesktop session moves the pointer
   * (../shared/desktops/idle-probe.js). Mutter handles virtual input on its own main loop after the
   * D-Bus call returns (the first motion of a new session also creates its virtual pointer), so
   * callers await the idle reset briefly rather than reading it at once.
   */
  const pointer = async () => {
    const input = await connectBounded(bus());
    cleanups.push(input.disconnect);
    const RD = { destination: 'org.gnome.Mutter.RemoteDesktop' };
    const [session] = await input.call({ ...RD, path: '/org/gnome/Mutter/RemoteDesktop', interface: 'org.gnome.Mutter.RemoteDesktop', member: 'CreateSession' });
    const S = { ...RD, path: String(session), interface: 'org.gnome.Mutter.RemoteDesktop.Session' };
    await input.call({ ...S, member: 'Start' });
    return {
      move: (d: number) => input.call({ ...S, member: 'NotifyPointerMotionRelative', signature: 'dd', body: [d, d] }),
      stop: () => input.call({ ...S, member: 'Stop' }).catch(() => undefined),
    };
  };

  it('reads idle time from Mutter’s IdleMonitor: it grows without input and real pointer input resets it', async () => {
    const log = vi.fn();
    const diagnostics = createDiagnostics();
    const source = await chooseIdleSource(d.env, () => 0, log, { diagnostics });
    cleanups.push(source.close);
    expect(source.name).toBe('GNOME Mutter IdleMonitor');
    expect(diagnostics.snapshot().detectors['idle time']).toMatchObject({ source: 'GNOME Mutter IdleMonitor' });
    const { move, stop } = await pointer();
    await move(5);
    await expect.poll(async () => { await move(1); return source.read(); }, { timeout: 3000, interval: 200 }).toBeLessThan(0.5);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await source.read()).toBeGreaterThanOrEqual(1);
    await move(-5);
    await expect.poll(() => source.read(), { timeout: 3000, interval: 100 }).toBeLessThan(0.5);
    await stop();
  });

  it('idle watch (gentle start): Mutter’s AddIdleWatch fires once the person has been idle the asked seconds, not before', async () => {
    const source = await chooseIdleSource(d.env, () => 0, vi.fn());
    cleanups.push(source.close);
    expect(source.watch).toBeTypeOf('function');
    // Input first, so idle starts from 0.
    const { move, stop } = await pointer();
    await move(3);
    await expect.poll(async () => { await move(1); return source.read(); }, { timeout: 3000, interval: 200 }).toBeLessThan(0.5);
    const fired = vi.fn();
    const failed = vi.fn();
    const started = Date.now();
    const cancel = source.watch!(2, fired, failed);
    cleanups.push(cancel);
    await vi.waitFor(() => expect(fired).toHaveBeenCalledTimes(1), { timeout: 6000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(failed).not.toHaveBeenCalled();
    await stop();
  });

  it('knows GNOME’s notifications carry action buttons', async () => {
    const caps = await readNotificationCaps(bus(), vi.fn());
    expect(caps).toMatchObject({ server: 'yes', actions: true, name: 'gnome-shell' });
  });

  it('do not disturb: show-banners off reads as quiet through gsettings; GNOME has no Inhibited property, and the D-Bus watcher says so', async () => {
    const inDesktop = ((file: string, args: string[], options: object, callback: never) => execFile(file, args, { ...options, env: d.env }, callback)) as unknown as typeof execFile;
    const banners = gnomeBannersOff(inDesktop);
    expect(await banners.check()).toBe(false);
    await d.run('gsettings', ['set', 'org.gnome.desktop.notifications', 'show-banners', 'false']);
    expect(await banners.check()).toBe(true);
    await d.run('gsettings', ['set', 'org.gnome.desktop.notifications', 'show-banners', 'true']);
    expect(await banners.check()).toBe(false);
    const log = vi.fn();
    expect(await watchDoNotDisturb(bus(), vi.fn(), log)).toBeNull();
    expect(log.mock.calls.at(-1)![0]).toMatch(/offers no do-not-disturb state/);
  });

  it('tray: absent on stock GNOME, then noticed as soon as the AppIndicator extension is enabled', async () => {
    const onChange = vi.fn();
    const diagnostics = createDiagnostics();
    const watch = await watchTrayPresence(bus(), onChange, vi.fn(), { diagnostics });
    cleanups.push(watch.stop);
    expect(watch.present).toBe('no');
    expect(diagnostics.snapshot().facts.tray).toBe('absent (no StatusNotifierWatcher)');
    await d.run('gsettings', ['set', 'org.gnome.shell', 'enabled-extensions', "['ubuntu-appindicators@ubuntu.com']"]);
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith('yes'), { timeout: 10_000 });
    expect(diagnostics.snapshot().facts.tray).toBe('present');
  });

  it('screen lock: Lock is heard within 2 s, and SetActive false is heard as unlock', async () => {
    const onLock = vi.fn();
    const onUnlock = vi.fn();
    const diagnostics = createDiagnostics();
    const stop = await watchScreenLock(bus(), { onLock, onUnlock }, vi.fn(), { diagnostics });
    expect(stop).not.toBeNull();
    cleanups.push(stop!);
    expect(diagnostics.snapshot().detectors['screen lock']).toMatchObject({ available: true, lastAnswer: 'unlocked' });
    const SS = ['call', '--session', '-d', 'org.gnome.ScreenSaver', '-o', '/org/gnome/ScreenSaver', '-m'];
    await d.run('gdbus', [...SS, 'org.gnome.ScreenSaver.Lock']);
    await vi.waitFor(() => expect(onLock).toHaveBeenCalledTimes(1), { timeout: 2000 });
    expect(onUnlock).not.toHaveBeenCalled();
    await d.run('gdbus', [...SS, 'org.gnome.ScreenSaver.SetActive', 'false']);
    await vi.waitFor(() => expect(onUnlock).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(diagnostics.snapshot().detectors['screen lock']!.lastAnswer).toBe('unlocked');
  });
});
