import { appendFileSync, closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';

/** An append-only file of JSON lines: appending costs the same however long the file is. */
export interface JsonlFile<T> {
  path: string;
  append: (record: T) => void;
  /** Every line as text; the caller parses and skips what is damaged. */
  readText: () => string;
  clear: () => void;
}

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
      // One write call per record: a crash can tear only this line.
      appendFileSync(path, `${needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`);
      needsNewline = false;
    },
    readText: () => (existsSync(path) ? readFileSync(path, 'utf8') : ''),
    clear: () => {
      writeFileSync(path, '');
      needsNewline = false;
    },
  };
};
