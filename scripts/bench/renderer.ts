import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

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
