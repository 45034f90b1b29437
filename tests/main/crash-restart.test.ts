import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineStateSchema } from '../../main/core/engine/state-schema';
import { parseHistory } from '../../main/core/history/parse';
import { bundleChild } from '../helpers/bundle-child';

/** How many times the test kills the app core; `npm run bench` reports the same figure. */
export const KILLS = 100;
const CHILD = join(process.cwd(), 'out', 'test-fixtures', 'crash-child.mjs');

// Bundled once, so each of the hundred starts takes milliseconds rather than a TypeScript compile.
beforeAll(() => bundleChild(CHILD, { entryPoints: ['tests/fixtures/crash-child.ts'] }));

/** Starts the child, waits until it is working, lets it run a random moment, then SIGKILLs it. */
const runAndKill = (dir: string, runMs: number) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir], { env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) setTimeout(() => child.kill('SIGKILL'), runMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out.trim()) : reject(new Error(`child exited ${code}: ${err}`))));
  });

describe('crash and restart', () => {
  it(`SIGKILL at random moments ${KILLS} times: schedule, settings and history survive, at most one record lost per kill`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-crash-'));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ breaks: { posture: { everyMinutes: 25 } }, noticeSeconds: 20 }));
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let previousRecords = 0;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const said = await runAndKill(dir, Math.floor(random() * 30));
      expect(said).toMatch(/^ready /);
      const history = parseHistory(existsSync(join(dir, 'history.jsonl')) ? readFileSync(join(dir, 'history.jsonl'), 'utf8') : '');
      // Every kill may tear the one line being written; nothing else is ever lost.
      expect(history.skipped.length).toBeLessThanOrEqual(kill);
      expect(history.records.length).toBeGreaterThanOrEqual(previousRecords);
      previousRecords = history.records.length;
      if (!existsSync(join(dir, 'engine-state.json'))) continue; // killed before its first save
      const state = engineStateSchema.safeParse(JSON.parse(readFileSync(join(dir, 'engine-state.json'), 'utf8')));
      expect(state.success).toBe(true);
      const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
      expect(settings.breaks.posture.everyMinutes).toBe(25);
      expect(settings.noticeSeconds).toBe(20);
    }
    // Kills landed while records were being written. Each record and state save is flushed to disk
    // before the next (storage/durable-write.ts), so a run fits fewer than the unflushed bursts did.
    expect(previousRecords).toBeGreaterThan(KILLS / 2);
  }, 180_000);
});
