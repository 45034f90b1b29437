import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fdatasyncSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Flushes a folder's entries (a rename, a new file) to disk. A renamed file's bytes are already
 * flushed, but until its folder is, a power cut can bring back the old name. POSIX only: Windows
 * cannot open a folder as a file (EISDIR/EPERM) and NTFS journals the rename itself, so a failure
 * here is ignored — it costs durability of the last rename, never the file's integrity. (The
 * Windows behaviour is not verified here.)
 */
export const syncDirectory = (dir: string): void => {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems (network mounts) refuse fsync on a folder; the rename still happened.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/** Writes every byte: write(2) may write fewer than asked (a disk filling up) without failing. */
const writeAll = (fd: number, bytes: Buffer): void => {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
};

/**
 * Windows refuses a rename while a virus scanner or indexer holds the file open; it lets go within
 * moments. graceful-fs retries win32 renames on EACCES/EPERM/EBUSY for the same reason (polyfills.js).
 */
const renameRetrying = (from: string, to: string): void => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
};

/**
 * Replaces a whole file so that a crash, a failing write or a power cut leaves either the old
 * bytes or the new ones, never a mix: a temporary file beside it gets every byte and is fsynced,
 * then renamed over the file, then the folder is flushed so the rename survives a power cut too.
 * Not `atomically`'s writeFileSync: it calls write(2) once and ignores a short count, so on a
 * filling disk it fsyncs and renames a truncated file over the good one (fabiospampinato/atomically
 * PR #18, open; node_modules/atomically/dist/index.js `fs.retry.writeSync(...)(fd, data, ...)`,
 * and the durable-write test shows it). electron-store still writes settings through it.
 */
export const writeFileDurably = (file: string, data: string, options: { flush?: boolean } = {}): void => {
  // flush: false keeps the temp-file-and-rename (a crash still leaves old or new, never a mix)
  // but leaves the disk alone: for rewrites whose loss in a power cut costs next to nothing.
  const flush = options.flush !== false;
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    writeAll(fd, Buffer.from(data, 'utf8'));
    if (flush) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameRetrying(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  if (flush) syncDirectory(dirname(file));
};

/**
 * Appends text in one write and flushes it (fdatasync) before returning. The records appended
 * are things a person did (a break taken, a check-in): a few an hour, so the flush costs nothing
 * noticeable, and without it the kernel may hold them in memory for half a minute or more
 * (Linux writes dirty pages back after 30 s by default) where a power cut loses them.
 */
export const appendDurably = (file: string, text: string): void => {
  const created = !existsSync(file);
  const bytes = Buffer.from(text, 'utf8');
  const fd = openSync(file, 'a');
  try {
    writeAll(fd, bytes);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) syncDirectory(dirname(file));
};
