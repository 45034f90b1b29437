import { connectBounded, type BoundedBus, type BoundedOptions } from './dbus-bounded';
import type { Diagnostics } from '../diagnostics';

/** Whether a tray can show our icon: 'unknown' where it cannot be told (no bus, no answer). */
export type TrayPresence = 'yes' | 'no' | 'unknown';

/** The StatusNotifierItem host registry Electron's Linux tray registers with (KDE's spec, used by GNOME's AppIndicator extension too). */
export const SNI_WATCHER = 'org.kde.StatusNotifierWatcher';

/** The tray's presence now, and how to stop following it. */
export interface TrayWatch {
  present: TrayPresence;
  stop: () => void;
}

/**
 * Linux: whether the bus name org.kde.StatusNotifierWatcher has an owner, then followed through
 * NameOwnerChanged (no polling), so enabling GNOME's AppIndicator extension later is noticed.
 * Stock GNOME has no watcher, so no tray at all (measured: ../shared/desktops/README.md). macOS
 * and Windows always have one: 'yes'. Bounded: a broken bus answers 'unknown' within 2 s.
 */
export const watchTrayPresence = async (
  busAddress: string | undefined,
  onChange: (present: TrayPresence) => void,
  log: (message: string) => void,
  options: BoundedOptions & { platform?: NodeJS.Platform; diagnostics?: Diagnostics; now?: () => number } = {},
): Promise<TrayWatch> => {
  const platform = options.platform ?? process.platform;
  const now = options.now ?? Date.now;
  const tell = (present: TrayPresence, patch: Parameters<Diagnostics['report']>[1] = {}) => {
    options.diagnostics?.report('tray', { available: present !== 'no', enabled: true, lastAnswer: present, askedAt: now(), ...patch });
    options.diagnostics?.fact('tray', present === 'yes' ? 'present' : present === 'no' ? 'absent (no StatusNotifierWatcher)' : 'unknown');
  };
  if (platform !== 'linux') {
    tell('yes', { source: platform });
    return { present: 'yes', stop: () => undefined };
  }
  let bus: BoundedBus;
  try {
    bus = await connectBounded(busAddress, { ...options, log });
  } catch (error) {
    log(`tray: cannot tell whether a tray exists: ${(error as Error).message}`);
    tell('unknown', { lastError: (error as Error).message });
    return { present: 'unknown', stop: () => undefined };
  }
  try {
    // Subscribe before asking, so an owner arriving in between is not missed.
    const unsubscribe = await bus.onSignal({ interface: 'org.freedesktop.DBus', member: 'NameOwnerChanged', path: '/org/freedesktop/DBus', arg0: SNI_WATCHER }, (body) => {
      const present: TrayPresence = body[2] ? 'yes' : 'no';
      log(`tray: ${SNI_WATCHER} ${present === 'yes' ? 'appeared' : 'went away'}`);
      tell(present, { source: `D-Bus ${SNI_WATCHER}` });
      onChange(present);
    });
    const present: TrayPresence = (await bus.nameHasOwner(SNI_WATCHER)) ? 'yes' : 'no';
    tell(present, { source: `D-Bus ${SNI_WATCHER}`, lastError: undefined });
    if (present === 'no') log(`tray: no ${SNI_WATCHER} on the session bus, so the tray icon cannot be shown (GNOME needs the AppIndicator extension)`);
    return {
      present,
      stop: () => {
        unsubscribe();
        bus.disconnect();
      },
    };
  } catch (error) {
    bus.disconnect();
    log(`tray: cannot tell whether a tray exists: ${(error as Error).message}`);
    tell('unknown', { lastError: (error as Error).message });
    return { present: 'unknown', stop: () => undefined };
  }
};
