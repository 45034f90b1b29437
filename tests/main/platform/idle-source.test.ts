import { createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectBounded } from '../../../main/platform/linux/dbus-bounded';
import { createDiagnostics } from '../../../main/platform/diagnostics';
import { chooseIdleSource, findDbusIdle } from '../../../main/platform/idle-source';
import { watchWaylandIdle } from '../../../main/platform/linux/wayland-idle';
import { encode, messageReader, readString } from '../../../main/platform/linux/wayland-wire';
import { exportMethod, hasDbusDaemon, silentBus, startBus, staleBusAddress } from '../../helpers/dbus';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const daemon = hasDbusDaemon();
if (!daemon) console.log('idle-source D-Bus tests skipped: dbus-daemon is not installed (apt-get install dbus-daemon; .ci/run does)');

describe.skipIf(!daemon)('Wayland idle over a real D-Bus session bus', () => {
  it('chooses GNOME Mutter’s IdleMonitor, reads its milliseconds as seconds, and tells Diagnostics', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    let ms = 42_000;
    cleanups.push(await exportMethod(bus.address, 'org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', 'org.gnome.Mutter.IdleMonitor', 'GetIdletime', 't', () => BigInt(ms)));
    const log = vi.fn();
    const diagnostics = createDiagnostics();
    const source = await chooseIdleSource({ XDG_SESSION_TYPE: 'wayland', DBUS_SESSION_BUS_ADDRESS: bus.address }, () => 0, log, { diagnostics });
    cleanups.push(source.close);
    expect(source.name).toBe('GNOME Mutter IdleMonitor');
    expect(await source.read()).toBe(42);
    ms = 61_500;
    expect(await source.read()).toBe(61.5);
    expect(log).toHaveBeenCalledWith('idle: reading idle time from GNOME Mutter IdleMonitor over D-Bus');
    expect(diagnostics.snapshot().detectors['idle time']).toMatchObject({ available: true, source: 'GNOME Mutter IdleMonitor' });
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

  it('keeps Electron’s value, and says so, when no idle service answers on the bus and there is no Wayland socket', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const log = vi.fn();
    const diagnostics = createDiagnostics();
    const source = await chooseIdleSource({ WAYLAND_DISPLAY: 'wayland-0', XDG_RUNTIME_DIR: mkdtempSync(join(tmpdir(), 'unknot-rt-')), DBUS_SESSION_BUS_ADDRESS: bus.address }, () => 5, log, { diagnostics });
    expect(source.name).toBe('Electron');
    expect(source.read()).toBe(5);
    expect(log).toHaveBeenCalledWith('idle: no D-Bus idle service answered');
    expect(log).toHaveBeenCalledWith("idle: using Electron's idle time (it may read 0 on Wayland)");
    expect(diagnostics.snapshot().detectors['idle time']).toMatchObject({ source: 'Electron', lastError: 'no desktop idle service answered' });
  });

  it('does not let a service that never answers hold the probe beyond the bound', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    cleanups.push(await exportMethod(bus.address, 'org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', 'org.gnome.Mutter.IdleMonitor', 'GetIdletime', 't', () => new Promise(() => undefined)));
    const log = vi.fn();
    const started = Date.now();
    expect(await findDbusIdle(bus.address, log, { timeoutMs: 300 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/GNOME Mutter IdleMonitor did not answer \(.*did not answer within 300 ms\)/));
  });
});

describe('bounded D-Bus', () => {
  it('rejects a stale bus address at once with the socket error', async () => {
    await expect(connectBounded(staleBusAddress())).rejects.toThrow(/ENOENT/);
  });

  it('rejects a bus that accepts and never answers within the bound, and lets the socket go', async () => {
    const silent = await silentBus();
    cleanups.push(silent.stop);
    const started = Date.now();
    await expect(connectBounded(silent.address, { timeoutMs: 250 })).rejects.toThrow(/did not answer within 250 ms/);
    expect(Date.now() - started).toBeLessThan(1000);
    await vi.waitFor(() => expect(silent.connections()).toBe(0));
  });

  it('says plainly that there is no bus when the address is empty', async () => {
    await expect(connectBounded(undefined)).rejects.toThrow(/no D-Bus session bus/);
  });

  it('settles within its bound on a silent bus, with Electron’s value', async () => {
    const silent = await silentBus();
    cleanups.push(silent.stop);
    const log = vi.fn();
    const started = Date.now();
    const source = await chooseIdleSource({ XDG_SESSION_TYPE: 'wayland', DBUS_SESSION_BUS_ADDRESS: silent.address, XDG_RUNTIME_DIR: '/nonexistent' }, () => 7, log, { timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(source.name).toBe('Electron');
    expect(source.read()).toBe(7);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/did not answer within 200 ms/));
  });

  it('gives up on the whole probe at its overall bound and lets a late answer go', async () => {
    const silent = await silentBus();
    cleanups.push(silent.stop);
    const log = vi.fn();
    const started = Date.now();
    const source = await chooseIdleSource({ XDG_SESSION_TYPE: 'wayland', DBUS_SESSION_BUS_ADDRESS: silent.address }, () => 1, log, { timeoutMs: 1000, boundMs: 300 });
    expect(Date.now() - started).toBeLessThan(900);
    expect(source.name).toBe('Electron');
    expect(log).toHaveBeenCalledWith("idle: the desktop's idle services did not all answer within 300 ms");
    await vi.waitFor(() => expect(silent.connections()).toBe(0), { timeout: 2000 });
  });
});

describe('idle source without a bus', () => {
  it('keeps Electron’s value off Wayland, and with no bus logs a clear line', async () => {
    expect(await chooseIdleSource({ XDG_SESSION_TYPE: 'x11' }, () => 9, vi.fn())).toMatchObject({ name: 'Electron' });
    const log = vi.fn();
    const source = await chooseIdleSource({ XDG_SESSION_TYPE: 'wayland' }, () => 3, log);
    expect(source.read()).toBe(3);
    expect(log).toHaveBeenCalledWith('idle: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty)');
  });
});

/**
 * A compositor stand-in speaking the Wayland wire format: announces wl_seat and
 * ext_idle_notifier_v1, and lets the test send idled/resumed to the notification it creates.
 */
const fakeCompositor = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-wl-'));
  let client: Socket | null = null;
  let notification = 0;
  const server: Server = createServer((socket) => {
    client = socket;
    socket.on(
      'data',
      messageReader(({ object, opcode, args }) => {
        if (object === 1 && opcode === 1) {
          const registry = args.readUInt32LE(0);
          socket.write(encode(registry, 0, [{ u: 1 }, { s: 'wl_seat' }, { u: 7 }]));
          socket.write(encode(registry, 0, [{ u: 2 }, { s: 'ext_idle_notifier_v1' }, { u: 1 }]));
        } else if (object === 1 && opcode === 0) {
          socket.write(encode(args.readUInt32LE(0), 0, [{ u: 0 }])); // wl_callback.done
        } else if (opcode === 0 && readString(args, 4)[0] === 'ext_idle_notifier_v1') {
          // wl_registry.bind: remember nothing; the notifier id arrives with get_idle_notification
        } else if (opcode === 1 && args.length === 12) {
          notification = args.readUInt32LE(0); // ext_idle_notifier_v1.get_idle_notification(id, timeout, seat)
        }
      }),
    );
  });
  await new Promise<void>((done) => server.listen(join(dir, 'wayland-9'), done));
  return {
    env: { XDG_RUNTIME_DIR: dir, WAYLAND_DISPLAY: 'wayland-9' },
    send: (opcode: number) => client!.write(encode(notification, opcode, [])),
    hangUp: () => client!.destroy(),
    stop: () => (client?.destroy(), server.close()),
  };
};

describe('Wayland idle notifications (wire format against a stand-in compositor)', () => {
  it('reads 0 until idled, then idle since idled minus the threshold, and 0 again after resumed', async () => {
    const compositor = await fakeCompositor();
    cleanups.push(compositor.stop);
    let now = 1_000_000;
    const idle = await watchWaylandIdle({ env: compositor.env, thresholdMs: 10_000, now: () => now });
    cleanups.push(idle.close);
    expect(idle.protocol).toBe('ext_idle_notifier_v1');
    expect(idle.idleSeconds()).toBe(0);
    compositor.send(0); // idled
    await vi.waitFor(() => expect(idle.idleSeconds()).toBe(10));
    now += 5_000;
    expect(idle.idleSeconds()).toBe(15);
    compositor.send(1); // resumed
    await vi.waitFor(() => expect(idle.idleSeconds()).toBe(0));
  });

  it('throws once the compositor hangs up, so the engine treats idle as unknown', async () => {
    const compositor = await fakeCompositor();
    cleanups.push(compositor.stop);
    const onLost = vi.fn();
    const idle = await watchWaylandIdle({ env: compositor.env, onLost });
    compositor.hangUp();
    await vi.waitFor(() => expect(onLost).toHaveBeenCalled());
    expect(() => idle.idleSeconds()).toThrow(/closed the Wayland connection/);
  });

  it('gives up within the bound on a socket that never answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-wl-'));
    const sockets: Socket[] = [];
    const server = createServer((s) => void sockets.push(s));
    await new Promise<void>((done) => server.listen(join(dir, 'wayland-9'), done));
    cleanups.push(() => (sockets.forEach((s) => s.destroy()), server.close()));
    await expect(watchWaylandIdle({ env: { XDG_RUNTIME_DIR: dir, WAYLAND_DISPLAY: 'wayland-9' }, timeoutMs: 200 })).rejects.toThrow(/did not answer within 200 ms/);
  });
});
