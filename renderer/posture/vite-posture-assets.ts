import type { Plugin } from 'vite';

/** The folder, next to the built pages, that holds the pose model and the wasm runtime. */
export const POSTURE_ASSET_DIR = 'posture-assets';

// Only the one model the posture window runs, and the tfjs wasm runtime at the exact version
// Human bundles (4.22.0). All three wasm builds ship: tfjs picks simd, or threaded-simd where the
// page is cross-origin isolated, or plain wasm on CPUs without SIMD.
const FILES: Record<string, string> = {
  'movenet-lightning.json': 'node_modules/@vladmandic/human/models/movenet-lightning.json',
  'movenet-lightning.bin': 'node_modules/@vladmandic/human/models/movenet-lightning.bin',
  'tfjs-backend-wasm.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm',
};

const TYPES: Record<string, string> = { json: 'application/json', bin: 'application/octet-stream', wasm: 'application/wasm' };

/**
 * Copies the pose model and the wasm files into the build (`posture-assets/`) and serves them in
 * `vite dev`, so the posture window loads them from the app's own files and never from a CDN.
 * `readFile` is injected by the Vite config so this renderer-side file needs no Node types.
 */
export const postureAssets = (readFile: (path: string) => Promise<Uint8Array>): Plugin => {
  // The Vite root is renderer/, one folder below the project where node_modules lives.
  let project = '';
  const read = (name: string) => readFile(`${project}/${FILES[name]}`);
  return {
    name: 'unknot-posture-assets',
    configResolved(config) {
      project = `${config.root}/..`;
    },
    async generateBundle() {
      for (const name of Object.keys(FILES)) this.emitFile({ type: 'asset', fileName: `${POSTURE_ASSET_DIR}/${name}`, source: await read(name) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/posture-assets\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '');
        const name = match?.[1];
        if (!name || !(name in FILES)) return next();
        read(name).then(
          (body) => {
            res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
            res.end(body);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
};
