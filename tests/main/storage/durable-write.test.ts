import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleChild } from '../../helpers/bundle-child';

const CHILD = join(process.cwd(), 'out', 'test-fixtures', 'rewrite-child.mjs');
const OLD_SIZE = 50_000;
const NEW_SIZE = 100_000;
const content = (version: string, size: number) => JSON.stringify({ version, pad: version[0]!.repeat(size) });
const OLD = content('old', OLD_SIZE);
const NEW = content('new', NEW_SIZE);

beforeAll(() => bundleChild(CHILD, { entryPoints: ['tests/main/storage/fixtures/rewrite-child.ts'] }));

/** A folder holding `name` with the old content. */
const withOldFile = (name: string, text = OLD) => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-rewrite-'));
  writeFileSync(join(dir, name), text);
  return { dir, file: join(dir, name) };
};

// electron-store imports electron, which in plain Node then returns a path instead of throwing.
const childEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' };

/**
 * Runs one rewrite with the file-size limit at `limitKiB`: the kernel lets the write through up
 * to that size, then fails it with EFBIG (Node ignores SIGXFSZ), the way a full disk fails one.
 */
const rewriteWithLimit = (mode: string, file: string, limitKiB: number | 'unlimited') =>
  spawnSync('bash', ['-c', `ulimit -f ${limitKiB}; exec "$0" "$@"`, process.execPath, CHILD, mode, file, String(NEW_SIZE)], { encoding: 'utf8', env: childEnv });

const linuxOnly = process.platform === 'linux' && spawnSync('bash', ['-c', 'true']).status === 0;
if (!linuxOnly) console.warn('durable-write: the file-size-limit and strace tests need Linux and bash (ulimit -f); skipped here');

describe.runIf(linuxOnly)('a rewrite interrupted part-way leaves the old file or the new one, never a torn one', () => {
  const limits = [0, 1, 8, 48, 96];

  it.each(['durable', 'engine'])('%s: a write failing after 0-96 KiB of the new 100 KB leaves the old bytes, and no temp file', (mode) => {
    const name = mode === 'engine' ? 'engine-state.json' : 'data.json';
    for (const limit of limits) {
      const { dir, file } = withOldFile(name);
      const run = rewriteWithLimit(mode, file, limit);
      expect(run.status, `limit ${limit} KiB: ${run.stderr}`).not.toBe(0);
      expect(run.stderr).toContain('EFBIG');
      expect(readFileSync(file, 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual([name]);
    }
    const { file } = withOldFile(name);
    expect(rewriteWithLimit(mode, file, 'unlimited').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
  });

  it('control: the same write done in place (fs.writeFileSync) tears the file, so the test above can fail', () => {
    const { file } = withOldFile('data.json');
    const run = rewriteWithLimit('naive', file, 8);
    expect(run.stderr).toContain('EFBIG');
    const torn = readFileSync(file, 'utf8');
    expect(torn).not.toBe(OLD);
    expect(() => JSON.parse(torn)).toThrow();
  });

  // Why writeFileDurably does not call atomically: when this starts failing, atomically#18 has landed.
  it('control: atomically.writeFileSync ignores the short write and renames a truncated file over the good one', () => {
    const { file } = withOldFile('data.json');
    const run = rewriteWithLimit('atomically', file, 8);
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toHaveLength(8 * 1024);
  });

  it('SIGKILL at 25 random moments of back-to-back rewrites: every time the file is one whole version', async () => {
    const { dir, file } = withOldFile('engine-state.json');
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let kill = 0; kill < 25; kill += 1) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [CHILD, 'engine', file, String(NEW_SIZE), 'loop'], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
        let err = '';
        child.stderr.on('data', (chunk) => (err += chunk));
        child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40)));
        child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(err))));
      });
      const text = readFileSync(file, 'utf8');
      expect([OLD, NEW, content('old', NEW_SIZE)]).toContain(text);
    }
    // A kill between creating and renaming the temp file leaves that temp file behind (never read).
    expect(readdirSync(dir).filter((f) => f !== 'engine-state.json' && !/^engine-state\.json\.tmp-\d+-[0-9a-f]{8}$/.test(f))).toEqual([]);
  }, 60_000);
});

const hasStrace = linuxOnly && spawnSync('strace', ['-V']).status === 0;
if (linuxOnly && !hasStrace) console.warn('durable-write: strace is not installed; the flush-order tests are skipped');

/** The file system calls one child run makes, in order, as strace prints them. */
const traceCalls = (mode: string, file: string): string[] => {
  const run = spawnSync('strace', ['-f', '-qq', '-e', 'trace=openat,fsync,fdatasync,rename,renameat,renameat2,write', '-s', '0', process.execPath, CHILD, mode, file, '10'], { encoding: 'utf8', env: childEnv });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr.split('\n').map((line) => line.replace(/^\[pid\s+\d+\]\s*/, ''));
};
const indexOf = (calls: string[], pattern: RegExp, from = 0) => calls.findIndex((line, n) => n >= from && pattern.test(line));

describe.runIf(hasStrace)('what reaches the disk before the file is switched (strace)', () => {
  it.each([
    ['engine state', 'engine', 'engine-state.json'],
    ['settings (electron-store → conf → atomically)', 'settings', 'settings.json'],
  ])('%s: the temp file is fsynced before it is renamed over the file', (_label, mode, name) => {
    const { dir, file } = withOldFile(name, '{}');
    const calls = traceCalls(mode, file);
    const open = indexOf(calls, new RegExp(`openat\\(.*"${dir}/${name}\\.tmp-[^"]*", O_WRONLY`));
    expect(open, calls.join('\n')).toBeGreaterThanOrEqual(0);
    const fd = calls[open]!.match(/= (\d+)$/)?.[1];
    const sync = indexOf(calls, new RegExp(`^fsync\\(${fd}\\)`), open);
    const rename = indexOf(calls, new RegExp(`rename.*"${dir}/${name}\\.tmp-[^"]*".*"${dir}/${name}"`), open);
    expect(sync).toBeGreaterThan(open);
    expect(rename).toBeGreaterThan(sync);
    // Then the folder, so the rename survives a power cut (for settings the store adds it: conf does not).
    const dirOpen = indexOf(calls, new RegExp(`openat\\(.*"${dir}", O_RDONLY`), rename);
    expect(dirOpen, calls.slice(rename).join('\n')).toBeGreaterThan(rename);
  });

  it('an appended record is flushed (fdatasync) before the call returns', () => {
    const { file } = withOldFile('history.jsonl', '');
    const calls = traceCalls('append', file);
    const open = indexOf(calls, new RegExp(`openat\\(.*"${file}", O_WRONLY\\|O_CREAT\\|O_APPEND`));
    const fd = calls[open]?.match(/= (\d+)$/)?.[1];
    expect(fd, calls.join('\n')).toBeDefined();
    const write = indexOf(calls, new RegExp(`^write\\(${fd},`), open);
    expect(write).toBeGreaterThan(open);
    expect(indexOf(calls, new RegExp(`^fdatasync\\(${fd}\\)`), write)).toBeGreaterThan(write);
    expect(readFileSync(file, 'utf8')).toBe('{"version":"new"}\n');
  });
});
