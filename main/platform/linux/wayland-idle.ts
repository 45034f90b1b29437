import { bindGlobal, connectWayland, waylandSocketPath, type WaylandClient } from './wayland-wire';

/** The Wayland idle protocols this client speaks, best first. */
export type WaylandIdleProtocol = 'ext_idle_notifier_v1' | 'org_kde_kwin_idle';

/** How long an idle notification waits before it fires (ms): the reader's resolution. */
export const WAYLAND_IDLE_THRESHOLD_MS = 10_000;

/** An idle-seconds reader driven by the compositor's idle notifications. */
export interface WaylandIdle {
  protocol: WaylandIdleProtocol;
  /**
   * Seconds since the last input. Resolution: below the threshold it reads 0 (the compositor
   * says nothing until the threshold passes); from then on it is exact to event latency, since
   * `idled` means "idle since threshold ms ago". Throws once the connection is gone.
   */
  idleSeconds: () => number;
  /** org_kde_kwin_idle only: asks the compositor to count this as user activity (tests use it). */
  simulateActivity?: () => void;
  /**
   * Tells `fired` once the person has been idle `seconds` s, through a notification of its own
   * with that timeout (the compositor's word, no polling); returns the cancel, which destroys it.
   */
  watch: (seconds: number, fired: () => void, failed: (reason: string) => void) => () => void;
  close: () => void;
}

/** Options: where to connect, the threshold, the bound, and the clock. */
export interface WaylandIdleOptions {
  env: { WAYLAND_DISPLAY?: string; XDG_RUNTIME_DIR?: string };
  thresholdMs?: number;
  timeoutMs?: number;
  now?: () => number;
  /** Called when the connection drops after it was set up. */
  onLost?: (reason: string) => void;
  /** Try only these protocols (tests pick one; default both, ext first). */
  protocols?: WaylandIdleProtocol[];
}

/**
 * Requests and events used, from the protocol XML:
 * - ext-idle-notify-v1 (wayland-protocols staging/ext-idle-notify/ext-idle-notify-v1.xml,
 *   https://wayland.app/protocols/ext-idle-notify-v1): ext_idle_notifier_v1.get_idle_notification
 *   = opcode 1 (new_id, timeout ms, seat); ext_idle_notification_v1 events idled = 0, resumed = 1.
 * - KDE idle (plasma-wayland-protocols src/protocols/idle.xml; KWin's server side in
 *   KDE/kwin src/wayland/idle_interface.cpp): org_kde_kwin_idle.get_idle_timeout = opcode 0
 *   (new_id, seat, timeout ms); org_kde_kwin_idle_timeout events idle = 0, resumed = 1;
 *   requests release = 0, simulate_user_activity = 1.
 */
const createNotification = (client: WaylandClient, protocol: WaylandIdleProtocol, manager: number, seat: number, thresholdMs: number) => {
  const id = client.newId();
  if (protocol === 'ext_idle_notifier_v1') client.send(manager, 1, [{ u: id }, { u: thresholdMs }, { u: seat }]);
  else client.send(manager, 0, [{ u: id }, { u: seat }, { u: thresholdMs }]);
  return id;
};

/** ext_idle_notification_v1.destroy and org_kde_kwin_idle_timeout.release are both request 0. */
const DESTROY_NOTIFICATION = 0;

/**
 * Connects to the compositor's Wayland socket and follows one idle notification. Resolves
 * within the bound (default 2 s) or rejects saying why (no socket, no seat, neither protocol).
 */
export const watchWaylandIdle = async (options: WaylandIdleOptions): Promise<WaylandIdle> => {
  const thresholdMs = options.thresholdMs ?? WAYLAND_IDLE_THRESHOLD_MS;
  const now = options.now ?? Date.now;
  const path = waylandSocketPath(options.env);
  if (!path) throw new Error('no Wayland socket (XDG_RUNTIME_DIR is not set)');
  const ms = options.timeoutMs ?? 2000;
  let lost: string | null = null;
  let client: WaylandClient | null = null;
  /** The open watches' failure callbacks: a lost connection ends them all. */
  const watchFailures = new Set<(reason: string) => void>();
  const setup = async (): Promise<WaylandIdle> => {
    client = await connectWayland(
      path,
      (reason) => {
        lost = reason;
        options.onLost?.(reason);
        for (const failed of [...watchFailures]) failed(reason);
        watchFailures.clear();
      },
      ms,
    );
    const seat = bindGlobal(client, 'wl_seat', 1);
    if (seat === null) throw new Error('the compositor announces no wl_seat');
    const protocol = (options.protocols ?? ['ext_idle_notifier_v1', 'org_kde_kwin_idle']).find((p) => client!.globals.has(p));
    if (!protocol) throw new Error('the compositor offers neither ext_idle_notifier_v1 nor org_kde_kwin_idle');
    const manager = bindGlobal(client, protocol, 1)!;
    const notification = createNotification(client, protocol, manager, seat, thresholdMs);
    let idleSince: number | null = null;
    client.on(notification, (opcode) => {
      if (opcode === 0) idleSince = now() - thresholdMs;
      else if (opcode === 1) idleSince = null;
    });
    // A protocol error for our requests would arrive before this round trip ends.
    await client.roundtrip();
    if (lost) throw new Error(lost);
    const c = client;
    return {
      protocol,
      idleSeconds: () => {
        if (lost) throw new Error(`Wayland idle: ${lost}`);
        return idleSince === null ? 0 : Math.max(0, (now() - idleSince) / 1000);
      },
      simulateActivity: protocol === 'org_kde_kwin_idle' ? () => c.send(notification, 1, []) : undefined,
      watch: (seconds, fired, failed) => {
        if (lost) {
          failed(`Wayland idle: ${lost}`);
          return () => undefined;
        }
        // ext-idle-notify-v1.xml: a notification "becomes idle when no user activity has happened
        // for at least the timeout duration, starting from the creation of the notification
        // object" — so a pause already under way when the watch is made counts from here: the
        // break opens up to `seconds` late, never early.
        const id = createNotification(c, protocol, manager, seat, Math.max(1, Math.round(seconds * 1000)));
        let done = false;
        watchFailures.add(failed);
        c.on(id, (opcode) => {
          if (opcode !== 0 || done) return;
          done = true;
          fired();
        });
        return () => {
          watchFailures.delete(failed);
          if (lost) return;
          done = true;
          c.on(id, () => undefined);
          c.send(id, DESTROY_NOTIFICATION, []);
        };
      },
      close: () => c.close(),
    };
  };
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the Wayland compositor at ${path} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([setup(), bound]);
  } catch (error) {
    (client as WaylandClient | null)?.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
};
