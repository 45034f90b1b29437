import type { EngineStatus } from '../engine/status';
import type { Settings } from '../settings/schema';
import { postureOffReason } from './gate';
import { createPostureService } from './service';
import type { PostureCalibration, PostureStatus } from './status';
import type { PostureMinute } from './summary';
import type { PostureFrame } from './frame';

/** What the browser preview gives posture sensing. */
export interface PreviewPostureDeps {
  settings: () => Settings;
  /** Applies a settings patch the way updateSettings does (and tells the windows). */
  update: (patch: Record<string, unknown>) => void;
  status: () => EngineStatus;
  now: () => number;
  timeZone: () => string;
  emit: (status: PostureStatus) => void;
}

/**
 * Posture sensing in the browser preview (renderer/preview/preview-bridge.ts): the real analyser
 * and status over memory. There is no hidden window: the posture page runs as its own tab (with
 * `?video=URL` instead of a camera) and its frames count whenever sensing is on and breaks run.
 * Nudges are kept in `nudges` for tests and people to see.
 */
export const previewPosture = (deps: PreviewPostureDeps) => {
  const minutes: PostureMinute[] = [];
  const nudges: { finding: string; at: number }[] = [];
  let calibrating = false;
  const service = createPostureService({
    settings: () => deps.settings().posture,
    saveBaseline: (baseline) => deps.update({ posture: { baseline } }),
    now: deps.now,
    timeZone: deps.timeZone,
    storeMinute: (m) => void minutes.push(m),
    readMinutes: () => minutes,
  });
  const reason = () => postureOffReason({ enabled: deps.settings().posture.enabled, mode: deps.status().mode, onBattery: false, pauseOnBattery: deps.settings().posture.pauseOnBattery });
  const status = (): PostureStatus => {
    const off = reason();
    return service.status({ sensing: off === null || (calibrating && deps.settings().posture.enabled), offReason: off, calibrating });
  };
  service.onNudge((n) => void (n && nudges.push({ finding: n.finding, at: n.at })));
  service.onChange(() => deps.emit(status()));
  return {
    nudges,
    minutes,
    /** Closes a finished burst and minute; the preview calls it when it likes (frames also close them). */
    tick: () => service.tick(reason() === null),
    handlers: {
      postureFrame: (frame: PostureFrame) => {
        // The preview has no settings subscription here: follow them on each frame (a cheap comparison).
        service.configure();
        if (status().sensing) service.frame(frame, reason() === null);
        return { ok: true as const };
      },
      postureCalibrate: (calibration: PostureCalibration) => {
        service.calibrate(calibration);
        calibrating = false;
        return status();
      },
      getPostureStatus: () => status(),
      getPostureDays: ({ rangeDays }: { rangeDays: number }) => service.days(rangeDays),
      openPostureCalibration: () => {
        if (!deps.settings().posture.enabled) throw new Error('Turn posture sensing on first.');
        calibrating = true;
        deps.emit(status());
        return { ok: true as const };
      },
    },
  };
};
