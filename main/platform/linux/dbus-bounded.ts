import dbus from 'dbus-next';

/** How long any D-Bus connect or call may take before it is given up (ms). */
export const DBUS_TIMEOUT_MS = 2000;

/** Thrown when a D-Bus connect or call does not answer within its bound. */
export class DBusTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = 'DBusTimeoutError';
  }
}

/** Settles like `promise`, or rejects with a DBusTimeoutError after `ms`; the timer never keeps the process alive. */
export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DBusTimeoutError(what, ms)), ms);
    timer.unref?.();
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });

/** One method call: who, where, what, and its arguments. */
export interface DBusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

/** Which signals to hear; dbus-daemon filters by the match rule, the handler sees only matching ones. */
export interface SignalMatch {
  interface: string;
  member: string;
  /** Object path; omitted = any. */
  path?: string;
  /** First string argument (arg0), e.g. the bus name for NameOwnerChanged. */
  arg0?: string;
}

/** A session-bus connection where every call is bounded and disconnecting always frees the socket. */
export interface BoundedBus {
  /** Calls a method and resolves with the reply's body; rejects on a D-Bus error or after the bound. */
  call: (call: DBusCall) => Promise<unknown[]>;
  /** Reads one property (unwrapping the variant). */
  getProperty: (destination: string, path: string, iface: string, name: string) => Promise<unknown>;
  /** Whether a bus name has an owner right now. */
  nameHasOwner: (name: string) => Promise<boolean>;
  /** Subscribes to a signal; resolves once the bus has the match rule, with the unsubscribe function. */
  onSignal: (match: SignalMatch, handler: (body: unknown[]) => void) => Promise<() => void>;
  /** Closes the connection (idempotent). */
  disconnect: () => void;
  /** Subscribes to the connection closing or failing after connect; returns the unsubscribe. */
  onClose: (listener: (reason: string) => void) => () => void;
}

/** Options shared by every bounded D-Bus adapter. */
export interface BoundedOptions {
  timeoutMs?: number;
  log?: (message: string) => void;
  /**
   * Let the bus start a service that is not running (D-Bus activation). Off by default: adapters
   * ask what the desktop runs now, and activation can hang — Plasma's Notifications service file
   * runs `plasma_waitforname`, which waits for a name that never comes outside Plasma.
   */
  autoStart?: boolean;
}

const BUS = { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus' };

const matchRule = (m: SignalMatch) =>
  [`type='signal'`, `interface='${m.interface}'`, `member='${m.member}'`, m.path && `path='${m.path}'`, m.arg0 && `arg0='${m.arg0}'`].filter(Boolean).join(',');

/**
 * dbus-next's disconnect() only ends the socket (node_modules/dbus-next/lib/bus.js, `disconnect`):
 * a peer that never closes its side keeps the handle, and the process, alive. Destroy it too.
 */
const destroy = (bus: dbus.MessageBus) => {
  try {
    bus.disconnect();
  } catch {
    // already closed
  }
  (bus as unknown as { _connection?: { stream?: { destroy?: () => void } } })._connection?.stream?.destroy?.();
};

/**
 * Connects to the session bus at `address` within the bound (default 2 s), or rejects with a
 * clear error: no address, a stale address (socket gone), or a bus that accepts and never answers.
 */
export const connectBounded = (address: string | undefined, options: BoundedOptions = {}): Promise<BoundedBus> => {
  const ms = options.timeoutMs ?? DBUS_TIMEOUT_MS;
  const log = options.log ?? (() => undefined);
  if (!address) return Promise.reject(new Error('no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty)'));
  let bus: dbus.MessageBus;
  try {
    bus = dbus.sessionBus({ busAddress: address });
  } catch (error) {
    return Promise.reject(new Error(`cannot use the D-Bus address ${address}: ${(error as Error).message}`));
  }
  let closed = false;
  const closeListeners = new Set<(reason: string) => void>();
  const close = (reason: string) => {
    if (closed) return;
    closed = true;
    destroy(bus);
    closeListeners.forEach((listener) => listener(reason));
  };
  const connected = new Promise<void>((resolve, reject) => {
    bus.once('connect', () => resolve());
    bus.on('error', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      reject(new Error(`D-Bus session bus ${address}: ${message}`));
      log(`D-Bus: ${message}`);
      close(message);
    });
  });
  const flags = options.autoStart ? 0 : dbus.MessageFlag.NO_AUTO_START;
  const call = async (c: DBusCall): Promise<unknown[]> => {
    if (closed) throw new Error(`D-Bus connection closed before ${c.interface}.${c.member}`);
    const message = new dbus.Message({ ...c, flags });
    const reply = await withTimeout(bus.call(message), ms, `D-Bus ${c.destination} ${c.interface}.${c.member}`);
    return reply?.body ?? [];
  };
  const handle: BoundedBus = {
    call,
    getProperty: async (destination, path, iface, name) => {
      const [variant] = await call({ destination, path, interface: 'org.freedesktop.DBus.Properties', member: 'Get', signature: 'ss', body: [iface, name] });
      return (variant as dbus.Variant).value;
    },
    nameHasOwner: async (name) => Boolean((await call({ ...BUS, member: 'NameHasOwner', signature: 's', body: [name] }))[0]),
    onSignal: async (match, handler) => {
      const rule = matchRule(match);
      const listener = (message: dbus.Message) => {
        if (message.type !== dbus.MessageType.SIGNAL || message.interface !== match.interface || message.member !== match.member) return;
        if (match.path && message.path !== match.path) return;
        if (match.arg0 && message.body[0] !== match.arg0) return;
        handler(message.body);
      };
      bus.on('message', listener);
      try {
        // The reply means dbus-daemon has the rule: signals sent after this are ours.
        await call({ ...BUS, member: 'AddMatch', signature: 's', body: [rule] });
      } catch (error) {
        bus.removeListener('message', listener);
        throw error;
      }
      return () => {
        bus.removeListener('message', listener);
        if (!closed) call({ ...BUS, member: 'RemoveMatch', signature: 's', body: [rule] }).catch(() => undefined);
      };
    },
    disconnect: () => close('disconnected'),
    onClose: (listener) => {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
  };
  // The stream ending (the bus went away) is a close too; dbus-next only reports it as 'end'.
  (bus as unknown as { _connection?: { on?: (e: string, f: () => void) => void } })._connection?.on?.('end', () => close('the bus closed the connection'));
  return withTimeout(connected, ms, `D-Bus session bus ${address}`).then(
    () => handle,
    (error: Error) => {
      close(error.message);
      throw error;
    },
  );
};
