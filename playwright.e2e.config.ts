import { defineConfig } from '@playwright/test';

// The Electron end-to-end suite: the real app through Playwright's _electron. It runs wherever
// an Electron binary exists (the GitHub Actions workflow) and says plainly why it skipped elsewhere.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
});
