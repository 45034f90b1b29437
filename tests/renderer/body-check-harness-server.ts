import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Bundles tests/renderer/body-check-harness.ts with the app's own Vite setup (mode web) into
 * out/<name>; each spec file builds its own folder, so parallel workers never share one.
 */
export const buildHarness = async (name: string): Promise<string> => {
  // One folder per worker process: with fullyParallel, two workers run a file's beforeAll at once,
  // and building into one folder raced (a page half-written when the other worker loaded it).
  const outDir = path.resolve('out', `${name}-${process.pid}`);
  await build({
    configFile: false,
    mode: 'web',
    logLevel: 'silent',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome140',
      rollupOptions: { input: path.resolve('tests/renderer/body-check-harness.ts'), output: { entryFileNames: 'harness.js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name][extname]' } },
    },
  });
  return outDir;
};

/** Serves the built harness under /__routine/ on the preview's origin, with the app's CSP, by intercepting requests. */
export const serveHarness = async (page: Page, outDir: string) => {
  const styles = readdirSync(outDir).filter((f) => f.endsWith('.css'));
  const html = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Unknot</title>${styles.map((s) => `<link rel="stylesheet" href="./${s}">`).join('')}</head><body><div id="root"></div><script type="module" src="./harness.js"></script></body></html>`;
  await page.route('**/__routine/**', async (route) => {
    const url = new URL(route.request().url());
    const file = url.pathname.replace(/^\/__routine\/?/, '');
    if (file === '' || file === 'index.html') return route.fulfill({ contentType: 'text/html', body: html });
    const full = path.join(outDir, path.normalize(file));
    if (!full.startsWith(outDir)) return route.fulfill({ status: 404 });
    try {
      return await route.fulfill({ contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream', body: readFileSync(full) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
};
