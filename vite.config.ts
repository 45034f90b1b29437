import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { postureAssets } from './renderer/posture/vite-posture-assets';

/**
 * The dev server only (`npm run dev:web`): Vite injects CSS as <style> elements and plugin-react
 * an inline preamble script, and HMR talks over a WebSocket to the page's own host, all of which
 * renderer/index.html's CSP refuses. Vite stamps `html.cspNonce` on every tag it injects (its
 * "Content Security Policy (CSP)" guide; vitejs/vite#16052), so the served page's policy allows
 * that one nonce and its own origin for the socket, and nothing more. Builds and `vite preview`
 * serve the file as written, with the strict policy the app has.
 */
const devServerCsp = (): Plugin => {
  const nonce = randomBytes(16).toString('base64');
  return {
    name: 'unknot-dev-csp',
    apply: (_config, env) => env.command === 'serve' && !env.isPreview,
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`)
        .replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`)
        .replace("connect-src 'none'", "connect-src 'self'"),
  };
};

// One renderer, two builds: the app's (mode production, loaded from file:// by Electron) and the
// browser preview's (mode web, with an in-memory bridge over the real core).
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  // postureAssets: the one pose model and the wasm runtime, copied beside the posture page (issue 14).
  plugins: [react(), devServerCsp(), postureAssets((path) => readFile(path))],
  build: {
    // UNKNOT_WEB_OUT lets parallel checkouts' browser tests build the preview side by side.
    outDir: mode === 'web' ? (process.env.UNKNOT_WEB_OUT ?? '../out/web') : '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: mode === 'web',
    // The bench reads which files the break window loads first.
    manifest: true,
    // Two pages: the app's, and the hidden posture window's, which alone loads the pose model.
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        posture: fileURLToPath(new URL('./renderer/posture.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
}));
