import type { PostureSampling } from '../settings/posture-schema';

/**
 * What each sampling choice costs, as measured by scripts/bench-posture.ts (every Chromium process
 * the posture page causes, with Chromium's fake camera, on the 2-core machine the README names):
 * average share of one CPU core. null until a figure is measured; Settings then says so.
 */
export const MEASURED_CPU_PERCENT: Record<PostureSampling, number | null> = {
  'burst-1min': null,
  'burst-5min': null,
  continuous: null,
};
