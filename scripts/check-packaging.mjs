// Checks electron-builder's configuration offline: packages a directory build for Linux against
// a stand-in Electron folder (the real binary cannot be downloaded here) and asserts what the
// archive holds: the built app, its assets and runtime dependencies; no sources, tests or maps.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asar from '@electron/asar';

const fail = (message) => {
  console.error(`packaging check: ${message}`);
  process.exit(1);
};
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
chmodSync(join(dist, 'electron'), 0o755);
writeFileSync(join(dist, 'version'), `${electronVersion}\n`);

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) fail('npm run build failed');
const pack = spawnSync(
  'npx',
  ['electron-builder', '--linux', 'dir', '--config', 'electron-builder.yml', `-c.electronDist=${dist}`, `-c.electronVersion=${electronVersion}`, '--publish', 'never'],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_BUILDER_7ZIP_PATH: process.env.ELECTRON_BUILDER_7ZIP_PATH ?? '/usr/bin/7za' } },
);
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
console.log(`packaging check: ${unpacked} holds unknot and app.asar (${files.length} files: ${own.length} of the app's own, the rest runtime dependencies); no sources, tests or source maps`);
