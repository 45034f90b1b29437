/** The sampling choices the Settings page offers; the default is first. */
export const SAMPLING_MODES = ['burst-1min', 'burst-5min', 'continuous'] as const;
/** One sampling choice. */
export type SamplingMode = (typeof SAMPLING_MODES)[number];

/** How one sampling choice uses the camera. */
export interface SamplingPlan {
  /** From the start of one burst to the start of the next. */
  everyMs: number;
  /** Frames analysed per burst. */
  frames: number;
  /** Between the frames of a burst. */
  gapMs: number;
  /** Waited after opening the camera: real webcams need a moment for exposure before a frame is usable. */
  settleMs: number;
  /** Continuous keeps the camera (and its light) on; bursts release it between. */
  keepOpen: boolean;
}

// Bursts: the camera is open about 1.5 s a minute, so its light blinks briefly and the capture
// pipeline (the real cost) runs 2-3 % of the time. Three frames so one blink or glance is outvoted.
/** Each choice's plan (figures behind the default: scripts/bench-posture.ts). */
export const PLANS: Record<SamplingMode, SamplingPlan> = {
  'burst-1min': { everyMs: 60_000, frames: 3, gapMs: 300, settleMs: 700, keepOpen: false },
  'burst-5min': { everyMs: 300_000, frames: 3, gapMs: 300, settleMs: 700, keepOpen: false },
  continuous: { everyMs: 1_000, frames: 1, gapMs: 0, settleMs: 0, keepOpen: true },
};

/** The mode named in the page's URL, or the default. */
export const samplingModeOf = (value: string | null): SamplingMode =>
  (SAMPLING_MODES as readonly string[]).includes(value ?? '') ? (value as SamplingMode) : SAMPLING_MODES[0];
