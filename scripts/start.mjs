// `npm start`: launches the built app in Electron, or prints ONE line saying exactly what to run
// first. The decision is main/platform/sandbox.ts `decideStart` (pure, tested in
// tests/main/start-script.test.ts); this file only gathers the facts and spawns Electron.
// Electron 45 fetches its binary on first use (node_modules/electron/index.js), so a missing binary
// is fetched once here, quietly, before giving up with one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const sandbox = await tsImport('../main/platform/sandbox.ts', import.meta.url);
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const args = process.argv.slice(2);

// The same lookup node_modules/electron/index.js does, without its download-and-throw.
const findBinary = () => {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative && join(electronDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : undefined;
};

let electronBinary = findBinary();
let downloadError;
if (electronBinary === undefined) {
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' });
  if (install.status === 0) electronBinary = findBinary();
  else downloadError = `${install.stderr || install.stdout || install.error?.message || ''}`.split('\n').find((l) => l.trim())?.trim() ?? `exit ${install.status}`;
}

let restriction;
let profileAllowsUserns = false;
let sandboxHelper = '';
if (process.platform === 'linux' && electronBinary !== undefined) {
  sandboxHelper = join(dirname(electronBinary), 'chrome-sandbox');
  restriction = sandbox.userNamespaceRestriction(sandbox.readUserNamespaceFacts());
  if (restriction === undefined) {
    // /proc says nothing, yet a container's seccomp filter can still refuse; electron-builder's
    // AppRun uses the same probe. A missing `unshare` proves nothing either way.
    const probe = spawnSync('unshare', ['-Ur', 'true'], { stdio: 'ignore' });
    if (!probe.error && probe.status !== 0) restriction = 'this system refuses unprivileged user namespaces (`unshare -Ur true` failed)';
  }
  profileAllowsUserns = restriction !== undefined && sandbox.apparmorProfileAllowsUserns(electronBinary);
}

const decision = sandbox.decideStart({
  platform: process.platform,
  args,
  uid: process.getuid?.(),
  electronVersion,
  electronBinary,
  downloadError,
  sandboxHelper,
  helper: sandboxHelper ? sandbox.statHelper(sandboxHelper) : undefined,
  restriction,
  profileAllowsUserns,
});
if (!decision.run) {
  console.error(decision.line);
  process.exit(1);
}

const child = spawn(electronBinary, ['.', ...args], { stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Unknot can't start: ${electronBinary} failed to launch (${error.message}).`);
  process.exit(1);
});
// A shell reports death by signal N as 128 + N; keep that so callers see what happened.
child.on('close', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
