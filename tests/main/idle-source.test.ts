import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseIdleSource, findDbusIdle } from '../../main/platform/idle-source';
import { exportMethod, hasDbusDaemon, startBus } from '../helpers/dbus';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const daemon = hasDbusDaemon();
if (!daemon) console.log('idle-source D-Bus tests skipped: dbus-daemon is not installed (apt-get install dbus-daemon; .ci/run does)');

describe.skipIf(!daemon)('Wayland idle over a real D-Bus session bus', () => {
  it('chooses GNOME Mutter’s IdleMonitor and reads its milliseconds as seconds', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    let ms = 42_000;
    cleanups.push(await exportMethod(bus.address, 'org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', 'org.gnome.Mutter.IdleMonitor', 'GetIdletime', 't', () => BigInt(ms)));
    const log = vi.fn();
    const source = await chooseIdleSource({ XDG_SESSION_TYPE: 'wayland', DBUS_SESSION_BUS_ADDRESS: bus.address }, () => 0, log);
    cleanups.push(source.close);
    expect(source.name).toBe('GNOME Mutter IdleMonitor');
    expect(await source.read()).toBe(42);
    ms = 61_500;
    expect(await source.read()).toBe(61.5);
    expect(log).toHaveBeenCalledWith('idle: reading idle time from GNOME Mutter IdleMonitor over D-Bus');
  });

  it('falls back to the freedesktop ScreenSaver interface when Mutter is absent', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    cleanups.push(await exportMethod(bus.address, 'org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'GetSessionIdleTime', 'u', () => 17));
    const source = await findDbusIdle(bus.address, vi.fn());
    cleanups.push(() => source?.close());
    expect(source?.name).toBe('freedesktop ScreenSaver');
    expect(await source!.read()).toBe(17);
  });

  it('uses Electron’s value, and says so, when no idle service answers on the bus', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const log = vi.fn();
    const source = await chooseIdleSource({ WAYLAND_DISPLAY: 'wayland-0', DBUS_SESSION_BUS_ADDRESS: bus.address }, () => 5, log);
    expect(source.name).toBe('Electron');
    expect(source.read()).toBe(5);
    expect(log).toHaveBeenCalledWith("idle: no D-Bus idle service answered; using Electron's idle time");
  });
});

describe('idle source without a bus', () => {
  it('keeps Electron’s value off Wayland, and with no bus logs a clear line', async () => {
    expect((await chooseIdleSource({ XDG_SESSION_TYPE: 'x11' }, () => 9, vi.fn())).name).toBe('Electron');
    const log = vi.fn();
    const source = await chooseIdleSource({ XDG_SESSION_TYPE: 'wayland' }, () => 3, log);
    expect(source.read()).toBe(3);
    expect(log).toHaveBeenCalledWith("idle: no D-Bus session bus; using Electron's idle time");
  });
});
