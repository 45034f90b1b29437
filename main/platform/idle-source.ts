import type { IdleWatchFn } from '../core/engine/idle-watch';
import { connectBounded, type BoundedBus } from './linux/dbus-bounded';
import type { Diagnostics } from './diagnostics';
import { watchWaylandIdle, WAYLAND_IDLE_THRESHOLD_MS, type WaylandIdleOptions } from './linux/wayland-idle';

/** Where idle time comes from, and how to read it (in seconds). */
export interface IdleSource {
  name: string;
  read: () => number | Promise<number>;
  /** The desktop's idle watch (gentle start waits on it); absent where there is none, and the engine host samples instead. */
  watch?: IdleWatchFn;
  close: () => void;
}

interface Candidate {
  name: string;
  service: string;
  path: string;
  iface: string;
  method: string;
  toSeconds: (value: unknown) => number;
  /** Whether the service has Mutter's AddIdleWatch / WatchFired / RemoveWatch. */
  watches?: boolean;
}

/** The D-Bus idle services Wayland desktops offer, best first. */
export const DBUS_IDLE_SERVICES: readonly Candidate[] = [
  { name: 'GNOME Mutter IdleMonitor', service: 'org.gnome.Mutter.IdleMonitor', path: '/org/gnome/Mutter/IdleMonitor/Core', iface: 'org.gnome.Mutter.IdleMonitor', method: 'GetIdletime', toSeconds: (ms) => Number(ms) / 1000, watches: true },
  // KWin answers this with NotSupported (measured, ../shared/desktops/README.md), so KDE falls through to Wayland.
  { name: 'freedesktop ScreenSaver', service: 'org.freedesktop.ScreenSaver', path: '/org/freedesktop/ScreenSaver', iface: 'org.freedesktop.ScreenSaver', method: 'GetSessionIdleTime', toSeconds: (s) => Number(s) },
];

/** Options: bounds, diagnostics, and the Wayland reader's settings (tests shorten them). */
export interface IdleOptions {
  timeoutMs?: number;
  diagnostics?: Diagnostics;
  wayland?: Partial<WaylandIdleOptions>;
}

/**
 * Mutter's idle watch (org.gnome.Mutter.IdleMonitor.xml in GNOME/mutter: AddIdleWatch(t interval
 * ms) → u id, signal WatchFired(u id), RemoveWatch(u id); GNOME/gnome-break-timer's
 * MutterActivityMonitorBackend.vala uses the same calls). A watch fires each time idle reaches the
 * interval; the host takes the first firing and removes it.
 */
const mutterWatch = (bus: BoundedBus, c: Candidate): IdleWatchFn => (seconds, fired, failed) => {
  let cancelled = false;
  let id: number | null = null;
  let unsubscribe: (() => void) | null = null;
  // A firing can be read before AddIdleWatch's reply: keep the ids seen until ours is known.
  const early = new Set<number>();
  const fire = () => {
    if (cancelled) return;
    cancelled = true;
    release();
    fired();
  };
  const release = () => {
    unsubscribe?.();
    unsubscribe = null;
    if (id !== null) bus.call({ destination: c.service, path: c.path, interface: c.iface, member: 'RemoveWatch', signature: 'u', body: [id] }).catch(() => undefined);
  };
  (async () => {
    unsubscribe = await bus.onSignal({ interface: c.iface, member: 'WatchFired', path: c.path }, ([watchId]) => {
      if (id === null) early.add(Number(watchId));
      else if (Number(watchId) === id) fire();
    });
    if (cancelled) return release();
    const [watchId] = await bus.call({ destination: c.service, path: c.path, interface: c.iface, member: 'AddIdleWatch', signature: 't', body: [BigInt(Math.max(1, Math.round(seconds * 1000)))] });
    id = Number(watchId);
    if (cancelled) release();
    else if (early.has(id)) fire();
  })().catch((error: unknown) => {
    if (cancelled) return;
    cancelled = true;
    release();
    failed(error instanceof Error ? error.message : String(error));
  });
  return () => {
    if (cancelled) return;
    cancelled = true;
    release();
  };
};

/** Finds the first D-Bus idle service that answers on the session bus, or null (saying why in the log). Every step is bounded. */
export const findDbusIdle = async (busAddress: string | undefined, log: (message: string) => void, options: IdleOptions = {}): Promise<IdleSource | null> => {
  let bus: BoundedBus;
  try {
    bus = await connectBounded(busAddress, { timeoutMs: options.timeoutMs, log });
  } catch (error) {
    log(`idle: ${(error as Error).message}`);
    return null;
  }
  for (const c of DBUS_IDLE_SERVICES) {
    const ask = async () => c.toSeconds((await bus.call({ destination: c.service, path: c.path, interface: c.iface, member: c.method }))[0]);
    try {
      await ask();
      log(`idle: reading idle time from ${c.name} over D-Bus`);
      return { name: c.name, read: ask, ...(c.watches && { watch: mutterWatch(bus, c) }), close: () => bus.disconnect() };
    } catch (error) {
      log(`idle: ${c.name} did not answer (${(error as Error).message})`);
    }
  }
  bus.disconnect();
  log('idle: no D-Bus idle service answered');
  return null;
};

/** The compositor's own idle notifications (ext-idle-notify, or KDE's idle protocol), or null saying why. */
export const findWaylandIdle = async (env: NodeJS.ProcessEnv, log: (message: string) => void, options: IdleOptions = {}): Promise<IdleSource | null> => {
  try {
    const idle = await watchWaylandIdle({ env, timeoutMs: options.timeoutMs, onLost: (reason) => log(`idle: Wayland idle lost: ${reason}`), ...options.wayland });
    const threshold = (options.wayland?.thresholdMs ?? WAYLAND_IDLE_THRESHOLD_MS) / 1000;
    log(`idle: reading idle time from Wayland ${idle.protocol} (reads 0 below ${threshold} s)`);
    return { name: `Wayland ${idle.protocol}`, read: idle.idleSeconds, watch: idle.watch, close: idle.close };
  } catch (error) {
    log(`idle: no Wayland idle protocol (${(error as Error).message})`);
    return null;
  }
};

/** The whole probe's bound: past it, start-up's caller keeps Electron's value and a late answer is let go. */
export const IDLE_PROBE_BOUND_MS = 5000;

/**
 * Electron's idle time, except on Wayland, where it reads 0 for ever. There the desktop's own
 * service is probed — Mutter's IdleMonitor, then freedesktop ScreenSaver, then Wayland
 * ext-idle-notify — each step bounded, the whole within IDLE_PROBE_BOUND_MS; it resolves with
 * Electron's when none answers in time, and never rejects. Callers start on Electron's value and
 * swap in the answer (start-up never awaits this). The choice goes to Diagnostics.
 */
export const chooseIdleSource = async (env: NodeJS.ProcessEnv, electronIdle: () => number, log: (message: string) => void, options: IdleOptions & { boundMs?: number } = {}): Promise<IdleSource> => {
  const electron: IdleSource = { name: 'Electron', read: electronIdle, close: () => undefined };
  const report = (source: IdleSource, lastError?: string) =>
    options.diagnostics?.report('idle time', { available: true, enabled: true, source: source.name, lastAnswer: `from ${source.name}`, askedAt: Date.now(), lastError });
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
  if (!wayland) {
    report(electron);
    return electron;
  }
  let late = false;
  const probe = (async () => {
    const found = (await findDbusIdle(env.DBUS_SESSION_BUS_ADDRESS, log, options)) ?? (await findWaylandIdle(env, log, options));
    if (late) found?.close();
    return found;
  })().catch(() => null);
  const ms = options.boundMs ?? IDLE_PROBE_BOUND_MS;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      late = true;
      log(`idle: the desktop's idle services did not all answer within ${ms} ms`);
      resolve(null);
    }, ms);
  });
  const found = await Promise.race([probe, bound]);
  clearTimeout(timer);
  if (found) {
    report(found);
    return found;
  }
  log("idle: using Electron's idle time (it may read 0 on Wayland)");
  report(electron, 'no desktop idle service answered');
  return electron;
};
