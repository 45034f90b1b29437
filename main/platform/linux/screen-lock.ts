import { connectBounded, type BoundedBus, type BoundedOptions } from './dbus-bounded';
import type { Diagnostics } from '../diagnostics';

/** Where Linux desktops announce their lock screen: name, object paths, interface. */
const SCREENSAVERS = [
  // GNOME Shell's ScreenShield (js/ui/screenShield.js exports org.gnome.ScreenSaver; ActiveChanged(b)).
  { name: 'org.gnome.ScreenSaver', paths: ['/org/gnome/ScreenSaver'], iface: 'org.gnome.ScreenSaver' },
  // KDE's kscreenlocker registers org.freedesktop.ScreenSaver on /ScreenSaver and /org/freedesktop/ScreenSaver
  // (KDE/kscreenlocker interface.cpp; measured in ../shared/desktops/README.md); ActiveChanged(b) on both.
  { name: 'org.freedesktop.ScreenSaver', paths: ['/ScreenSaver', '/org/freedesktop/ScreenSaver'], iface: 'org.freedesktop.ScreenSaver' },
] as const;

/** What to do when the screen locks and unlocks. */
export interface ScreenLockHandlers {
  onLock: () => void;
  onUnlock: () => void;
}

/**
 * Linux screen lock, which Electron's powerMonitor lock-screen/unlock-screen do not report
 * (macOS and Windows only: https://www.electronjs.org/docs/latest/api/power-monitor#event-lock-screen-macos-windows).
 * Follows the desktop's ScreenSaver `ActiveChanged(b)` signal, GNOME's or KDE's, and reads the
 * state once at start. Every D-Bus step is bounded. Resolves with a stop function, or null (with a
 * log line and a diagnostics report) where no screen saver service runs.
 */
export const watchScreenLock = async (
  busAddress: string | undefined,
  handlers: ScreenLockHandlers,
  log: (message: string) => void,
  options: BoundedOptions & { diagnostics?: Diagnostics; now?: () => number } = {},
): Promise<(() => void) | null> => {
  const now = options.now ?? Date.now;
  const report = (patch: Parameters<Diagnostics['report']>[1]) => options.diagnostics?.report('screen lock', patch);
  let bus: BoundedBus;
  try {
    bus = await connectBounded(busAddress, { ...options, log });
  } catch (error) {
    log(`screen lock: not followed: ${(error as Error).message}`);
    report({ available: false, lastError: (error as Error).message });
    return null;
  }
  const stops: (() => void)[] = [];
  let locked: boolean | null = null;
  // GNOME and KDE may both answer, KDE on two paths: tell each change once.
  const set = (value: boolean) => {
    report({ lastAnswer: value ? 'locked' : 'unlocked', askedAt: now() });
    if (value === locked) return;
    locked = value;
    if (value) handlers.onLock();
    else handlers.onUnlock();
  };
  try {
    const present = [];
    for (const s of SCREENSAVERS) if (await bus.nameHasOwner(s.name)) present.push(s);
    if (present.length === 0) {
      bus.disconnect();
      log('screen lock: no org.gnome.ScreenSaver or org.freedesktop.ScreenSaver on the session bus; lock is not followed');
      report({ available: false, lastError: 'no screen saver service on the session bus' });
      return null;
    }
    for (const s of present) {
      for (const path of s.paths) stops.push(await bus.onSignal({ interface: s.iface, member: 'ActiveChanged', path }, (body) => set(Boolean(body[0]))));
    }
    const first = present[0]!;
    const active = await bus.call({ destination: first.name, path: first.paths[0], interface: first.iface, member: 'GetActive' }).then(
      (body) => Boolean(body[0]),
      () => false, // some proxies (gsd-screensaver-proxy) lack GetActive; the signal still comes
    );
    if (active) set(true);
    else locked = false;
    const source = present.map((s) => `D-Bus ${s.name}`).join(' + ');
    report({ available: true, enabled: true, source, lastAnswer: active ? 'locked' : 'unlocked', askedAt: now(), lastError: undefined });
    log(`screen lock: following ${source}`);
  } catch (error) {
    stops.forEach((stop) => stop());
    bus.disconnect();
    log(`screen lock: not followed: ${(error as Error).message}`);
    report({ available: false, lastError: (error as Error).message });
    return null;
  }
  let stopped = false;
  bus.onClose((reason) => {
    if (stopped) return; // our own disconnect at Quit
    report({ lastError: `D-Bus connection lost: ${reason}` });
    log(`screen lock: the D-Bus connection was lost (${reason}); no longer followed`);
    // Whatever the lock state was, it can no longer end by a signal: treat the screen as unlocked
    // so the engine is not left "Away" until the next start.
    if (locked) set(false);
  });
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
    bus.disconnect();
  };
};
