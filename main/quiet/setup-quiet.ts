import type { EngineHost } from '../core/engine/host';
import { onSliceChange, type SettingsHandle } from '../storage/settings-store';
import { readCalendar, setupCalendarSource } from './calendar-source';
import { inCallLinux } from './calls-linux';
import { watchDoNotDisturb } from './dnd-dbus';
import { watchFullScreen } from './fullscreen-x11';
import { gnomeBannersOff, macosFocus, windowsInCall, windowsNotificationState } from './os-detectors';
import { probeNearBreaks, type ProbedDetector } from './probe';
import { setupQuietSignal } from './quiet-signal';

/**
 * Wires every quiet detector this platform has to the engine: event-driven ones (D-Bus
 * do-not-disturb, X11 full screen) subscribe; the others are asked only near a break; calendars
 * are read every 15 minutes and whenever their settings change.
 */
export const setupQuiet = async (host: EngineHost, settings: SettingsHandle, log: (message: string) => void) => {
  const quiet = setupQuietSignal((event) => host.dispatch(event));
  const q = settings.get().quiet;
  const linux = process.platform === 'linux';
  const stopDnd = linux && q.doNotDisturb ? await watchDoNotDisturb(process.env.DBUS_SESSION_BUS_ADDRESS, (on) => quiet.report('do not disturb', on), log) : null;
  const x11Session = linux && process.env.XDG_SESSION_TYPE !== 'wayland';
  const stopFullScreen =
    q.fullScreen && x11Session
      ? await watchFullScreen(process.env.DISPLAY, (on) => quiet.report('a full-screen app', on), log)
      : (log('quiet: full-screen apps are followed on X11 (and through the notification state on Windows)'), null);

  const probed: ProbedDetector[] = [];
  if (linux && q.calls) probed.push({ reason: 'in a call', check: () => inCallLinux() });
  if (linux && q.doNotDisturb && /gnome/i.test(process.env.XDG_CURRENT_DESKTOP ?? '')) probed.push(gnomeBannersOff());
  if (process.platform === 'win32' && (q.doNotDisturb || q.fullScreen)) probed.push(...[windowsNotificationState(log)].filter((d) => d !== null));
  if (process.platform === 'win32' && q.calls) probed.push(windowsInCall());
  if (process.platform === 'darwin' && q.doNotDisturb) probed.push(...[macosFocus(log)].filter((d) => d !== null));
  if (probed.length > 0) host.on(probeNearBreaks(probed, quiet.report, () => Date.now()).listener);

  const calendars = setupCalendarSource({
    sources: () => (settings.get().quiet.calendar ? settings.get().quiet.calendars : []),
    read: (source) => readCalendar(source),
    dispatch: (event) => host.dispatch(event),
    now: () => Date.now(),
    log,
    setTimer: (ms, callback) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });
  // Only a change to the calendar settings re-reads the calendars (not every keystroke in Settings).
  onSliceChange(settings, (s) => [s.quiet.calendar, s.quiet.calendars], () => void calendars.refresh());

  return {
    /** Reads the calendars once the engine runs. */
    start: () => void calendars.refresh(),
    stop: () => {
      stopDnd?.();
      stopFullScreen?.();
      calendars.stop();
    },
  };
};
