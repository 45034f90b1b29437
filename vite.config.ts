import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One renderer, two builds: the app's (mode production, loaded from file:// by Electron) and the
// browser preview's (mode web, with an in-memory bridge over the real core).
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: mode === 'web' ? '../out/web' : '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: mode === 'web',
    // The bench reads which files the break window loads first.
    manifest: true,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
}));
