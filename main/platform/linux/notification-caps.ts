import { DBusTimeoutError, connectBounded, type BoundedOptions } from './dbus-bounded';
import type { Diagnostics } from '../diagnostics';

/** What the notification server can do; `server` is 'none' where none runs, 'unknown' where it cannot be told. */
export interface NotificationCaps {
  server: 'yes' | 'none' | 'unknown';
  /** Notifications carry action buttons ("Start now", "Snooze"). */
  actions: boolean;
  capabilities: string[];
  /** The server's own name, e.g. "gnome-shell" or "Plasma". */
  name?: string;
  error?: string;
}

const N = { destination: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', interface: 'org.freedesktop.Notifications' };

/**
 * Linux: asks the freedesktop notification server for its capabilities (Desktop Notifications
 * spec, GetCapabilities and GetServerInformation: https://specifications.freedesktop.org/notification-spec/latest/protocol.html),
 * bounded. A server that is only activatable and not running counts as none: nothing is started
 * to answer this question, and without buttons the app shows its own notice window instead.
 */
export const readNotificationCaps = async (
  busAddress: string | undefined,
  log: (message: string) => void,
  options: BoundedOptions & { diagnostics?: Diagnostics; now?: () => number } = {},
): Promise<NotificationCaps> => {
  const now = options.now ?? Date.now;
  const done = (caps: NotificationCaps): NotificationCaps => {
    options.diagnostics?.report('notification actions', {
      available: caps.server === 'yes',
      enabled: true,
      lastAnswer: caps.server === 'yes' ? (caps.actions ? 'buttons' : 'no buttons') : caps.server === 'none' ? 'no notification server' : 'unknown',
      askedAt: now(),
      source: caps.name ? `D-Bus org.freedesktop.Notifications (${caps.name})` : 'D-Bus org.freedesktop.Notifications',
      lastError: caps.error,
    });
    return caps;
  };
  let bus;
  try {
    bus = await connectBounded(busAddress, { ...options, log });
  } catch (error) {
    log(`notifications: cannot ask the notification server: ${(error as Error).message}`);
    return done({ server: 'unknown', actions: false, capabilities: [], error: (error as Error).message });
  }
  try {
    const [caps] = await bus.call({ ...N, member: 'GetCapabilities' });
    const capabilities = (caps as string[]).map(String);
    const name = await bus.call({ ...N, member: 'GetServerInformation' }).then((body) => String(body[0]), () => undefined);
    log(`notifications: ${name ?? 'the server'} offers ${capabilities.join(', ') || 'nothing extra'}`);
    return done({ server: 'yes', actions: capabilities.includes('actions'), capabilities, name });
  } catch (error) {
    const message = (error as Error).message;
    const none = !(error instanceof DBusTimeoutError) && /ServiceUnknown|does not exist|not activatable/i.test(`${(error as { type?: string }).type ?? ''} ${message}`);
    log(none ? 'notifications: no notification server runs on the session bus' : `notifications: the server did not say what it can do (${message})`);
    return done({ server: none ? 'none' : 'unknown', actions: false, capabilities: [], error: message });
  } finally {
    bus.disconnect();
  }
};
