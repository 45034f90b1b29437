import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostureFrame } from '../../main/core/posture/frame';
import { sourceOpener } from './frame-source';
import { loadPoseModel, ModelFailed } from './pose-model';
import { makeSink, probe } from './posture-sink';
import { startSampler } from './sampler';
import { PLANS, samplingModeOf } from './sampling';

/**
 * The hidden posture window: samples by the choice in its URL (`?mode=sense&sampling=burst-1min|burst-5min|continuous`, as main/posture/posture-window.ts loads it)
 * and sends each frame's numbers. In the preview it also lists the frames it would send.
 */
export const PosturePage = ({ params }: { params: URLSearchParams }) => {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [last, setLast] = useState<PostureFrame | null>(null);
  const [count, setCount] = useState(0);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    const sink = makeSink();
    const send = (frame: PostureFrame) => {
      sink.frame(frame);
      setLast(frame);
      setCount((n) => n + 1);
    };
    const plan = { ...PLANS[samplingModeOf(params.get('sampling'))] };
    // Tests and the bench shorten the interval; the app never sets it.
    const every = Number(params.get('every'));
    if (every > 0) plan.everyMs = every;
    let stop: (() => void) | null = null;
    let cancelled = false;
    loadPoseModel().then(
      (model) => {
        probe().backend = model.backend;
        if (cancelled) return;
        stop = startSampler({
          plan,
          model,
          open: sourceOpener(element, params),
          send,
          onCamera: (open) => {
            const p = probe();
            p.cameraOpen = open;
            if (open) p.cameraOpens++;
          },
          onAnalysed: (ms) => probe().ms.push(ms),
        });
      },
      (error: unknown) => {
        console.error(error instanceof ModelFailed ? error.message : error);
        send({ ok: false, at: Date.now(), problem: 'model-failed' });
      },
    );
    const release = () => stop?.();
    window.addEventListener('pagehide', release);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', release);
      release();
    };
  }, [params]);
  return (
    <main className="posture-page">
      <video ref={video} className="posture-video" playsInline muted aria-hidden="true" />
      <p data-testid="posture-count">{count}</p>
      {last && !last.ok && <p role="status">{t(`posture.view.problem.${last.problem}`)}</p>}
      {last && (
        <pre data-testid="posture-last" className="posture-last">
          {JSON.stringify(last)}
        </pre>
      )}
    </main>
  );
};
