import type dbus from 'dbus-next';
import { connectBounded, type BoundedOptions } from '../platform/linux/dbus-bounded';
import type { Diagnostics } from '../platform/diagnostics';

const NOTIFICATIONS = { name: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications' };
const SOURCE = 'D-Bus org.freedesktop.Notifications Inhibited';

/**
 * Linux do-not-disturb: the freedesktop Notifications server's `Inhibited` property (a KDE
 * Plasma extension of the spec, set through Notifications.Inhibit), read once and then followed
 * through its PropertiesChanged signal (no polling). Every D-Bus step is bounded (2 s), so a
 * stale or silent bus costs start-up at most that. Resolves with a stop function, or null (with
 * a log line) where no notification server offers it.
 */
export const watchDoNotDisturb = async (
  busAddress: string | undefined,
  onChange: (inhibited: boolean) => void,
  log: (message: string) => void,
  options: BoundedOptions & { diagnostics?: Diagnostics; now?: () => number } = {},
): Promise<(() => void) | null> => {
  const report = (patch: Parameters<Diagnostics['report']>[1]) => options.diagnostics?.report('do not disturb (D-Bus)', { source: SOURCE, ...patch });
  const now = options.now ?? Date.now;
  if (!busAddress) {
    log('quiet: no D-Bus session bus, so do-not-disturb cannot be followed');
    report({ available: false, lastError: 'no D-Bus session bus' });
    return null;
  }
  let bus;
  try {
    bus = await connectBounded(busAddress, { ...options, log });
  } catch (error) {
    log(`quiet: do-not-disturb cannot be followed: ${(error as Error).message}`);
    report({ available: false, lastError: (error as Error).message });
    return null;
  }
  try {
    // Subscribe first, then read: a change between the two is not lost.
    const unsubscribe = await bus.onSignal({ interface: 'org.freedesktop.DBus.Properties', member: 'PropertiesChanged', path: NOTIFICATIONS.path, arg0: NOTIFICATIONS.name }, (body) => {
      const changed = body[1] as Record<string, dbus.Variant>;
      if (!changed || !('Inhibited' in changed)) return;
      const on = Boolean(changed.Inhibited!.value);
      report({ lastAnswer: on ? 'on' : 'off', askedAt: now() });
      onChange(on);
    });
    const current = Boolean(await bus.getProperty(NOTIFICATIONS.name, NOTIFICATIONS.path, NOTIFICATIONS.name, 'Inhibited'));
    report({ available: true, enabled: true, lastAnswer: current ? 'on' : 'off', askedAt: now(), lastError: undefined });
    onChange(current);
    log('quiet: following do-not-disturb through the Notifications Inhibited property');
    return () => {
      unsubscribe();
      bus.disconnect();
    };
  } catch (error) {
    bus.disconnect();
    log(`quiet: this notification server offers no do-not-disturb state (${(error as Error).message})`);
    report({ available: false, lastError: (error as Error).message });
    return null;
  }
};
