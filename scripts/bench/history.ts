import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHistory } from '../../main/core/history/parse';
import type { HistoryRecord } from '../../main/core/history/records';
import { progressView } from '../../main/core/progress/aggregate';
import { jsonlFile } from '../../main/storage/jsonl-file';

const NOW = Date.parse('2026-03-31T16:00:00Z');
const EVENTS: HistoryRecord['event'][] = ['prompted', 'started', 'completed', 'snoozed', 'natural', 'skipped'];

/** A history file of `count` records spread over the last 120 days. */
const fixture = (count: number): string => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-history-'));
  const path = join(dir, 'history.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(NOW - ((count - i) / count) * 120 * 86_400_000).toISOString();
    lines.push(JSON.stringify({ at, event: EVENTS[i % EVENTS.length], kind: i % 4 ? 'posture' : 'stress' }));
  }
  writeFileSync(path, lines.join('\n') + (count ? '\n' : ''));
  return path;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median time of one append to a file already holding `existing` records. */
const appendMs = (existing: number, appends = 200): number => {
  const file = jsonlFile<HistoryRecord>(fixture(existing));
  const times: number[] = [];
  for (let i = 0; i < appends; i += 1) {
    const started = performance.now();
    file.append({ at: new Date(NOW + i).toISOString(), event: 'completed', kind: 'posture' });
    times.push(performance.now() - started);
  }
  return median(times);
};

/** Append cost at 100 and at 100,000 records, and the time to load and aggregate 100,000 into the 90-day view. */
export const historyFigures = () => {
  const small = appendMs(100);
  const large = appendMs(100_000);
  const path = fixture(100_000);
  const loads: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const { records } = parseHistory(jsonlFile<HistoryRecord>(path).readText());
    progressView(records, [], { rangeDays: 90, now: NOW, timeZone: 'Europe/Berlin' });
    loads.push(performance.now() - started);
  }
  return { small, large, ratio: large / small, loadMs: median(loads) };
};
