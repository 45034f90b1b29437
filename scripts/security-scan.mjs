// Runs the Electron security scanner (electronegativity, through npx so its own TypeScript stays
// apart from ours) over main/ and fails on any finding above informational that has not been
// reviewed and justified in .ci/electronegativity-reviewed.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const report = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'report.csv');
const run = spawnSync(
  'npx',
  ['--yes', '-p', '@doyensec/electronegativity@1.10.3', 'electronegativity', '-i', 'main', '-e', electronVersion, '-r', '-o', report],
  { encoding: 'utf8', cwd: process.cwd(), timeout: 5 * 60_000 },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('security scan: electronegativity did not run');
  process.exit(1);
}

const parseCsvLine = (line) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => (m[2] ?? m[1]).trim()).slice(0, -1);
const [, ...rows] = readFileSync(report, 'utf8').trim().split('\n');
const findings = rows.map(parseCsvLine).map(([check, severity, confidence, file, location, , description]) => ({ check, severity, confidence, file, location, description }));
const reviewed = JSON.parse(readFileSync('.ci/electronegativity-reviewed.json', 'utf8'));
const isReviewed = (f) => reviewed.some((r) => r.check === f.check && r.file === f.file);
const serious = findings.filter((f) => f.severity !== 'INFORMATIONAL');
const open = serious.filter((f) => !isReviewed(f));

console.log(`security scan: ${findings.length} finding(s), ${serious.length} above informational, ${serious.length - open.length} reviewed, ${open.length} open`);
for (const f of serious) console.log(`  ${isReviewed(f) ? 'reviewed' : 'OPEN    '} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location} — ${f.description}`);
process.exit(open.length > 0 ? 1 : 0);
