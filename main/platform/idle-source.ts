import dbus from 'dbus-next';

/** Where idle time comes from, and how to read it (in seconds). */
export interface IdleSource {
  name: string;
  read: () => number | Promise<number>;
  close: () => void;
}

interface Candidate {
  name: string;
  service: string;
  path: string;
  iface: string;
  method: string;
  toSeconds: (value: unknown) => number;
}

/** The D-Bus idle services Wayland desktops offer, best first. */
export const DBUS_IDLE_SERVICES: readonly Candidate[] = [
  { name: 'GNOME Mutter IdleMonitor', service: 'org.gnome.Mutter.IdleMonitor', path: '/org/gnome/Mutter/IdleMonitor/Core', iface: 'org.gnome.Mutter.IdleMonitor', method: 'GetIdletime', toSeconds: (ms) => Number(ms) / 1000 },
  { name: 'freedesktop ScreenSaver', service: 'org.freedesktop.ScreenSaver', path: '/org/freedesktop/ScreenSaver', iface: 'org.freedesktop.ScreenSaver', method: 'GetSessionIdleTime', toSeconds: (s) => Number(s) },
];

/** Finds the first D-Bus idle service that answers on the session bus, or null (saying why in the log). */
export const findDbusIdle = async (busAddress: string | undefined, log: (message: string) => void): Promise<IdleSource | null> => {
  if (!busAddress) {
    log("idle: no D-Bus session bus; using Electron's idle time");
    return null;
  }
  let bus: dbus.MessageBus;
  try {
    bus = dbus.sessionBus({ busAddress });
  } catch (error) {
    log(`idle: cannot reach the D-Bus session bus (${(error as Error).message}); using Electron's idle time`);
    return null;
  }
  bus.on('error', (error) => log(`idle: D-Bus error: ${(error as Error).message}`));
  for (const c of DBUS_IDLE_SERVICES) {
    try {
      const object = await bus.getProxyObject(c.service, c.path);
      const iface = object.getInterface(c.iface);
      const call = iface[c.method] as () => Promise<unknown>;
      await call.call(iface);
      log(`idle: reading idle time from ${c.name} over D-Bus`);
      return { name: c.name, read: async () => c.toSeconds(await call.call(iface)), close: () => bus.disconnect() };
    } catch {
      // Not on this desktop: try the next one.
    }
  }
  bus.disconnect();
  log("idle: no D-Bus idle service answered; using Electron's idle time");
  return null;
};

/**
 * Electron's idle time, except on Wayland, where it reads 0 for ever: there the desktop's own
 * D-Bus idle service is used when one answers.
 */
export const chooseIdleSource = async (env: NodeJS.ProcessEnv, electronIdle: () => number, log: (message: string) => void): Promise<IdleSource> => {
  const electron: IdleSource = { name: 'Electron', read: electronIdle, close: () => undefined };
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
  if (!wayland) return electron;
  return (await findDbusIdle(env.DBUS_SESSION_BUS_ADDRESS, log)) ?? electron;
};
