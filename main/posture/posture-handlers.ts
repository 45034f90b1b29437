import type { CallHandlers } from '../core/ipc/contract';
import type { PostureFrame } from '../core/posture/frame';
import type { PostureCalibration, PostureStatus } from '../core/posture/status';
import type { PostureDay } from '../core/posture/summary';

/** What the posture calls need from posture sensing (posture-sensing.ts implements it). */
export interface PostureCallTarget {
  receiveFrame: (frame: PostureFrame) => void;
  calibrate: (calibration: PostureCalibration) => PostureStatus;
  status: () => PostureStatus;
  openCalibration: () => void;
  days: (rangeDays: number) => PostureDay[];
}

type PostureCallName = 'postureFrame' | 'postureCalibrate' | 'getPostureStatus' | 'openPostureCalibration' | 'getPostureDays';

/** The handlers of the posture calls (issue 14); without posture sensing in this build, each says so. */
export const postureHandlers = (posture: PostureCallTarget | undefined): Pick<CallHandlers, PostureCallName> => {
  const need = (): PostureCallTarget => {
    if (!posture) throw new Error('Posture sensing is not available in this build.');
    return posture;
  };
  return {
    postureFrame: (frame) => (need().receiveFrame(frame), { ok: true }),
    postureCalibrate: (calibration) => need().calibrate(calibration),
    getPostureStatus: () => need().status(),
    openPostureCalibration: () => (need().openCalibration(), { ok: true }),
    getPostureDays: ({ rangeDays }) => need().days(rangeDays),
  };
};
