/**
 * `npm run screenshots`: photographs the break window from the browser preview, in the light and
 * dark themes, into docs/ for the README. Needs `npm run build:web` first and Debian's chromium.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.config.ts', '--mode', 'web', '--host', '127.0.0.1', '--port', '4174', '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 440, height: 600 }, colorScheme: scheme, deviceScaleFactor: 2 });
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await page.goto('http://127.0.0.1:4174/#/break');
    await page.clock.pauseAt(new Date('2026-03-02T09:00:05Z'));
    await page.getByRole('button', { name: 'Take a break now' }).click();
    await page.clock.runFor(17_000);
    await page.evaluate(() => document.querySelector<HTMLElement>('.harness')?.style.setProperty('display', 'none'));
    await page.screenshot({ path: `docs/break-window-${scheme}.png` });
    await page.close();
  }
  const progress = await browser.newPage({ viewport: { width: 720, height: 900 }, colorScheme: 'light' });
  await progress.goto('http://127.0.0.1:4174/?seed=demo#/progress');
  await progress.getByRole('heading', { name: 'Your progress' }).waitFor();
  await progress.getByRole('button', { name: '30 days' }).click();
  await progress.evaluate(() => document.querySelector<HTMLElement>('.harness')?.style.setProperty('display', 'none'));
  await progress.waitForTimeout(300);
  await progress.screenshot({ path: 'docs/progress.png' });
  await browser.close();
  console.log('wrote docs/break-window-light.png, docs/break-window-dark.png and docs/progress.png');
} finally {
  // npx starts vite as a child: end the whole process group.
  process.kill(-server.pid!);
}
