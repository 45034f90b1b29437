import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preparedQuery } from '../../main/core/ipc/break-info';

type Manifest = Record<string, { file: string; css?: string[]; imports?: string[] }>;

/**
 * Gzipped bytes of the JavaScript and CSS the break window loads: the renderer's entry chunk and
 * its static imports (the other windows' views are separate chunks, loaded only by them).
 */
export const rendererGzipBytes = (dir = 'out/renderer'): { js: number; css: number; lazy: number } => {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  const sizes = { js: 0, css: 0, lazy: 0 };
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  for (const file of files) sizes[file.endsWith('.css') ? 'css' : 'js'] += gz(file);
  for (const file of readdirSync(join(dir, 'assets'))) if (!files.has(`assets/${file}`)) sizes.lazy += gz(`assets/${file}`);
  return sizes;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A stand-in for the preload's bridge with one posture break open, as the break window sees it. */
// Kept as source text: a bundled function would carry the bundler's helpers into the page.
const STUB_BRIDGE = `
  const now = Date.now();
  const info = { kind: 'posture', technique: 'upper-arm-hold', startedAt: now, endsAt: now + 40000, heldAt: null, heldMs: 0, snoozeMinutes: 10, snoozeAllowed: true };
  const settings = { app: { language: 'en', chime: false, onboarded: true } };
  const ok = (value) => Promise.resolve({ ok: true, value });
  window.unknot = {
    getBreak: () => ok(info),
    getSettings: () => ok(settings),
    breakAction: () => ok({ ok: true }),
    updateSettings: () => ok(settings),
    on: () => () => undefined,
  };
`;

/**
 * Milliseconds from navigation to the first step of a break on screen, in Debian's Chromium,
 * over `loads` fresh loads of the app's own renderer build from file://, as the break window
 * loads it, with a stand-in bridge.
 */
export const firstStepMs = async (loads = 20): Promise<{ median: number; worst: number }> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
  const url = pathToFileURL(resolve('out/renderer/index.html')).toString() + '#/break';
  const times: number[] = [];
  for (let i = 0; i < loads + 1; i += 1) {
    const page = await browser.newPage();
    await page.addInitScript({ content: STUB_BRIDGE });
    await page.goto(url);
    await page.getByTestId('step').waitFor();
    const ms = await page.evaluate(() => performance.getEntriesByName('unknot:first-step')[0]!.startTime);
    if (i > 0) times.push(ms); // the first load warms the disk cache
    await page.close();
  }
  await browser.close();
  return { median: median(times), worst: Math.max(...times) };
};

/**
 * The break window made at the notice (main/windows/break-window.ts `prepare`): the app's build
 * loads with the upcoming break in its URL and a bridge that has no open break yet, while the
 * document is `visibility: hidden`, standing in for the hidden window. `__reveal` then does what
 * main does at break-open (show, then breakChanged) and times up to the next animation frame.
 * An upper bound: a hidden Electron window has already painted, here the reveal pays for paint.
 */
const PREPARED_STUB = `
  const now = Date.now();
  const info = { kind: 'posture', technique: 'upper-arm-hold', startedAt: now, endsAt: now + 40000, heldAt: null, heldMs: 0, snoozeMinutes: 10, snoozeAllowed: true };
  const settings = { app: { language: 'en', chime: false, onboarded: true } };
  const ok = (value) => Promise.resolve({ ok: true, value });
  const listeners = [];
  window.unknot = {
    getBreak: () => ok(null),
    // The app asks for settings before it renders anything; the document exists by then.
    getSettings: () => ((document.documentElement.style.visibility = 'hidden'), ok(settings)),
    breakAction: () => ok({ ok: true }),
    updateSettings: () => ok(settings),
    on: (event, listener) => (event === 'breakChanged' && listeners.push(listener), () => undefined),
  };
  window.__reveal = () => {
    const start = performance.now();
    document.documentElement.style.visibility = '';
    listeners.forEach((listener) => listener(info));
    return new Promise((resolve) => requestAnimationFrame(() => {
      const step = document.querySelector('[data-testid="step"]');
      resolve({ ms: performance.now() - start, visible: step ? step.checkVisibility({ visibilityProperty: true }) : false });
    }));
  };
`;

/**
 * Milliseconds from break-open to the first step on screen for the prepared window: from the
 * reveal to the animation frame that paints it, over `loads` pages (goal: one frame, ~16.7 ms).
 */
export const preparedRevealMs = async (loads = 20): Promise<{ median: number; worst: number }> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
  const upcoming = { kind: 'posture' as const, technique: 'upper-arm-hold', startedAt: 0, endsAt: 40_000, heldAt: null, heldMs: 0, snoozeMinutes: 10, snoozeAllowed: true };
  const url = `${pathToFileURL(resolve('out/renderer/index.html')).toString()}?${new URLSearchParams(preparedQuery(upcoming))}#/break`;
  const times: number[] = [];
  for (let i = 0; i < loads + 1; i += 1) {
    const page = await browser.newPage();
    await page.addInitScript({ content: PREPARED_STUB });
    await page.goto(url);
    await page.getByTestId('step').waitFor({ state: 'attached' });
    // Prepared 30 s ahead: let the hidden page settle as it would during the notice.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const result = await page.evaluate(() => (window as unknown as { __reveal: () => Promise<{ ms: number; visible: boolean }> }).__reveal());
    if (!result.visible) throw new Error('the prepared page did not show its first step when revealed');
    if (i > 0) times.push(result.ms);
    await page.close();
  }
  await browser.close();
  return { median: median(times), worst: Math.max(...times) };
};
