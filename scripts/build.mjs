// Builds the app: main (ESM, dependencies left to node_modules), preload (CommonJS, as sandboxed
// preloads must be), and the renderer through Vite. `--watch` rebuilds main and preload on change.
import { context, build } from 'esbuild';
import { build as viteBuild } from 'vite';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: 'linked', logLevel: 'info' };
const targets = [
  { ...common, entryPoints: ['main/index.ts'], outfile: 'out/main/index.mjs', format: 'esm', packages: 'external' },
  { ...common, entryPoints: ['main/preload.ts'], outfile: 'out/preload/index.cjs', format: 'cjs', external: ['electron'] },
];

if (watch) {
  for (const options of targets) await (await context(options)).watch();
  await viteBuild({ configFile: 'vite.config.ts', mode: 'production', build: { watch: {} } });
} else {
  await Promise.all(targets.map((options) => build(options)));
  await viteBuild({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
}
