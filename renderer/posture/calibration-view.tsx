import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { averageFeatures, MIN_KEYPOINT_SCORE, type Keypoint } from '../../main/core/posture/features';
import type { PostureFeatures, PostureFrame } from '../../main/core/posture/frame';
import { analyse } from './analyse';
import type { FrameSource } from './camera';
import { sourceOpener } from './frame-source';
import { loadPoseModel, ModelFailed, type PoseModel } from './pose-model';
import { makeSink, probe } from './posture-sink';

const CALIBRATE_MS = 5_000;
// Four analyses a second: enough for a live picture of the points, a fifth of a core here.
const ANALYSE_EVERY_MS = 250;
/** Fewer good frames than this in 5 s means the baseline would be a guess. */
const MIN_FRAMES = 8;
const DRAWN = new Set(['nose', 'leftEye', 'rightEye', 'leftEar', 'rightEar', 'leftShoulder', 'rightShoulder']);

type Phase = { kind: 'idle' } | { kind: 'calibrating'; until: number } | { kind: 'done' } | { kind: 'failed' };

const draw = (canvas: HTMLCanvasElement, video: HTMLVideoElement, points: readonly Keypoint[]) => {
  const ctx = canvas.getContext('2d');
  if (!ctx || video.videoWidth === 0) return;
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  // Mirrored, as people expect to see themselves.
  ctx.setTransform(-1, 0, 0, 1, canvas.width, 0);
  ctx.drawImage(video, 0, 0);
  const r = Math.max(3, canvas.width / 100);
  for (const p of points) {
    if (!DRAWN.has(p.part) || p.score < MIN_KEYPOINT_SCORE) continue;
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
    ctx.fillStyle = p.part.endsWith('Shoulder') ? '#2f9e6e' : '#e8a33d';
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
  }
};

/** The calibration window: the mirrored camera image with the points the model sees, and Calibrate / Recalibrate. */
export const CalibrationView = ({ params }: { params: URLSearchParams }) => {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [frame, setFrame] = useState<PostureFrame | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const collected = useRef<PostureFeatures[] | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let stopped = false;
    let source: FrameSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (model: PoseModel, src: FrameSource) => {
      if (stopped) return;
      const { frame: f, keypoints } = await analyse(model, src.video).catch(() => ({
        frame: { ok: false, at: Date.now(), problem: 'model-failed' } as PostureFrame,
        keypoints: [] as Keypoint[],
      }));
      if (stopped) return;
      if (canvas.current) draw(canvas.current, src.video, keypoints);
      if (f.ok) collected.current?.push(f.features);
      setFrame(f);
      setNow(Date.now());
      timer = setTimeout(() => void tick(model, src), ANALYSE_EVERY_MS);
    };
    (async () => {
      let model: PoseModel;
      try {
        model = await loadPoseModel();
        probe().backend = model.backend;
      } catch (error) {
        console.error(error instanceof ModelFailed ? error.message : error);
        setFrame({ ok: false, at: Date.now(), problem: 'model-failed' });
        return;
      }
      try {
        source = await sourceOpener(element, params)();
      } catch {
        setFrame({ ok: false, at: Date.now(), problem: 'camera-unavailable' });
        return;
      }
      if (stopped) return source.release();
      probe().cameraOpen = true;
      probe().cameraOpens++;
      void tick(model, source);
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.release();
      probe().cameraOpen = false;
    };
  }, [params]);

  useEffect(() => {
    if (phase.kind !== 'calibrating' || now < phase.until) return;
    const baseline = averageFeatures(collected.current ?? []);
    const enough = (collected.current?.length ?? 0) >= MIN_FRAMES;
    collected.current = null;
    if (!baseline || !enough) return setPhase({ kind: 'failed' });
    makeSink()
      .calibrate(baseline)
      .then(() => setPhase({ kind: 'done' }), () => setPhase({ kind: 'failed' }));
  }, [phase, now]);

  const calibrate = () => {
    collected.current = [];
    setPhase({ kind: 'calibrating', until: Date.now() + CALIBRATE_MS });
  };
  const seconds = phase.kind === 'calibrating' ? Math.max(0, Math.ceil((phase.until - now) / 1000)) : 0;
  const problem = frame && !frame.ok ? frame.problem : null;
  return (
    <main className="posture-calibration">
      <h1>{t('posture.view.title')}</h1>
      <p>{t('posture.view.intro')}</p>
      <video ref={video} className="posture-video" playsInline muted aria-hidden="true" />
      <canvas ref={canvas} className="posture-canvas" role="img" aria-label={t('posture.view.canvasLabel')} />
      <p role="status" data-testid="posture-seeing" data-problem={problem ?? (frame ? 'none' : 'loading')}>
        {!frame ? t('posture.view.loading') : problem ? t(`posture.view.problem.${problem}`) : t('posture.view.seeing')}
      </p>
      <p aria-live="polite" data-testid="posture-phase" data-phase={phase.kind}>
        {phase.kind === 'calibrating' && t('posture.view.calibrating', { seconds })}
        {phase.kind === 'done' && t('posture.view.calibrated')}
        {phase.kind === 'failed' && t('posture.view.calibrateFailed')}
      </p>
      <button type="button" onClick={calibrate} disabled={phase.kind === 'calibrating' || !frame || problem === 'model-failed' || problem === 'camera-unavailable'}>
        {phase.kind === 'done' || phase.kind === 'failed' ? t('posture.view.recalibrate') : t('posture.view.calibrate')}
      </button>
      <p className="posture-privacy">{t('posture.view.privacy')}</p>
    </main>
  );
};
