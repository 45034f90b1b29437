import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { postureAssets } from './renderer/posture/vite-posture-assets';

// The posture page alone (renderer/posture.html), for its own browser tests and the bench, so they
// need not rebuild the whole renderer; the app's build adds the same plugin and entry to vite.config.ts.
/** `vite preview` also serves the test footage (scripts/make-posture-footage.mjs) at /footage/, for the tests' `?video=`. */
const footage = (): Plugin => ({
  name: 'unknot-posture-footage',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const name = /^\/footage\/([\w-]+\.(?:webm|y4m))$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
      if (!name) return next();
      readFile(`out/posture-footage/${name}`).then(
        (body) => res.setHeader('Content-Type', name.endsWith('.webm') ? 'video/webm' : 'application/octet-stream').end(body),
        () => next(),
      );
    });
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  mode: 'web',
  plugins: [react(), postureAssets((path) => readFile(path)), footage()],
  build: {
    outDir: '../out/posture-web',
    emptyOutDir: true,
    target: 'chrome140',
    rollupOptions: { input: { posture: fileURLToPath(new URL('./renderer/posture.html', import.meta.url)) } },
  },
  preview: { port: 4174, strictPort: true },
});
