import { defineConfig } from '@playwright/test';

// The posture window's browser tests: its own page (vite.posture.config.ts) and footage made from a
// real photograph (scripts/make-posture-footage.mjs), served locally. Tests that need Chromium's fake
// camera launch their own browser, because the file it plays is a launch flag.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every posture test's Chromium gets; the fake-camera tests add theirs. */
export const POSTURE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The hidden posture window plays video without a user gesture.
  '--autoplay-policy=no-user-gesture-required',
];

export default defineConfig({
  testDir: 'tests/renderer',
  testMatch: /posture-(footage|camera)\.spec\.ts$/,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'out/test-results/renderer-posture.json' }]],
  timeout: 60_000,
  use: {
    baseURL: 'http://127.0.0.1:4174',
    viewport: { width: 520, height: 640 },
    launchOptions: { executablePath, args: POSTURE_CHROMIUM_ARGS },
  },
  webServer: {
    command:
      'npx vite build -c vite.posture.config.ts --logLevel warn && node scripts/make-posture-footage.mjs out/posture-footage >/dev/null && npx vite preview -c vite.posture.config.ts --host 127.0.0.1 --port 4174 --strictPort',
    url: 'http://127.0.0.1:4174/posture.html',
    reuseExistingServer: !process.env.CI,
    // Making the footage takes ~20 s on an idle 2-core machine, minutes under load; it is kept between runs.
    timeout: 300_000,
  },
});
