import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real-desktop kit: ../shared/desktops beside the repository (CI clones it there). */
export const KIT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/desktops');

/** The stacks the kit starts, and the program each needs. */
const PROGRAM = { gnome: 'gnome-shell', kde: 'kwin_wayland', sway: 'sway', x11: 'openbox' } as const;
export type Stack = keyof typeof PROGRAM;

/** A running desktop: its environment (from env.sh), its work folder, and how to end it. */
export interface Desktop {
  env: Record<string, string>;
  workdir: string;
  /** Runs a command inside this desktop's environment; resolves with its stdout. */
  run: (command: string, args: string[]) => Promise<string>;
  stop: () => void;
}

/** Either a desktop or the one-line reason there is none. */
export type DesktopResult = { desktop: Desktop; reason?: undefined } | { desktop?: undefined; reason: string };

const CLEAN_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Parses env.sh: plain `export VAR=value` lines. */
export const parseEnvFile = (text: string): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!.replace(/^'(.*)'$/, '$1');
  }
  return env;
};

/**
 * Starts a desktop from the kit in a fresh work folder with a clean environment (`env -i`), so
 * nothing of the outer session leaks in. Where it cannot (not Linux, kit or program missing, the
 * start script failed) it resolves with one line saying why — and where UNKNOT_REAL_DESKTOPS=required
 * (.ci/run, which installs the desktops) that is an error: a missing one is a broken build, not a skip.
 */
export const startDesktop = async (stack: Stack, extraEnv: Record<string, string> = {}): Promise<DesktopResult> => {
  const why = (): string | null => {
    if (process.platform !== 'linux') return `real ${stack} desktop tests need Linux`;
    if (!existsSync(join(KIT, `start-${stack}.sh`))) return `the desktop kit is not at ${KIT} (clone ../shared beside the repo)`;
    if (spawnSync('sh', ['-c', `command -v ${PROGRAM[stack]}`]).status !== 0) return `${PROGRAM[stack]} is not installed (run ${KIT}/install.sh ${stack})`;
    return null;
  };
  const missing = why();
  if (missing) return refuse(stack, missing);
  const extra = Object.entries(extraEnv).map(([k, v]) => `${k}=${v}`);
  // The kit's start scripts wait a fixed 15 s for each component; on a loaded machine (load 30 on
  // two cores was seen) openbox missed that once, so a failed start is tried once more before it counts.
  let workdir = '';
  for (let attempt = 1; ; attempt += 1) {
    workdir = mkdtempSync(join(tmpdir(), `unknot-${stack}-`));
    // sway runs as uid 65534, which must traverse WORKDIR (../shared/desktops/README.md); mkdtemp makes it 0700.
    if (stack === 'sway') chmodSync(workdir, 0o755);
    const started = spawnSync('env', ['-i', `PATH=${CLEAN_PATH}`, ...extra, 'bash', join(KIT, `start-${stack}.sh`), workdir], { encoding: 'utf8', timeout: 90_000 });
    if (started.status === 0) break;
    const line = `${started.stderr ?? ''}${started.error?.message ?? ''}`.trim().split('\n').at(-1) || `exit ${started.status}`;
    stopWorkdir(workdir);
    if (attempt >= 2) return refuse(stack, `start-${stack}.sh failed twice: ${line}`);
    console.log(`${stack} desktop did not start (${line}); trying once more`);
  }
  const env = { PATH: CLEAN_PATH, ...parseEnvFile(readFileSync(join(workdir, 'env.sh'), 'utf8')) };
  return {
    desktop: {
      env,
      workdir,
      run: (command, args) =>
        new Promise((done, fail) =>
          execFile(command, args, { env, timeout: 10_000 }, (error, stdout, stderr) => (error ? fail(new Error(`${command} ${args.join(' ')}: ${stderr || error.message}`)) : done(stdout))),
        ),
      stop: () => stopWorkdir(workdir),
    },
  };
};

/** Ends the desktop by its recorded PIDs (stop.sh), then removes its work folder unless it still runs. */
const stopWorkdir = (workdir: string) => {
  const stopped = spawnSync('bash', [join(KIT, 'stop.sh'), workdir], { stdio: 'ignore', timeout: 30_000 });
  if (stopped.status === 0) rmSync(workdir, { recursive: true, force: true });
};

const refuse = (stack: Stack, reason: string): DesktopResult => {
  if (process.env.UNKNOT_REAL_DESKTOPS === 'required') throw new Error(`UNKNOT_REAL_DESKTOPS=required (set by .ci/run), but the real ${stack} desktop cannot run: ${reason}`);
  console.log(`${stack} desktop tests skipped: ${reason}`);
  return { reason };
};

/**
 * The desktop's session environment as an app started in it inherits it (env.sh), without the
 * kit's own bookkeeping (KIT_*, AS) and without PATH, so the caller keeps its own.
 */
export const sessionEnv = (desktop: Desktop): Record<string, string> => {
  const { PATH: _path, AS: _as, KIT_STACK: _stack, KIT_WORKDIR: _workdir, ...env } = desktop.env;
  return env;
};

/**
 * The same session for a process that must outlive the desktop: stop.sh ends every process whose
 * XDG_RUNTIME_DIR is the workdir's (../shared/desktops/stop.sh), so this leaves it out and names the
 * Wayland socket by its absolute path instead (WAYLAND_DISPLAY may be absolute since libwayland 1.15:
 * https://manpages.ubuntu.com/manpages/focal/man3/wl_display_connect.3.html; the app's own client
 * reads it so too, main/platform/linux/wayland-wire.ts waylandSocketPath). The process then
 * sees its desktop's services vanish, as when the shell or compositor crashes, and is not killed.
 */
export const survivingSessionEnv = (desktop: Desktop): Record<string, string> => {
  const { XDG_RUNTIME_DIR: runtime, ...env } = sessionEnv(desktop);
  return env.WAYLAND_DISPLAY && runtime && !env.WAYLAND_DISPLAY.startsWith('/') ? { ...env, WAYLAND_DISPLAY: join(runtime, env.WAYLAND_DISPLAY) } : env;
};
