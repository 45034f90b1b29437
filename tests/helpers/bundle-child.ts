import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/**
 * Bundles a test's child process into one ESM file with esbuild, so each start of the child takes
 * milliseconds instead of a TypeScript compile. `require` is provided for the CommonJS packages the
 * app bundles (electron-store's dependencies); `electron` stays external (the child never loads it).
 */
export const bundleChild = async (outfile: string, source: Pick<BuildOptions, 'entryPoints' | 'stdin'>): Promise<string> => {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    ...source,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['electron'],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
};
