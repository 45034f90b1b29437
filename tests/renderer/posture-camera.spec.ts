import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import type { PostureFeatures, PostureFrame } from '../../main/core/posture/frame';
import type { PostureProbe } from '../../renderer/posture/posture-sink';
import { POSTURE_CHROMIUM_ARGS } from '../../playwright.posture.config';

// The posture page with Chromium's fake camera playing footage made from a real photograph
// (scripts/make-posture-footage.mjs): getUserMedia, bursts, the camera released between them, and
// the calibration view. Verified here: Debian's chromium feeds a .y4m to getUserMedia, headless too.

type Probe = { __unknotPosture?: PostureProbe; __streams?: MediaStream[] };
const BASE = 'http://127.0.0.1:4174';

/** A browser whose camera is `scene`.y4m, and a page that records every stream getUserMedia hands out. */
const withCamera = async (scene: string): Promise<{ browser: Browser; page: Page }> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...POSTURE_CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=out/posture-footage/${scene}.y4m`],
  });
  const context = await browser.newContext({ permissions: ['camera'], viewport: { width: 520, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as Probe;
    w.__streams = [];
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const stream = await open(c);
      w.__streams!.push(stream);
      return stream;
    };
  });
  return { browser, page };
};

const probeOf = (page: Page) => page.evaluate(() => (window as Probe).__unknotPosture!);
const liveTracks = (page: Page) => page.evaluate(() => ((window as Probe).__streams ?? []).flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);
const features = (frames: PostureFrame[]) => frames.filter((f): f is Extract<PostureFrame, { ok: true }> => f.ok).map((f) => f.features);
const median = (fs: PostureFeatures[], key: keyof PostureFeatures) => [...fs.map((f) => f[key])].sort((a, b) => a - b)[Math.floor(fs.length / 2)]!;

test('bursts: the camera opens, three frames are read, and every track is stopped until the next burst', async () => {
  const { browser, page } = await withCamera('seated');
  try {
    await page.goto(`${BASE}/posture.html?mode=sense&sampling=burst-1min&every=12000`);
    await page.waitForFunction(() => ((window as Probe).__unknotPosture?.frames.length ?? 0) >= 3, null, { timeout: 30_000 });
    // Between bursts: released, the light would be off.
    await page.waitForFunction(() => (window as Probe).__unknotPosture?.cameraOpen === false);
    expect(await liveTracks(page)).toBe(0);
    await page.waitForFunction(() => ((window as Probe).__unknotPosture?.frames.length ?? 0) >= 6, null, { timeout: 40_000 });
    await page.waitForFunction(() => (window as Probe).__unknotPosture?.cameraOpen === false);
    expect(await liveTracks(page)).toBe(0);
    const probe = await probeOf(page);
    expect(probe.backend).toBe('wasm');
    expect(probe.cameraOpens).toBeGreaterThanOrEqual(2);
    const seen = features(probe.frames);
    expect(seen.length).toBe(probe.frames.length);
    expect(median(seen, 'earShoulderGap')).toBeGreaterThan(0.2);
  } finally {
    await browser.close();
  }
});

test('through the camera too, leaning in widens the shoulders and the head against sitting', async () => {
  const run = async (scene: string) => {
    const { browser, page } = await withCamera(scene);
    try {
      await page.goto(`${BASE}/posture.html?mode=sense&sampling=continuous&every=300`);
      await page.waitForFunction(() => ((window as Probe).__unknotPosture?.frames.length ?? 0) >= 4, null, { timeout: 30_000 });
      return features((await probeOf(page)).frames);
    } finally {
      await browser.close();
    }
  };
  const seated = await run('seated');
  const lean = await run('lean');
  expect(median(lean, 'shoulderWidth') / median(seated, 'shoulderWidth')).toBeGreaterThan(1.12);
  expect(median(lean, 'headSize') / median(seated, 'headSize')).toBeGreaterThan(1.12);
});

test('calibration: the mirrored picture with its points, 5 s of sitting become the baseline, then Recalibrate', async () => {
  const { browser, page } = await withCamera('seated');
  try {
    await page.goto(`${BASE}/posture.html?mode=calibrate`);
    await expect(page.getByTestId('posture-seeing')).toHaveAttribute('data-problem', 'none', { timeout: 30_000 });
    await expect(page.getByTestId('posture-seeing')).toContainText('can see your head, ears and shoulders');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let lit = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! > 60) lit++;
      return { width: c.width, lit: lit / (px.length / 4) };
    });
    expect(canvas.width).toBeGreaterThan(0);
    expect(canvas.lit).toBeGreaterThan(0.1);
    const started = Date.now();
    await page.getByRole('button', { name: 'Calibrate' }).click();
    await expect(page.getByTestId('posture-phase')).toHaveAttribute('data-phase', 'done', { timeout: 15_000 });
    expect(Date.now() - started).toBeGreaterThan(4_500);
    const baseline = (await probeOf(page)).baseline!;
    expect(baseline.earShoulderGap).toBeGreaterThan(0.2);
    expect(baseline.shoulderWidth).toBeGreaterThan(0.2);
    await expect(page.getByRole('button', { name: 'Recalibrate' })).toBeEnabled();
  } finally {
    await browser.close();
  }
});
