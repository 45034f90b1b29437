import { join } from 'node:path';
import { parseHistory } from '../core/history/parse';
import type { HistoryRecord } from '../core/history/records';
import { checkedInToday, progressView, type ProgressView } from '../core/progress/aggregate';
import { toCsv, toJson, type ExportData } from '../core/progress/export';
import { checkInSchema, selfCheckSchema, type CheckIn, type SelfCheck } from '../core/progress/records';
import type { HistoryFile } from './history-file';
import { jsonlFile, parseJsonLines } from './jsonl-file';
import { postureSummaryFile } from './posture-summary';

/** What a person has recorded: history, daily check-ins and self-checks, all on this machine. */
export const userData = (dir: string, history: HistoryFile, log: (message: string) => void) => {
  const checkIns = jsonlFile<CheckIn>(join(dir, 'check-ins.jsonl'));
  const selfChecks = jsonlFile<SelfCheck>(join(dir, 'self-checks.jsonl'));
  const readHistory = (): HistoryRecord[] => {
    const { records, skipped } = parseHistory(history.readText());
    for (const s of skipped) log(`history: skipped line ${s.line}: ${s.reason}`);
    return records;
  };
  const readCheckIns = () => parseJsonLines<CheckIn>(checkIns.readText(), checkInSchema);
  const readSelfChecks = () => parseJsonLines<SelfCheck>(selfChecks.readText(), selfCheckSchema);
  const all = (): ExportData => ({ history: readHistory(), checkIns: readCheckIns(), selfChecks: readSelfChecks() });
  return {
    progress: (rangeDays: number, now: number, timeZone: string): ProgressView => progressView(readHistory(), readCheckIns(), { rangeDays, now, timeZone }),
    addCheckIn: (input: { discomfort: number; stress: number; note?: string }, now: number) => checkIns.append({ at: new Date(now).toISOString(), ...input }),
    dismissCheckIn: (now: number) => checkIns.append({ at: new Date(now).toISOString(), dismissed: true }),
    checkedInToday: (now: number, timeZone: string) => checkedInToday(readCheckIns(), now, timeZone),
    addSelfCheck: (answers: SelfCheck['answers'], now: number) => selfChecks.append({ at: new Date(now).toISOString(), answers }),
    lastSelfCheck: (): SelfCheck | null => readSelfChecks().at(-1) ?? null,
    exportAs: (format: 'csv' | 'json') => (format === 'csv' ? toCsv(all()) : toJson(all())),
    deleteAll: () => {
      history.clear();
      checkIns.clear();
      selfChecks.clear();
      // Posture sensing's per-minute numbers are the person's data too (issue 14).
      postureSummaryFile(dir).clear();
    },
  };
};

/** The user-data store. */
export type UserData = ReturnType<typeof userData>;
