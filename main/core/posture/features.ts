import type { PostureFeatures, PostureFrame } from './frame';

/** One keypoint the pose model saw, in pixels of the analysed image. */
export interface Keypoint {
  part: string;
  x: number;
  y: number;
  /** The model's confidence, 0..1. */
  score: number;
}

/** What `toPostureFrame` needs besides the keypoints. */
export interface FrameInput {
  keypoints: readonly Keypoint[];
  width: number;
  height: number;
  at: number;
  /** Mean luminance of the image, 0..1; omitted when not measured. */
  brightness?: number;
}

/** Below this a keypoint is treated as unseen: MoveNet scores occluded points around 0.1–0.2 and clear ones 0.5–0.9. */
export const MIN_KEYPOINT_SCORE = 0.3;
/**
 * Below this mean luminance the person is told to add light instead of being measured. Measured on
 * the dimming test footage (a seated photo of mean 0.27, darkened): at 0.14 and above the
 * ear-to-shoulder gap stayed within 3 % of the lit frames; at 0.12 it read 9 % low, at 0.08 21 %
 * low (a false "raised shoulders") while the model's confidence hardly fell.
 */
export const MIN_BRIGHTNESS = 0.12;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number) => Math.round(v * 10_000) / 10_000;

type Point = { x: number; y: number; score: number };

const seen = (points: readonly Keypoint[], part: string): Point | null => {
  const p = points.find((k) => k.part === part);
  return p && p.score >= MIN_KEYPOINT_SCORE && Number.isFinite(p.x) && Number.isFinite(p.y) ? p : null;
};

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, score: Math.min(a.score, b.score) });

/**
 * Turns the keypoints of one image into the numbers-only frame the posture window reports.
 * Geometry is relative (shoulder width, frame width), so the camera's resolution does not
 * matter; one visible ear is enough, because headphones and a turned head hide the other.
 */
export const toPostureFrame = ({ keypoints, width, height, at, brightness }: FrameInput): PostureFrame => {
  const time = Math.max(0, Math.round(at));
  if (brightness !== undefined && brightness < MIN_BRIGHTNESS) return { ok: false, at: time, problem: 'too-dark' };
  const ls = seen(keypoints, 'leftShoulder');
  const rs = seen(keypoints, 'rightShoulder');
  const nose = seen(keypoints, 'nose');
  const le = seen(keypoints, 'leftEye');
  const re = seen(keypoints, 'rightEye');
  const ears = [seen(keypoints, 'leftEar'), seen(keypoints, 'rightEar')].filter((p): p is Point => p !== null);
  const faceSeen = nose !== null || le !== null || re !== null || ears.length > 0;
  if (!ls && !rs && !faceSeen) return { ok: false, at: time, problem: 'no-person' };
  if (!ls || !rs) return { ok: false, at: time, problem: 'no-shoulders' };
  if (!nose || !le || !re || ears.length === 0) return { ok: false, at: time, problem: 'no-face' };
  const shoulders = mid(ls, rs);
  const span = Math.hypot(ls.x - rs.x, ls.y - rs.y);
  // Shoulders on one pixel are a misdetection, not a posture.
  if (span < 2 || width <= 0 || height <= 0) return { ok: false, at: time, problem: 'no-shoulders' };
  const ear = ears.length === 2 ? mid(ears[0]!, ears[1]!) : ears[0]!;
  const features: PostureFeatures = {
    shoulderWidth: round(clamp(span / width, 0, 2)),
    earShoulderGap: round(clamp((shoulders.y - ear.y) / span, -10, 10)),
    noseShoulderGap: round(clamp((shoulders.y - nose.y) / span, -10, 10)),
    headSize: round(clamp(Math.hypot(le.x - re.x, le.y - re.y) / width, 0, 2)),
    centerX: round(clamp(shoulders.x / width, -1, 2)),
    centerY: round(clamp(shoulders.y / height, -1, 2)),
    confidence: round(clamp(Math.min(shoulders.score, nose.score, le.score, re.score, ...ears.map((e) => e.score)), 0, 1)),
  };
  return { ok: true, at: time, features };
};

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The calibration baseline: each feature's median over the frames, so one blink or glance does not skew it; null without frames. */
export const averageFeatures = (frames: readonly PostureFeatures[]): PostureFeatures | null => {
  if (frames.length === 0) return null;
  const keys = Object.keys(frames[0]!) as (keyof PostureFeatures)[];
  return Object.fromEntries(keys.map((k) => [k, round(median(frames.map((f) => f[k])))])) as unknown as PostureFeatures;
};
