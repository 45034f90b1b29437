import { appendFileSync, existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryRecord } from './core/history/records';

/** Appends history records, one JSON object a line, to history.jsonl in the user-data folder. */
export interface HistoryFile {
  append: (record: HistoryRecord) => void;
  path: string;
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

/** Opens the history file; a torn last line is closed off so the next record starts fresh. */
export const historyFile = (userDataDir: string): HistoryFile => {
  const path = join(userDataDir, 'history.jsonl');
  let needsNewline = endsMidLine(path);
  return {
    path,
    append: (record) => {
      const line = `${needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`;
      appendFileSync(path, line);
      needsNewline = false;
    },
  };
};
