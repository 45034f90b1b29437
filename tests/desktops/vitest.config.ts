import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The real-desktop suites alone: `npx vitest run -c tests/desktops/vitest.config.ts`. Each file
// starts its own desktop from ../shared/desktops (Plasma takes ~35 s), so files run one at a time.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/desktops/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
