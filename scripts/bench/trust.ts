import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the fuzz, crash-restart and leak tests once and reports what they did and how long they took. */
export const trustFigures = () => {
  const out = join(mkdtempSync(join(tmpdir(), 'unknot-bench-')), 'trust.json');
  spawnSync('npx', ['vitest', 'run', 'tests/main/ipc/ipc-fuzz.test.ts', 'tests/main/crash-restart.test.ts', 'tests/main/leaks.test.ts', '--reporter=json', `--outputFile=${out}`], { stdio: 'ignore' });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { testResults: { assertionResults: { title: string; status: string; duration: number }[] }[] };
  return report.testResults.flatMap((file) => file.assertionResults).map((t) => ({ title: t.title, status: t.status, seconds: t.duration / 1000 }));
};
