import dbus from 'dbus-next';

/**
 * Linux do-not-disturb: the freedesktop Notifications server's `Inhibited` property, read once
 * and then followed through its PropertiesChanged signal (no polling). Resolves with a stop
 * function, or null (with a log line) where no notification server offers it.
 */
export const watchDoNotDisturb = async (
  busAddress: string | undefined,
  onChange: (inhibited: boolean) => void,
  log: (message: string) => void,
): Promise<(() => void) | null> => {
  if (!busAddress) {
    log('quiet: no D-Bus session bus, so do-not-disturb cannot be followed');
    return null;
  }
  const bus = dbus.sessionBus({ busAddress });
  bus.on('error', (error) => log(`quiet: D-Bus error: ${(error as Error).message}`));
  try {
    const object = await bus.getProxyObject('org.freedesktop.Notifications', '/org/freedesktop/Notifications');
    const properties = object.getInterface('org.freedesktop.DBus.Properties');
    properties.on('PropertiesChanged', (iface: string, changed: Record<string, dbus.Variant>) => {
      if (iface === 'org.freedesktop.Notifications' && 'Inhibited' in changed) onChange(Boolean(changed.Inhibited!.value));
    });
    const current = (await properties.Get!('org.freedesktop.Notifications', 'Inhibited')) as dbus.Variant<boolean>;
    onChange(Boolean(current.value));
    log('quiet: following do-not-disturb through the Notifications Inhibited property');
    return () => bus.disconnect();
  } catch (error) {
    bus.disconnect();
    log(`quiet: this notification server offers no do-not-disturb state (${(error as Error).message})`);
    return null;
  }
};
