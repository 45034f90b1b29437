import type { EngineStatus } from '../engine/status';

/** Why the camera is off right now, or null while it may run. */
export type PostureOffReason = 'disabled' | 'away' | 'paused' | 'quiet' | 'off-hours' | 'break' | 'battery';

/** What decides whether the camera may be open. */
export interface GateInput {
  enabled: boolean;
  /** The engine's status mode (engine/status.ts): locked or asleep is 'away'. */
  mode: EngineStatus['mode'];
  onBattery: boolean;
  pauseOnBattery: boolean;
}

/**
 * Whether posture sensing may run, and if not, why. The camera follows the breaks: it is off
 * whenever breaks would not come (locked, asleep, paused, quiet, outside working hours), during a
 * break itself (the person is moving on purpose), and on battery when the person chose so.
 */
export const postureOffReason = ({ enabled, mode, onBattery, pauseOnBattery }: GateInput): PostureOffReason | null => {
  if (!enabled) return 'disabled';
  if (mode === 'away' || mode === 'paused' || mode === 'quiet' || mode === 'off-hours' || mode === 'break') return mode;
  if (onBattery && pauseOnBattery) return 'battery';
  return null;
};
