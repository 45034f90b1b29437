// `npm test`: everything that runs without an Electron binary, in order — type checks, lint,
// core/adapter/lint/boot tests (Vitest), the real-desktop tests, then the browser tests (Playwright in Debian's Chromium) —
// and one closing line counting every test. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'out/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const stages = [
  ['typecheck', 'npm run -s typecheck'],
  ['lint', 'npm run -s lint'],
  ['unit', `npx vitest run --reporter=default --reporter=json --outputFile.json=${results}/unit.json`],
  // Every Linux adapter against real GNOME Shell, KWin, Plasma and Xvfb+openbox (../shared/desktops);
  // each file starts its own desktop, so they run one at a time. Elsewhere each file says why it skipped.
  ['desktops', `npx vitest run -c tests/desktops/vitest.config.ts --reporter=default --reporter=json --outputFile.json=${results}/desktops.json`],
  ['build:web', 'npm run -s build:web'],
  ['renderer', 'npx playwright test -c playwright.config.ts'],
  // The posture window's page, the pose model in wasm, and footage made from a real photograph
  // through Chromium's fake camera (its own config: the camera file is a launch flag).
  ['posture', 'npx playwright test -c playwright.posture.config.ts'],
];

const counts = { passed: 0, failed: 0, skipped: 0 };
const tally = () => {
  for (const file of ['unit.json', 'desktops.json']) {
    try {
      const unit = JSON.parse(readFileSync(`${results}/${file}`, 'utf8'));
      counts.passed += unit.numPassedTests;
      counts.failed += unit.numFailedTests;
      counts.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
    } catch {
      /* the stage did not get that far */
    }
  }
  for (const file of ['renderer.json', 'renderer-posture.json']) {
    try {
      const { stats } = JSON.parse(readFileSync(`${results}/${file}`, 'utf8'));
      counts.passed += stats.expected + stats.flaky;
      counts.failed += stats.unexpected;
      counts.skipped += stats.skipped;
    } catch {
      /* the stage did not get that far */
    }
  }
};

let failedStage = null;
for (const [name, command] of stages) {
  console.log(`\n── ${name}: ${command}`);
  const run = spawnSync(command, { shell: true, stdio: 'inherit' });
  if (run.status !== 0) {
    failedStage = name;
    break;
  }
}
tally();
if (failedStage) console.log(`\nnpm test: stage "${failedStage}" failed`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStage ? 1 : 0);
