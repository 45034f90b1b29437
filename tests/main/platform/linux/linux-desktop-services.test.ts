import dbus from 'dbus-next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDiagnostics } from '../../../../main/platform/diagnostics';
import { readNotificationCaps } from '../../../../main/platform/linux/notification-caps';
import { watchScreenLock } from '../../../../main/platform/linux/screen-lock';
import { SNI_WATCHER, watchTrayPresence } from '../../../../main/platform/linux/tray-watcher';
import { hasDbusDaemon, silentBus, startBus } from '../../../helpers/dbus';

// The real desktops (tests/desktops) prove these against GNOME and KDE; here: a private bus, for the edges.
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const daemon = hasDbusDaemon();
if (!daemon) console.log('Linux desktop service tests skipped: dbus-daemon is not installed (.ci/run installs it)');

/** A screen saver on the bus in GNOME's shape, whose ActiveChanged the test emits. */
const fakeScreenSaver = async (address: string) => {
  const bus = dbus.sessionBus({ busAddress: address });
  class ScreenSaver extends dbus.interface.Interface {
    active = false;
    GetActive() {
      return this.active;
    }
    ActiveChanged(on: boolean) {
      return on;
    }
  }
  ScreenSaver.configureMembers({ methods: { GetActive: { outSignature: 'b' } }, signals: { ActiveChanged: { signature: 'b' } } });
  const service = new ScreenSaver('org.gnome.ScreenSaver');
  bus.export('/org/gnome/ScreenSaver', service);
  await bus.requestName('org.gnome.ScreenSaver', 0);
  return { emit: (on: boolean) => service.ActiveChanged(on), stop: () => bus.disconnect() };
};

describe.skipIf(!daemon)('Linux desktop services on a private session bus', () => {
  it('screen lock: tells each change once, even when the signal repeats', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const saver = await fakeScreenSaver(bus.address);
    cleanups.push(saver.stop);
    const onLock = vi.fn();
    const onUnlock = vi.fn();
    const stop = await watchScreenLock(bus.address, { onLock, onUnlock }, vi.fn());
    cleanups.push(() => stop?.());
    saver.emit(true);
    saver.emit(true);
    await vi.waitFor(() => expect(onLock).toHaveBeenCalledTimes(1));
    saver.emit(false);
    await vi.waitFor(() => expect(onUnlock).toHaveBeenCalledTimes(1));
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('screen lock: says plainly when no screen saver runs, and reports it', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const log = vi.fn();
    const diagnostics = createDiagnostics();
    expect(await watchScreenLock(bus.address, { onLock: vi.fn(), onUnlock: vi.fn() }, log, { diagnostics })).toBeNull();
    expect(log.mock.calls.at(-1)![0]).toMatch(/no org.gnome.ScreenSaver or org.freedesktop.ScreenSaver/);
    expect(diagnostics.snapshot().detectors['screen lock']).toMatchObject({ available: false });
  });

  it('tray: absent, then present when a StatusNotifierWatcher takes the name, then absent again', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const onChange = vi.fn();
    const watch = await watchTrayPresence(bus.address, onChange, vi.fn(), { platform: 'linux' });
    cleanups.push(watch.stop);
    expect(watch.present).toBe('no');
    const watcher = dbus.sessionBus({ busAddress: bus.address });
    await watcher.requestName(SNI_WATCHER, 0);
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith('yes'));
    watcher.disconnect();
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith('no'));
  });

  it('notification caps: no server on the bus reads as none, at once', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const started = Date.now();
    expect(await readNotificationCaps(bus.address, vi.fn())).toMatchObject({ server: 'none', actions: false });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('Linux desktop services when the bus cannot tell', () => {
  it('tray and notification caps answer unknown within the bound on a silent bus; the tray is a given off Linux', async () => {
    const silent = await silentBus();
    cleanups.push(silent.stop);
    expect((await watchTrayPresence(silent.address, vi.fn(), vi.fn(), { platform: 'linux', timeoutMs: 200 })).present).toBe('unknown');
    expect(await readNotificationCaps(silent.address, vi.fn(), { timeoutMs: 200 })).toMatchObject({ server: 'unknown', actions: false });
    expect((await watchTrayPresence(undefined, vi.fn(), vi.fn(), { platform: 'darwin' })).present).toBe('yes');
  });
});
