import { defineConfig } from '@playwright/test';

// Renderer tests: the browser preview (npm run build:web) served locally, driven in Debian's
// Chromium. Never `playwright install`: the system browser is the one we test in.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/renderer',
  // The posture page's camera tests need their own Chromium flags and server (playwright.posture.config.ts).
  testIgnore: /posture-(footage|camera)\.spec\.ts$/,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'out/test-results/renderer.json' }]],
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 420, height: 600 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx vite preview --config vite.config.ts --mode web --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
