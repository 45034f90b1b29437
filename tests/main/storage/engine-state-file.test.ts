import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const writes: Array<{ flush: boolean | undefined }> = [];
vi.mock('../../../main/storage/durable-write', async (original) => {
  const real = await original<typeof import('../../../main/storage/durable-write')>();
  return {
    ...real,
    writeFileDurably: (file: string, data: string, options?: { flush?: boolean }) => {
      writes.push({ flush: options?.flush });
      real.writeFileDurably(file, data, options);
    },
  };
});
const { engineStateFile } = await import('../../../main/storage/engine-state-file');
const { initialState } = await import('../../../main/core/engine/step');
const { configWith, T0 } = await import('../../helpers/engine');

describe('the engine state file', () => {
  it('is rewritten on every change but flushed to disk only when more than the clock moved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-state-'));
    const file = engineStateFile(dir, vi.fn());
    const start = initialState(T0, configWith());
    file.save(start);
    // A minute tick: only the clock and the counted active time move.
    const ticked = { ...start, lastAt: start.lastAt + 60_000, active: { ...start.active, posture: start.active.posture + 60_000 } };
    file.save(ticked);
    // A snooze: something the person did, which must survive a power cut.
    const snoozed = { ...ticked, snoozesInARow: 1 };
    file.save(snoozed);
    expect(writes.map((w) => w.flush)).toEqual([true, false, true]);
    expect(JSON.parse(readFileSync(join(dir, 'engine-state.json'), 'utf8'))).toMatchObject({ snoozesInARow: 1, lastAt: ticked.lastAt });
    expect(file.load()).toMatchObject({ snoozesInARow: 1 });
  });
});
