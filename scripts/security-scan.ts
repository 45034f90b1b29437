// `npm run security:scan`: the Electron security scanner (electronegativity, pinned in the
// lockfile as a devDependency, so CI runs the same scanner and dependency tree every time) over
// main/. Fails on any finding not reviewed and justified in .ci/electronegativity-reviewed.json.
// A report that does not parse means the scan did not run: it is retried once, then the gate
// fails saying so — it is never counted as a finding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, parseReport, type Reviewed } from './security-report';

const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const bin = join('node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');

const scanOnce = () => {
  const dir = mkdtempSync(join(tmpdir(), 'eneg-'));
  const report = join(dir, 'report.sarif');
  try {
    const run = spawnSync(bin, ['-i', 'main', '-e', electronVersion, '-r', '-o', report], { encoding: 'utf8', timeout: 5 * 60_000, shell: process.platform === 'win32' });
    if (run.error || run.status !== 0) return { ok: false as const, error: `electronegativity exited ${run.status ?? run.error?.message}: ${(run.stderr ?? '').trim().slice(-400)}` };
    let text: string;
    try {
      text = readFileSync(report, 'utf8');
    } catch {
      return { ok: false as const, error: 'electronegativity wrote no report' };
    }
    return parseReport(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

let result = scanOnce();
if (!result.ok) {
  console.log(`security scan: the report could not be read (${result.error}); running the scan once more`);
  result = scanOnce();
}
if (!result.ok) {
  console.error(`security scan: the scan did not run — ${result.error}`);
  process.exit(1);
}
const reviewed = JSON.parse(readFileSync('.ci/electronegativity-reviewed.json', 'utf8')) as Reviewed[];
const verdict = judge(result.findings, reviewed);
for (const line of verdict.lines) console.log(line);
process.exit(verdict.pass ? 0 : 1);
