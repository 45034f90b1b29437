import { join } from 'node:path';

/** Where the built pieces live, relative to the bundled main script (out/main). */
export const appPaths = (mainDir: string, appRoot: string) => ({
  preload: join(mainDir, '..', 'preload', 'index.cjs'),
  rendererHtml: join(mainDir, '..', 'renderer', 'index.html'),
  assets: join(appRoot, 'assets'),
});
