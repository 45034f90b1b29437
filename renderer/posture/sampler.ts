import type { PostureFrame } from '../../main/core/posture/frame';
import { analyse } from './analyse';
import { CameraUnavailable, type FrameSource } from './camera';
import { ModelFailed, type PoseModel } from './pose-model';
import type { SamplingPlan } from './sampling';

/** What the sampler needs; each piece is replaceable so the page can use a file instead of the webcam. */
export interface SamplerDeps {
  plan: SamplingPlan;
  model: PoseModel;
  open: () => Promise<FrameSource>;
  send: (frame: PostureFrame) => void;
  /** Told when the camera opens or is released, and how long each frame took. */
  onCamera?: (open: boolean) => void;
  onAnalysed?: (ms: number) => void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Samples by the plan until the returned function is called: a burst opens the camera, waits for
 * it to settle, analyses a few frames and releases it; continuous keeps it open. Stopping releases
 * the camera at once, mid-burst too.
 */
export const startSampler = ({ plan, model, open, send, onCamera, onAnalysed }: SamplerDeps): (() => void) => {
  const stop = new AbortController();
  let source: FrameSource | null = null;
  const release = () => {
    if (!source) return;
    source.release();
    source = null;
    onCamera?.(false);
  };
  const burst = async () => {
    if (!source) {
      try {
        source = await open();
      } catch (error) {
        if (!(error instanceof CameraUnavailable)) throw error;
        send({ ok: false, at: Date.now(), problem: 'camera-unavailable' });
        return;
      }
      if (stop.signal.aborted) return release();
      onCamera?.(true);
      await sleep(plan.settleMs, stop.signal);
    }
    for (let i = 0; i < plan.frames && !stop.signal.aborted; i++) {
      if (i > 0) await sleep(plan.gapMs, stop.signal);
      if (stop.signal.aborted || !source) break;
      try {
        const { frame, ms } = await analyse(model, source.video);
        if (stop.signal.aborted) break;
        onAnalysed?.(ms);
        send(frame);
      } catch (error) {
        send({ ok: false, at: Date.now(), problem: error instanceof ModelFailed ? 'model-failed' : 'no-person' });
      }
    }
    if (!plan.keepOpen || stop.signal.aborted) release();
  };
  const loop = async () => {
    while (!stop.signal.aborted) {
      const started = performance.now();
      await burst();
      await sleep(plan.everyMs - (performance.now() - started), stop.signal);
    }
    release();
  };
  void loop();
  return () => {
    stop.abort();
    release();
  };
};
