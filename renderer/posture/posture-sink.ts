import type { Keypoint } from '../../main/core/posture/features';
import { call } from '../api';
import type { PostureFeatures, PostureFrame } from '../../main/core/posture/frame';

/** Where the page's numbers go: the main process in the app, the page itself in the preview. */
export interface PostureSink {
  frame(frame: PostureFrame): void;
  calibrate(baseline: PostureFeatures): Promise<void>;
}

/** Counters and the last frames, on `window.__unknotPosture`, for the preview, its tests and the bench. Numbers only. */
export interface PostureProbe {
  frames: PostureFrame[];
  ms: number[];
  cameraOpens: number;
  cameraOpen: boolean;
  backend: string | null;
  baseline: PostureFeatures | null;
  /** The last keypoints, in pixels of the analysed image, with its size (for fixtures and the footage checks). */
  keypoints: { width: number; height: number; brightness: number; keypoints: Keypoint[] } | null;
  /** Each analysed frame's mean luminance, 0..1, in order. */
  brightness: number[];
}

declare global {
  interface Window {
    __unknotPosture?: PostureProbe;
  }
}

/** The probe, created on first use. */
export const probe = (): PostureProbe =>
  (window.__unknotPosture ??= { frames: [], ms: [], cameraOpens: 0, cameraOpen: false, backend: null, baseline: null, keypoints: null, brightness: [] });

/** The bridge's posture calls when the page runs in the app (or over the preview bridge); otherwise the frames are printed. */
export const makeSink = (): PostureSink => {
  const bridged = window.unknot !== undefined;
  return {
    frame: (frame) => {
      const p = probe();
      p.frames.push(frame);
      if (p.frames.length > 1000) p.frames.splice(0, p.frames.length - 1000);
      if (bridged) void call('postureFrame', frame).catch((error: unknown) => console.error(error));
      else console.info(`posture-frame ${JSON.stringify(frame)}`);
    },
    calibrate: async (baseline) => {
      probe().baseline = baseline;
      // The stored baseline is the geometry alone: no confidence, and main stamps the time.
      const { confidence: _confidence, ...geometry } = baseline;
      if (bridged) await call('postureCalibrate', geometry);
      else console.info(`posture-calibrate ${JSON.stringify(geometry)}`);
    },
  };
};
