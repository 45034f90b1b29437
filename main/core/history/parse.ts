import { historyRecordSchema, type HistoryRecord } from './records';

/** What reading a history file yields: every complete record, and which lines were skipped. */
export interface ParsedHistory {
  records: HistoryRecord[];
  skipped: { line: number; reason: string }[];
}

/** Reads JSON-lines history text; a torn or garbage line is skipped and reported, never fatal. */
export const parseHistory = (text: string): ParsedHistory => {
  const records: HistoryRecord[] = [];
  const skipped: ParsedHistory['skipped'] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      skipped.push({ line: index + 1, reason: index === lines.length - 1 ? 'torn last line (cut off mid-write)' : 'not JSON' });
      return;
    }
    const parsed = historyRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else skipped.push({ line: index + 1, reason: `not a history record: ${parsed.error.issues[0]?.message}` });
  });
  return { records, skipped };
};
