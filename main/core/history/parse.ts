import { BREAK_KINDS } from '../engine/types';
import { historyRecordSchema, type HistoryRecord } from './records';

const EVENTS = new Set(historyRecordSchema.shape.event.options);
const KINDS = new Set<string>(BREAK_KINDS);

/** The common case without the schema's cost: a plain, well-formed record (the schema judges anything else). */
const plainRecord = (v: unknown): v is HistoryRecord => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const keys = Object.keys(r);
  return (
    typeof r.at === 'string' &&
    EVENTS.has(r.event as HistoryRecord['event']) &&
    (r.kind === undefined || KINDS.has(r.kind as string)) &&
    (r.technique === undefined || typeof r.technique === 'string') &&
    (r.minutes === undefined || typeof r.minutes === 'number') &&
    keys.every((k) => k === 'at' || k === 'event' || k === 'kind' || k === 'technique' || k === 'minutes')
  );
};

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
    if (plainRecord(value)) {
      records.push(value);
      return;
    }
    const parsed = historyRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else skipped.push({ line: index + 1, reason: `not a history record: ${parsed.error.issues[0]?.message}` });
  });
  return { records, skipped };
};
