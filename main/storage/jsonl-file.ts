import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { appendDurably, writeFileDurably } from './durable-write';

/** An append-only file of JSON lines: appending costs the same however long the file is. */
export interface JsonlFile<T> {
  path: string;
  append: (record: T) => void;
  /** Every line as text; the caller parses and skips what is damaged. */
  readText: () => string;
  clear: () => void;
}

/** Parses JSON lines against a schema, skipping blank, torn or invalid lines (a crash can tear only the last). */
export const parseJsonLines = <T>(text: string, schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }): T[] =>
  text.split('\n').flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const parsed = schema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data as T] : [];
    } catch {
      return [];
    }
  });

/** True when the file is non-empty and its last byte is not a newline (a torn last write). */
const endsMidLine = (file: string): boolean => {
  if (!existsSync(file)) return false;
  const size = statSync(file).size;
  if (size === 0) return false;
  const fd = openSync(file, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
};

/** Opens a JSON-lines file; a torn last line is closed off so the next record starts on a fresh line. */
export const jsonlFile = <T>(path: string): JsonlFile<T> => {
  let needsNewline = endsMidLine(path);
  return {
    path,
    append: (record) => {
      // One write per record, flushed: a crash can tear only this line, a power cut loses none before it.
      const line = `${needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`;
      // A write that failed part-way (disk full) may have left half a line: start the next one fresh.
      needsNewline = true;
      appendDurably(path, line);
      needsNewline = false;
    },
    readText: () => (existsSync(path) ? readFileSync(path, 'utf8') : ''),
    clear: () => {
      // Replaced, not truncated in place: a crash while deleting leaves all the records or none.
      writeFileDurably(path, '');
      needsNewline = false;
    },
  };
};
