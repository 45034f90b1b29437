import type { PowerMonitor } from 'electron';
import type { EngineHost } from '../core/engine/host';
import type { PostureChoice } from '../core/posture/technique-choice';
import type { PostureFrame } from '../core/posture/frame';
import { postureOffReason, type PostureOffReason } from '../core/posture/gate';
import { createPostureService, type PostureNudge } from '../core/posture/service';
import type { PostureCalibration, PostureStatus } from '../core/posture/status';
import type { PostureBaseline, PostureSettings } from '../core/settings/posture-schema';
import type { Settings } from '../core/settings/schema';
import type { PostureSummaryFile } from '../storage/posture-summary';
import type { GrantState } from './media-grant';
import type { PostureWindow } from './posture-window';

/** What posture sensing reaches in the rest of the app, each injected so tests drive it with fakes. */
export interface PostureSensingDeps {
  settings: { get: () => Settings; onChange: (listener: (settings: Settings) => void) => () => void; update: (patch: Record<string, unknown>) => unknown };
  engine: Pick<EngineHost, 'status' | 'on'>;
  power: Pick<PowerMonitor, 'on' | 'removeListener' | 'isOnBatteryPower'>;
  window: PostureWindow;
  grant: { set: (state: GrantState) => void };
  pageUrl: string;
  /** macOS asks the person once (camera-access.ts); elsewhere resolves true. */
  askCamera: () => Promise<boolean>;
  summary: Pick<PostureSummaryFile, 'append' | 'read'>;
  /** Shows a nudge that never takes focus (posture-notice.ts); false where the OS has no notifications. */
  notify: (title: string, body: string) => boolean;
  words: (key: string, vars?: Record<string, string | number>) => string;
  now: () => number;
  timeZone: () => string;
  every: (ms: number, callback: () => void) => () => void;
  /** Pushes the status to the app's windows (the `postureChanged` event). */
  publish: (status: PostureStatus) => void;
  log: (message: string) => void;
}

/** How often the analyser is ticked (closes bursts and minutes) and the gate re-read (pause ending, working hours). */
export const TICK_MS = 30_000;

/**
 * Posture sensing in the main process: opens the hidden posture window only while sensing may
 * run, destroys it (camera released, light off) the moment it may not — lock, sleep, pause, quiet,
 * outside working hours, a break, on battery when so set, or switched off — keeps the camera
 * grant in step with it, feeds the analyser, stores minutes, and nudges.
 */
export const setupPostureSensing = (deps: PostureSensingDeps) => {
  const posture = (): PostureSettings => deps.settings.get().posture;
  const service = createPostureService({
    settings: posture,
    saveBaseline: (baseline: PostureBaseline) => void deps.settings.update({ posture: { baseline } }),
    now: deps.now,
    timeZone: deps.timeZone,
    storeMinute: (minute) => void deps.summary.append(minute),
    readMinutes: () => deps.summary.read(),
  });
  let onBattery = deps.power.isOnBatteryPower();
  let calibrating = false;
  /** null until asked; false after macOS said no (Settings then says why nothing happens). */
  let cameraAllowed: boolean | null = null;
  let asking = false;
  let offReason: PostureOffReason | null = 'disabled';
  let lastPublished = '';

  const gateReason = (): PostureOffReason | null => postureOffReason({ enabled: posture().enabled, mode: deps.engine.status().mode, onBattery, pauseOnBattery: posture().pauseOnBattery });
  const allowNudge = () => gateReason() === null;
  const sensingNow = () => deps.window.mode() !== null;
  const status = (): PostureStatus => service.status({ sensing: sensingNow(), offReason, calibrating });
  const publish = () => {
    const next = status();
    const key = JSON.stringify(next);
    if (key === lastPublished) return;
    lastPublished = key;
    deps.publish(next);
  };

  const evaluate = () => {
    const reason = gateReason();
    // Calibration is the person's own request: it runs whenever sensing is switched on and the screen is in use.
    const calibrate = calibrating && posture().enabled && reason !== 'away';
    if (!calibrate) calibrating = false;
    const want = calibrate ? 'calibrate' : reason === null ? 'sense' : null;
    offReason = want ? null : reason;
    if (want && cameraAllowed === null) {
      if (!asking) {
        asking = true;
        void deps.askCamera().then(
          (allowed) => {
            asking = false;
            cameraAllowed = allowed;
            if (!allowed) deps.log('posture: the camera permission was refused by the system');
            evaluate();
          },
          () => {
            asking = false;
            cameraAllowed = false;
            evaluate();
          },
        );
      }
      return;
    }
    const open = want !== null && cameraAllowed === true;
    if (open && want) {
      if (deps.window.mode() !== want) deps.log(`posture: camera window open (${want})`);
      // Opens it, or recreates it when the mode or the sampling choice changed; otherwise nothing.
      deps.window.open(want, posture().sampling);
    } else if (deps.window.mode() !== null) {
      deps.window.close();
      service.stop();
      deps.log(`posture: camera window closed (${reason ?? 'refused'})`);
    }
    deps.grant.set({ contentsId: deps.window.contentsId(), pageUrl: deps.pageUrl, on: open });
    publish();
  };

  const stopNudges = service.onNudge((nudge: PostureNudge | null) => {
    if (!nudge) return;
    const body = deps.words(`nudge.${nudge.finding}`, { minutes: nudge.stillMinutes });
    deps.notify(deps.words('nudgeTitle'), body);
  });
  const stopChanges = service.onChange(publish);
  const stopClosed = deps.window.onClosed(() => {
    // The person closed the calibration view: it stays closed (sensing, if on, comes back hidden).
    calibrating = false;
    evaluate();
  });
  const stopEngine = deps.engine.on((effect) => {
    // The engine chose this break's technique while stepping (reading chooseTechnique through its config); what was seen is answered.
    if (effect.type === 'break-open' && !effect.restored) service.breakTaken();
    evaluate();
  });
  const stopSettings = deps.settings.onChange(() => {
    service.configure();
    evaluate();
  });
  const battery = () => {
    onBattery = true;
    evaluate();
  };
  const mains = () => {
    onBattery = false;
    evaluate();
  };
  deps.power.on('on-battery', battery);
  deps.power.on('on-ac', mains);
  const stopTicks = deps.every(TICK_MS, () => {
    if (sensingNow()) service.tick(allowNudge());
    evaluate();
  });
  evaluate();

  return {
    /** One frame from the posture window (the gatekeeper already checked sender and schema). */
    receiveFrame: (frame: PostureFrame) => {
      // A frame that arrives after the window was told to stop (in flight) is dropped.
      if (deps.window.mode() !== 'sense') return;
      service.frame(frame, allowNudge());
    },
    calibrate: (calibration: PostureCalibration): PostureStatus => {
      service.calibrate(calibration);
      calibrating = false;
      evaluate();
      return status();
    },
    openCalibration: () => {
      if (!posture().enabled) throw new Error('Turn posture sensing on first.');
      calibrating = true;
      evaluate();
    },
    status,
    /** Progress: the days with sensing among the last `rangeDays`. */
    days: (rangeDays: number) => service.days(rangeDays),
    /** The posture window's web contents id while it exists (the gatekeeper's posture sender check). */
    contentsId: () => deps.window.contentsId(),
    /** Calls `listener` with each nudge (the tray marks its icon) and null when it may clear the mark; returns the unsubscribe. */
    onPostureNudge: (listener: (nudge: PostureNudge | null) => void) => service.onNudge(listener),
    /**
     * A posture technique fitting what was seen since the last break, with its reason; null when
     * nothing was seen. Asking changes nothing (the engine may ask often); the next break clears it.
     */
    chooseTechnique: (hidden: readonly string[], last: string | null): PostureChoice | null => service.choose(hidden, last),
    stop: () => {
      stopTicks();
      stopEngine();
      stopSettings();
      stopNudges();
      stopChanges();
      stopClosed();
      deps.power.removeListener('on-battery', battery);
      deps.power.removeListener('on-ac', mains);
      deps.window.close();
      service.stop();
      deps.grant.set({ contentsId: null, pageUrl: deps.pageUrl, on: false });
    },
  };
};
/** Posture sensing as the app wires it. */
export type PostureSensing = ReturnType<typeof setupPostureSensing>;
