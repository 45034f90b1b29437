import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

type Output = Rolldown.RolldownOutput;
type Chunk = Extract<Output['output'][number], { type: 'chunk' }>;

/**
 * The chunks allowed to hold zod, because they validate something. Views never do: every call is
 * parsed by the main process (main/ipc) against the contract. The browser preview's in-memory
 * bridge stands in for main and parses every call the same way, so it may.
 */
const VALIDATING_CHUNKS = new Set(['preview-bridge']);

const ZOD_MODULE = `${path.sep}node_modules${path.sep}zod${path.sep}`;

/** Chunks whose bundled modules include zod, with the zod code's size in bytes. */
const chunksWithZod = (output: Output) =>
  output.output
    .filter((file): file is Chunk => file.type === 'chunk')
    .map((chunk) => ({
      name: chunk.name,
      zodBytes: Object.entries(chunk.modules)
        .filter(([id]) => id.includes(ZOD_MODULE) || id.includes('/node_modules/zod/'))
        .reduce((sum, [, m]) => sum + m.renderedLength, 0),
      // A second, independent sign: zod's own class name in the emitted code.
      saysZodError: chunk.code.includes('ZodError'),
    }))
    .filter((c) => c.zodBytes > 0 || c.saysZodError);

const buildRenderer = async (mode: 'production' | 'web'): Promise<Output> => {
  const result = await build({ configFile: path.resolve('vite.config.ts'), mode, logLevel: 'silent', build: { write: false, sourcemap: false } });
  return (Array.isArray(result) ? result[0] : result) as Output;
};

describe('zod stays out of views that validate nothing', () => {
  it.each(['production', 'web'] as const)('the %s renderer build: only validating chunks hold zod', async (mode) => {
    const offenders = chunksWithZod(await buildRenderer(mode)).filter((c) => !VALIDATING_CHUNKS.has(c.name));
    expect(offenders, 'move the constant the chunk needs into a schema-free module in main/core').toEqual([]);
  }, 120_000);

  it('the app build keeps the self-check view small (it held 84 KB of zod before)', async () => {
    const output = await buildRenderer('production');
    const view = output.output.find((file): file is Chunk => file.type === 'chunk' && file.name === 'self-check-view');
    expect(view).toBeDefined();
    expect(view!.code.length).toBeLessThan(5_000);
  }, 120_000);

  it('catches a view that imports a constant from a schema module', async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, lib: { entry: path.resolve('tests/lint/fixtures/schema-constant-view.ts'), formats: ['es'], fileName: 'schema-constant-view' } },
    });
    const found = chunksWithZod((Array.isArray(result) ? result[0] : result) as Output);
    expect(found.map((c) => c.name)).toEqual(['schema-constant-view']);
    expect(found[0]!.zodBytes).toBeGreaterThan(20_000);
  }, 120_000);
});
