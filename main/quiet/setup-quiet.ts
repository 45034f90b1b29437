import type { EngineHost } from '../core/engine/host';
import type { Diagnostics } from '../platform/diagnostics';
import { onSliceChange, type SettingsSource } from '../storage/settings-slice';
import { readCalendar, setupCalendarSource, type CalendarFetch } from './calendar-source';
import { inCallLinux } from './calls-linux';
import { watchDoNotDisturb } from './dnd-dbus';
import { watchFullScreen } from './fullscreen-x11';
import { gnomeBannersOff, macosFocus, windowsInCall, windowsNotificationState } from './os-detectors';
import { probeNearBreaks, type ProbedDetector } from './probe';
import { setupQuietSignal, type QuietSignalDeps } from './quiet-signal';

/** The quiet reasons the detectors report (the held-back notice names them; "ignore today" takes them). */
export const DETECTOR_REASONS = { doNotDisturb: 'do not disturb', fullScreen: 'a full-screen app', call: 'in a call' } as const;

/** What setupQuiet reads from the outside world; all but the first three optional. */
export interface SetupQuietOptions {
  diagnostics?: Diagnostics;
  /** How https calendars are fetched: Electron's net.fetch in the app (system proxy and certificates). */
  fetch?: CalendarFetch;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Clock and time zone for "ignore this detector today". */
  signal?: Partial<QuietSignalDeps>;
  /** Replaces the event-driven watchers (tests). */
  watch?: {
    doNotDisturb?: (onChange: (on: boolean) => void) => Promise<(() => void) | null>;
    fullScreen?: (onChange: (on: boolean) => void) => Promise<(() => void) | null>;
  };
}

/**
 * Wires every quiet detector this platform has to the engine, without ever holding up start-up:
 * it returns at once; event-driven detectors (D-Bus do-not-disturb, X11 full screen) join when
 * they answer, and one that answers after stop() is stopped at once. The others are asked only
 * near a break; calendars are read every 15 minutes and whenever their settings change.
 */
export const setupQuiet = (host: Pick<EngineHost, 'dispatch' | 'on'>, settings: SettingsSource, log: (message: string) => void, options: SetupQuietOptions = {}) => {
  const { diagnostics } = options;
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  let stopped = false;
  const stops: Array<() => void> = [];
  const signal = setupQuietSignal((event) => host.dispatch(event), { ...options.signal, ...(diagnostics && { diagnostics }) });
  // Nothing reaches the engine after stop(), whatever a late detector says.
  const report = (reason: string, on: boolean) => !stopped && signal.report(reason, on);

  const join = (name: string, pending: Promise<(() => void) | null>) =>
    void pending.then(
      (stop) => {
        if (!stop) return;
        if (stopped) stop();
        else stops.push(stop);
      },
      (error: unknown) => {
        log(`quiet: ${name} could not start (${(error as Error).message})`);
        diagnostics?.report(name, { available: false, lastError: (error as Error).message });
      },
    );

  const q = settings.get().quiet;
  const linux = platform === 'linux';
  if (linux && q.doNotDisturb) {
    const onChange = (on: boolean) => report(DETECTOR_REASONS.doNotDisturb, on);
    join('do not disturb (D-Bus)', options.watch?.doNotDisturb?.(onChange) ?? watchDoNotDisturb(env.DBUS_SESSION_BUS_ADDRESS, onChange, log, { ...(diagnostics && { diagnostics }) }));
  }
  const x11Session = linux && env.XDG_SESSION_TYPE !== 'wayland';
  diagnostics?.report('full screen (X11)', { available: x11Session && Boolean(env.DISPLAY), enabled: q.fullScreen, source: 'X11 _NET_WM_STATE' });
  if (q.fullScreen && x11Session) {
    const onChange = (on: boolean) => {
      diagnostics?.report('full screen (X11)', { lastAnswer: on ? 'on' : 'off', askedAt: Date.now() });
      report(DETECTOR_REASONS.fullScreen, on);
    };
    join('full screen (X11)', options.watch?.fullScreen?.(onChange) ?? watchFullScreen(env.DISPLAY, onChange, log));
  } else if (q.fullScreen && platform !== 'win32') log('quiet: full-screen apps are followed on X11 (and through the notification state on Windows)');

  const probed: ProbedDetector[] = [];
  const native = { log, ...(diagnostics && { diagnostics }) };
  if (linux && q.calls) probed.push({ reason: DETECTOR_REASONS.call, name: 'calls (camera, microphone)', check: () => inCallLinux() });
  if (linux && q.doNotDisturb && /gnome/i.test(env.XDG_CURRENT_DESKTOP ?? '')) probed.push(gnomeBannersOff());
  if (platform === 'win32' && (q.doNotDisturb || q.fullScreen)) probed.push(...[windowsNotificationState(native)].filter((d) => d !== null));
  if (platform === 'win32' && q.calls) probed.push(windowsInCall());
  if (platform === 'darwin' && q.doNotDisturb) probed.push(...[macosFocus(native)].filter((d) => d !== null));
  for (const detector of probed) diagnostics?.report(detector.name ?? detector.reason, { available: true, enabled: true, source: 'asked near breaks' });
  const probe = probeNearBreaks(probed, report, () => Date.now(), { ...(diagnostics && { diagnostics }) });
  const unsubscribeProbe = probed.length > 0 ? host.on(probe.listener) : () => undefined;

  const calendars = setupCalendarSource({
    sources: () => (settings.get().quiet.calendar ? settings.get().quiet.calendars : []),
    read: (source) => readCalendar(source, options.fetch),
    dispatch: (event) => !stopped && host.dispatch(event),
    ...(diagnostics && { diagnostics }),
    now: () => Date.now(),
    log,
    setTimer: (ms, callback) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });
  // Only a change to the calendar settings re-reads the calendars (not every keystroke in Settings).
  const unsubscribeCalendar = onSliceChange(settings, (s) => [s.quiet.calendar, s.quiet.calendars], () => {
    if (!stopped) void calendars.refresh();
  });

  return {
    /** Reads the calendars once the engine runs. */
    start: () => {
      if (!stopped) void calendars.refresh();
    },
    /** Safe at any moment, twice too: detectors that join later are stopped as they arrive. */
    stop: () => {
      if (stopped) return;
      stopped = true;
      stops.splice(0).forEach((stop) => stop());
      probe.stop();
      unsubscribeProbe();
      unsubscribeCalendar();
      calendars.stop();
      signal.stop();
    },
    /** "Ignore this detector today" from the held-back notice: the reason is dropped until local midnight. */
    ignoreToday: (reason: string) => signal.ignoreToday(reason),
    /** The reasons ignored today, with when each comes back. */
    ignored: () => signal.ignored(),
    /** Subscribes to changes of the ignored list; returns the unsubscribe function. */
    onIgnoredChange: (listener: () => void) => signal.onChange(listener),
  };
};
