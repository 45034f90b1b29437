import { join } from 'node:path';
import type { HistoryRecord } from '../core/history/records';
import { jsonlFile, type JsonlFile } from './jsonl-file';

/** The history file: one record per line in history.jsonl in the user-data folder. */
export type HistoryFile = JsonlFile<HistoryRecord>;

/** Opens history.jsonl in the user-data folder. */
export const historyFile = (userDataDir: string): HistoryFile => jsonlFile<HistoryRecord>(join(userDataDir, 'history.jsonl'));
