import { toPostureFrame, type Keypoint } from '../../main/core/posture/features';
import type { PostureFrame } from '../../main/core/posture/frame';
import { brightnessOf } from './camera';
import type { PoseModel } from './pose-model';
import { probe } from './posture-sink';

/** One analysed image: the frame that crosses IPC, and the points the calibration view draws (which stay in the window). */
export interface Analysis {
  frame: PostureFrame;
  keypoints: Keypoint[];
  ms: number;
}

const scratch = document.createElement('canvas');

/** Runs the model on the video's current image and turns the result into a frame. */
export const analyse = async (model: PoseModel, video: HTMLVideoElement): Promise<Analysis> => {
  const started = performance.now();
  const brightness = brightnessOf(video, scratch);
  const keypoints = await model.detect(video);
  const frame = toPostureFrame({ keypoints, width: video.videoWidth, height: video.videoHeight, at: Date.now(), brightness });
  const p = probe();
  p.keypoints = { width: video.videoWidth, height: video.videoHeight, brightness, keypoints };
  p.brightness.push(brightness);
  if (p.brightness.length > 1000) p.brightness.shift();
  return { frame, keypoints, ms: performance.now() - started };
};
