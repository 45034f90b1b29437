import { defineConfig } from 'vitest/config';

// Core, adapter and lint tests run in plain Node. Electron is never loaded: adapter tests replace
// it with small fakes, and electron-store is inlined so it sees the fake too.
export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/boot/**/*.test.ts'],
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
