// Checks electron-builder's configuration offline: packages a directory build for Linux against
// a stand-in Electron folder (the real binary cannot be downloaded here) and asserts what the
// archive holds: the built app, its assets and runtime dependencies; no sources, tests or maps.
// Then runs the deb and AppImage targets, which stop where they fetch fpm / appimagetool: their
// metadata checks (homepage, author e-mail) run before that, so reaching the download proves they
// passed. The download goes to a loopback "mirror" (404 for everything) with an empty cache, so the
// run is offline and ends the same way on every machine, and the mirror's log shows the stage reached.
// The stand-in carries Electron's fuse wire with its defaults, so electron-builder's `electronFuses`
// flips it as in a real binary, and the packaged `unknot` is read back with @electron/fuses.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asar from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { EXPECTED_FUSES } from './expected-fuses.mjs';

const fail = (message) => {
  console.error(`packaging check: ${message}`);
  process.exit(1);
};
const appPackage = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
// Electron's fuse wire as @electron/fuses finds it (node_modules/@electron/fuses/dist/index.js): the
// sentinel, a version byte (1), a length byte, then one ASCII '0'/'1' per fuse in FuseV1Options order.
// The defaults are Electron's (docs/tutorial/fuses.md): RunAsNode on, CookieEncryption off,
// NodeOptions on, NodeCliInspect on, AsarIntegrity off, OnlyLoadAppFromAsar off, V8 snapshot off,
// GrantFileProtocolExtraPrivileges on, WasmTrapHandlers on. The shell never reads past `exit 0`.
const DEFAULT_WIRE = '101100011';
writeFileSync(
  join(dist, 'electron'),
  Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from('\n')]),
);
chmodSync(join(dist, 'electron'), 0o755);
writeFileSync(join(dist, 'version'), `${electronVersion}\n`);
const builderArgs = (target, output) => [
  'electron-builder', '--linux', target, '--config', 'electron-builder.yml', `-c.electronDist=${dist}`, `-c.electronVersion=${electronVersion}`,
  ...(output ? [`-c.directories.output=${output}`] : []), '--publish', 'never',
];
const builderEnv = { ...process.env, ELECTRON_BUILDER_7ZIP_PATH: process.env.ELECTRON_BUILDER_7ZIP_PATH ?? '/usr/bin/7za' };

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) fail('npm run build failed');
const pack = spawnSync('npx', builderArgs('dir'), { stdio: 'inherit', env: builderEnv });
if (pack.status !== 0) fail('electron-builder failed');

const unpacked = 'release/linux-unpacked';
for (const file of ['unknot', 'resources/app.asar']) if (!existsSync(join(unpacked, file))) fail(`${file} is missing from ${unpacked}`);
const files = asar.listPackage(join(unpacked, 'resources/app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
const own = files.filter((f) => !f.includes('/node_modules/'));
const required = ['/package.json', '/out/main/index.mjs', '/out/preload/index.cjs', '/out/renderer/index.html', '/assets/icon.png', '/assets/tray/tray.png', '/assets/tray/trayTemplate@2x.png', '/assets/techniques/upper-arm-hold.svg'];
for (const file of required) if (!files.includes(file)) fail(`the archive lacks ${file}`);
for (const dep of ['electron-store', 'zod', 'electron-log', 'dbus-next']) if (!files.includes(`/node_modules/${dep}/package.json`)) fail(`the archive lacks the runtime dependency ${dep}`);
const forbidden = own.filter((f) => /\.(ts|tsx|map)$/.test(f) || /^\/(main|renderer|tests|scripts|docs)\//.test(f) || f.includes('/node_modules/electron/'));
if (forbidden.length > 0) fail(`the archive holds files it should not: ${forbidden.slice(0, 5).join(', ')}`);
const pkg = JSON.parse(asar.extractFile(join(unpacked, 'resources/app.asar'), 'package.json').toString());
if (pkg.main !== 'out/main/index.mjs' || pkg.productName !== 'Unknot') fail('package.json in the archive has the wrong main or productName');
// Electron takes the Wayland app_id (and the .desktop GNOME's portal ties global shortcuts to) from it.
if (pkg.desktopName !== 'unknot.desktop') fail(`package.json in the archive has desktopName ${JSON.stringify(pkg.desktopName)}, not "unknot.desktop"`);

// --- fuses: electron-builder flipped the packaged binary's wire as electron-builder.yml says ---
const wire = await getCurrentFuseWire(join(unpacked, 'unknot'));
const expectedFuses = EXPECTED_FUSES;
const fuseProblems = Object.entries(expectedFuses).flatMap(([name, on]) => {
  const actual = wire[FuseV1Options[name]];
  return actual === (on ? FuseState.ENABLE : FuseState.DISABLE) ? [] : [`${name} is ${actual === undefined ? 'missing' : String.fromCharCode(actual)}, expected ${on ? 'on' : 'off'}`];
});
if (fuseProblems.length > 0) fail(`the packaged binary's fuses are not as electron-builder.yml sets them: ${fuseProblems.join('; ')}`);
// A stand-in still carrying the default wire would pass only if the config matched the defaults; it does not.
const flipped = Object.keys(expectedFuses).filter((name) => DEFAULT_WIRE[FuseV1Options[name]] !== String.fromCharCode(wire[FuseV1Options[name]]));
console.log(`packaging check: fuses in ${unpacked}/unknot: ${Object.entries(expectedFuses).map(([n, on]) => `${n} ${on ? 'on' : 'off'}`).join(', ')} (${flipped.length} flipped from Electron's defaults)`);
console.log(`packaging check: ${unpacked} holds unknot and app.asar (${files.length} files: ${own.length} of the app's own, the rest runtime dependencies); no sources, tests or source maps; desktopName ${pkg.desktopName}`);

// --- deb and AppImage: metadata checks pass, the run reaches the tool download ---
const requested = [];
const mirror = createServer((request, response) => {
  requested.push(request.url ?? '');
  response.writeHead(404).end();
});
await new Promise((resolve) => mirror.listen(0, '127.0.0.1', resolve));
const mirrorUrl = `http://127.0.0.1:${mirror.address().port}/`;

/** Runs one Linux target into its own folder; resolves with its exit status and all it printed. */
const cache = mkdtempSync(join(tmpdir(), 'eb-cache-'));
const runTarget = (target, output) =>
  new Promise((resolve) => {
    const child = spawn('npx', builderArgs(target, output), {
      // DEBUG keeps the AppImage staging folder (.desktop, AppRun) after the failure (targetUtil.js StageDir.cleanup).
      env: { ...builderEnv, DEBUG: 'electron-builder', ELECTRON_BUILDER_BINARIES_MIRROR: mirrorUrl, ELECTRON_BUILDER_CACHE: cache },
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('close', (status) => resolve({ status, text }));
  });

const readText = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : fail(`${file} was not written`));
const checks = {
  deb: {
    tool: /\/fpm-[^/]*\.7z$/,
    inspect: (output) => {
      // electron-builder's deb installs this as /etc/apparmor.d/unknot (after-install.tpl), so on
      // Ubuntu 24.04 the installed app may create user namespaces and keeps Chromium's sandbox.
      const profile = readText(join(output, 'linux-unpacked/resources/apparmor-profile'));
      if (!profile.includes('"/opt/Unknot/unknot"') || !/^\s*userns,/m.test(profile)) fail(`the deb's AppArmor profile does not grant userns to /opt/Unknot/unknot:\n${profile}`);
      return 'AppArmor profile grants userns to /opt/Unknot/unknot';
    },
  },
  AppImage: {
    tool: /\/appimage[^/]*\.(7z|tar\.gz)$/,
    inspect: (output) => {
      const stage = readdirSync(output).find((name) => name.startsWith('__appImage-'));
      if (!stage) fail(`no AppImage staging folder in ${output}`);
      const entry = readText(join(output, stage, 'unknot.desktop'));
      const expected = { Name: 'Unknot', StartupWMClass: appPackage.desktopName.replace(/\.desktop$/, ''), Exec: 'AppRun %U' };
      for (const [key, value] of Object.entries(expected)) {
        if (!entry.split('\n').includes(`${key}=${value}`)) fail(`the AppImage's .desktop lacks ${key}=${value}:\n${entry}`);
      }
      // The sandbox is dropped only where the kernel refuses user namespaces (electron-builder#9590).
      const appRun = readText(join(output, stage, 'AppRun'));
      if (!appRun.includes('! unshare -Ur true') || !appRun.includes('NO_SANDBOX=(--no-sandbox)')) fail('the AppImage AppRun lacks the user-namespace probe that adds --no-sandbox only when needed');
      return `.desktop has ${Object.entries(expected).map(([k, v]) => `${k}=${v}`).join(', ')}; AppRun adds --no-sandbox only when \`unshare -Ur true\` fails`;
    },
  },
};

for (const [target, check] of Object.entries(checks)) {
  const output = mkdtempSync(join(tmpdir(), `release-${target}-`));
  const before = requested.length;
  const { status, text } = await runTarget(target, output);
  const metadataErrors = text.split('\n').filter((line) => /Please specify|is missed|is required/i.test(line)).map((line) => line.trim());
  if (metadataErrors.length > 0) fail(`${target}: electron-builder's metadata checks failed:\n${metadataErrors.join('\n')}`);
  const reached = requested.slice(before).some((url) => check.tool.test(url));
  if (status === 0) fail(`${target}: electron-builder succeeded although every tool download was refused; this check no longer proves what it says:\n${text}`);
  if (!reached) fail(`${target}: electron-builder stopped before downloading its tool (exit ${status}):\n${text}`);
  console.log(`packaging check: ${target} passed electron-builder's metadata checks and reached the tool download (${requested.slice(before).join(', ')}); ${check.inspect(output)}`);
  rmSync(output, { recursive: true, force: true });
}
mirror.close();
for (const dir of [dist, cache]) rmSync(dir, { recursive: true, force: true });
