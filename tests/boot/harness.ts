/**
 * Runs the real built main process (out/main/index.mjs) in plain Node with `electron` resolved to
 * the typed fake in tests/boot/fake, on a throw-away profile, and follows what it does through the
 * fake's event file, its stdout/stderr and its log.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { BootEvent } from './fake/recorder';

export type { BootEvent };

const root = process.cwd();
const FAKE_DIR = join(root, 'out', 'boot-fake');
/** The built main process the boot test runs. */
export const MAIN = join(root, 'out', 'main', 'index.mjs');

/** Builds the app exactly as `npm run build` does (no Electron binary, no display), then the fake. */
export const buildAppAndFake = async (): Promise<void> => {
  const app = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (app.status !== 0) throw new Error(`npm run build failed:\n${app.stdout}\n${app.stderr}`);
  mkdirSync(FAKE_DIR, { recursive: true });
  await build({
    entryPoints: { electron: 'tests/boot/fake/electron.ts', hooks: 'tests/boot/fake/hooks.ts', register: 'tests/boot/fake/register.ts' },
    outdir: FAKE_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'silent',
  });
};

/** One running (or finished) boot of the app. */
export interface Boot {
  userData: string;
  events: () => BootEvent[];
  stdout: () => string;
  stderr: () => string;
  /** The app's own log file (electron-log), or '' before it exists. */
  log: () => string;
  /** Resolves with the first event that matches, or rejects after `timeoutMs` naming what was seen. */
  waitFor: (type: string, match?: (event: BootEvent) => boolean, timeoutMs?: number) => Promise<BootEvent>;
  /** Sends a command line to the fake ("click break-now-posture", "quit"). */
  send: (line: string) => void;
  /** Resolves when the process has ended; rejects after `timeoutMs` (and kills it). */
  exit: (timeoutMs?: number) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: () => void;
}

/** What a boot may share with an earlier one. */
export interface BootOptions {
  /** Start on this profile (an earlier boot's `userData`), e.g. to see what the app remembers across starts. */
  userData?: string;
}

/**
 * Starts the app. The environment is built from nothing (no XDG, D-Bus, display or Wayland
 * variables from the machine running the test) and HOME is a fresh folder, so the app cannot
 * touch the real desktop or profile; `env` adds what a case needs (a real desktop's env.sh, say).
 */
export const startBoot = (env: Record<string, string> = {}, args: string[] = [], options: BootOptions = {}): Boot => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-boot-'));
  const userData = options.userData ?? join(dir, 'profile');
  const eventsFile = join(dir, 'events.jsonl');
  // Windows cannot start a process without these (no desktop state lives in them).
  const windowsBasics = Object.fromEntries(['SystemRoot', 'SYSTEMROOT', 'windir', 'TEMP', 'TMP', 'ComSpec', 'PATHEXT'].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
  const child: ChildProcess = spawn(process.execPath, ['--import', pathToFileURL(join(FAKE_DIR, 'register.mjs')).href, MAIN, ...args], {
    cwd: root,
    env: { ...(process.platform === 'win32' && windowsBasics), PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(dir, 'home'), USERPROFILE: join(dir, 'home'), LANG: 'C.UTF-8', UNKNOT_USER_DATA: userData, UNKNOT_BOOT_EVENTS: eventsFile, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  child.stdin!.on('error', () => undefined);
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void ended.then(() => (done = true));

  const events = (): BootEvent[] =>
    existsSync(eventsFile)
      ? readFileSync(eventsFile, 'utf8')
          .split('\n')
          .filter((line) => line.endsWith('}'))
          .map((line) => JSON.parse(line) as BootEvent)
      : [];
  const seen = () => events().map((e) => e.type).join(', ');

  return {
    userData,
    events,
    stdout: () => out,
    stderr: () => err,
    log: () => (existsSync(join(userData, 'logs', 'main.log')) ? readFileSync(join(userData, 'logs', 'main.log'), 'utf8') : ''),
    waitFor: (type, match = () => true, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          const found = events().find((e) => e.type === type && match(e));
          if (found) return resolve(found);
          if (done || Date.now() - started > timeoutMs) {
            return reject(new Error(`no "${type}" event ${done ? 'before the app ended' : `within ${timeoutMs} ms`}; seen: ${seen()}\nstderr: ${err}`));
          }
          setTimeout(poll, 20);
        };
        poll();
      }),
    send: (line) => {
      child.stdin!.write(`${line}\n`);
    },
    exit: (timeoutMs = 20_000) =>
      Promise.race([
        ended,
        new Promise<never>((_, reject) =>
          setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`the app did not end within ${timeoutMs} ms; seen: ${seen()}`));
          }, timeoutMs).unref(),
        ),
      ]),
    kill: () => {
      if (!done) child.kill('SIGKILL');
    },
  };
};

/** When the app's log says `text`, as a wall-clock time (electron-log writes local time to the millisecond). */
export const loggedAt = (log: string, text: string): number | null => {
  const line = log.split(/\r?\n/).find((l) => /\]\s+(.*)$/.exec(l)?.[1] === text);
  const m = line?.match(/^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})/);
  if (!m) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s, ms).getTime();
};
