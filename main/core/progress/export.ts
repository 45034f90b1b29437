import type { HistoryRecord } from '../history/records';
import type { CheckIn, SelfCheck } from './records';

/** Everything Unknot keeps about a person, as exported. */
export interface ExportData {
  history: readonly HistoryRecord[];
  checkIns: readonly CheckIn[];
  selfChecks: readonly SelfCheck[];
}

const COLUMNS = ['record', 'at', 'event', 'kind', 'technique', 'minutes', 'discomfort', 'stress', 'note'] as const;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
const cell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** All history records and check-ins as one CSV table, one row each. */
export const toCsv = (data: ExportData): string => {
  const rows: Record<string, unknown>[] = [
    ...data.history.map((r) => ({ record: 'break', ...r, event: r.event })),
    ...data.checkIns.map((c) => ({ record: 'check-in', ...c, event: 'dismissed' in c ? 'dismissed' : 'rated' })),
    ...data.selfChecks.map((s) => ({ record: 'self-check', at: s.at, event: 'answered', note: Object.entries(s.answers).map(([k, v]) => `${k}=${v}`).join(' ') })),
  ];
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => cell(row[c])).join(','))].join('\n') + '\n';
};

/** Everything as one JSON document. */
export const toJson = (data: ExportData): string => JSON.stringify({ exportedBy: 'Unknot', version: 1, ...data }, null, 2) + '\n';
