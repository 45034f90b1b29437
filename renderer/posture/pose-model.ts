import { Human, type Config } from '@vladmandic/human';
import type { Keypoint } from '../../main/core/posture/features';
import { POSTURE_ASSET_DIR } from './vite-posture-assets';

/** What the page needs from the pose model: the keypoints of the one person in an image. */
export interface PoseModel {
  /** The tfjs backend actually running; always 'wasm' once loaded. */
  readonly backend: string;
  detect(input: HTMLVideoElement | HTMLCanvasElement): Promise<Keypoint[]>;
}

/** The model could not start, or started on another backend than wasm. */
export class ModelFailed extends Error {}

// Only MoveNet Lightning is enabled: every other Human module stays off so it never fetches its
// model. Human deep-merges these over its defaults, so a partial module object is enough.
const off = { enabled: false };
const config = (base: string): Partial<Config> => ({
  backend: 'wasm',
  wasmPath: base,
  modelBasePath: base,
  debug: false,
  warmup: 'none',
  cacheModels: false,
  // A burst's frames must each be analysed, not answered from Human's frame cache.
  cacheSensitivity: 0,
  face: off as Config['face'],
  hand: off as Config['hand'],
  object: off as Config['object'],
  gesture: off as Config['gesture'],
  segmentation: off as Config['segmentation'],
  filter: off as Config['filter'],
  body: { enabled: true, modelPath: 'movenet-lightning.json', maxDetected: 1, minConfidence: 0.2, skipFrames: 0, skipTime: 0 },
});

/**
 * Loads Human with the body model on the wasm backend from the app's own files. The backend is
 * checked after loading: Human falls back to webgl when wasm cannot compile (a CSP without
 * 'wasm-unsafe-eval'), which costs ~7x the CPU here, so any other backend is a failure.
 */
export const loadPoseModel = async (baseUrl = new URL(`./${POSTURE_ASSET_DIR}/`, document.baseURI).href): Promise<PoseModel> => {
  const human = new Human(config(baseUrl));
  try {
    await human.load();
  } catch (error) {
    throw new ModelFailed(`pose model did not load: ${String(error)}`);
  }
  const backend = human.tf.getBackend();
  if (backend !== 'wasm') throw new ModelFailed(`pose model runs on '${backend}', not wasm`);
  return {
    backend,
    detect: async (input) => {
      const result = await human.detect(input);
      if (result.error) throw new ModelFailed(result.error);
      const body = result.body[0];
      return body ? body.keypoints.map((k) => ({ part: k.part, x: k.position[0], y: k.position[1], score: k.score })) : [];
    },
  };
};
