import type { PostureSampling } from '../settings/posture-schema';

/**
 * What each sampling choice costs, as measured by scripts/bench-posture.ts (every Chromium process
 * the posture page causes, with Chromium's fake camera, on the 2-core machine the README names):
 * average share of one CPU core. null until a figure is measured; Settings then says so.
 */
// Measured 2026-12-02: burst-1min over 10 minutes (0.5 %, the browser alone 0.2 %); continuous over
// 2 minutes with a 5 fps fake camera (6.7 %; a 30 fps webcam costs more, the issue measured ~17 %
// for the capture alone). burst-5min was not measured: it does a fifth of burst-1min's work, but a
// figure is shown only once measured.
export const MEASURED_CPU_PERCENT: Record<PostureSampling, number | null> = {
  'burst-1min': 0.5,
  'burst-5min': null,
  continuous: 6.7,
};
