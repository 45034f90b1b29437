import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../main/core/history/records';
import { checkedInToday, judgeChange, progressView } from '../../main/core/progress/aggregate';
import { dayKey } from '../../main/core/progress/days';
import { toCsv, toJson } from '../../main/core/progress/export';
import type { CheckIn } from '../../main/core/progress/records';

const rec = (at: string, event: HistoryRecord['event'], kind: HistoryRecord['kind'] = 'posture'): HistoryRecord => ({ at, event, kind });
const NOW = Date.parse('2026-03-31T15:00:00Z');

describe('progress numbers against hand-computed fixtures', () => {
  const history: HistoryRecord[] = [
    // Monday 30 March: 3 prompted, 2 completed (one by Done), 1 snoozed, 1 skipped, 1 natural
    rec('2026-03-30T08:29:30Z', 'prompted'), rec('2026-03-30T08:31:00Z', 'started'), rec('2026-03-30T08:31:40Z', 'completed'),
    rec('2026-03-30T09:00:00Z', 'prompted'), rec('2026-03-30T09:00:30Z', 'snoozed'), rec('2026-03-30T09:11:00Z', 'done'),
    rec('2026-03-30T10:00:00Z', 'prompted'), rec('2026-03-30T10:00:20Z', 'skipped'), rec('2026-03-30T12:10:00Z', 'natural'),
    // Sunday 29 March: nothing at all (a day with no breaks)
    // Saturday 28 March: a week-end with only natural breaks
    rec('2026-03-28T09:00:00Z', 'natural'), rec('2026-03-28T11:00:00Z', 'natural', 'stress'),
    // Friday 27 March: one completed
    rec('2026-03-27T09:00:00Z', 'prompted'), rec('2026-03-27T09:01:00Z', 'completed'),
    // Long ago: outside a 7-day range
    rec('2026-02-01T09:00:00Z', 'completed'),
  ];

  it('counts per local day, with empty days present as zeros', () => {
    const view = progressView(history, [], { rangeDays: 7, now: NOW, timeZone: 'Europe/Berlin' });
    expect(view.days.map((d) => d.day)).toEqual(['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(view.days[5]).toEqual({ day: '2026-03-30', prompted: 3, completed: 2, natural: 1, snoozed: 1, skipped: 1 });
    expect(view.days[4]).toEqual({ day: '2026-03-29', prompted: 0, completed: 0, natural: 0, snoozed: 0, skipped: 0 });
    expect(view.days[3]).toMatchObject({ natural: 2, completed: 0, prompted: 0 });
    expect(view.totals).toEqual({ prompted: 4, completed: 3, natural: 3, snoozed: 1, skipped: 1 });
  });

  it('keeps a streak across days without any prompt, and today not being over', () => {
    const view = progressView(history, [], { rangeDays: 7, now: NOW, timeZone: 'Europe/Berlin' });
    // Today (31st) has nothing yet; the 30th completed; 29th/28th had no prompts; the 27th completed.
    expect(view.streak).toBe(2);
  });

  it('puts a break in the right local day across the spring DST change', () => {
    // Europe/Berlin moves to summer time at 01:00 UTC on 29 March 2026.
    expect(dayKey(Date.parse('2026-03-28T22:59:00Z'), 'Europe/Berlin')).toBe('2026-03-28');
    expect(dayKey(Date.parse('2026-03-28T23:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayKey(Date.parse('2026-03-29T21:59:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayKey(Date.parse('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    expect(dayKey(Date.parse('2026-03-30T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-03-31');
  });

  it('gives 90 days, oldest first, ending today', () => {
    const view = progressView(history, [], { rangeDays: 90, now: NOW, timeZone: 'UTC' });
    expect(view.days).toHaveLength(90);
    expect(view.days.at(-1)!.day).toBe('2026-03-31');
    expect(view.days.find((d) => d.day === '2026-02-01')!.completed).toBe(1);
  });
});

describe('real change in discomfort', () => {
  const series = (values: number[]) => values.map((discomfort, i) => ({ day: `2026-03-${String(i + 1).padStart(2, '0')}`, discomfort, stress: 3 }));

  it('calls a 2-point fall held for a whole week an improvement', () => {
    const { change, band } = judgeChange(series([6, 6, 7, 6, 6, 6, 6, 5, 5, 4, 4, 4, 4, 3, 4, 4]));
    expect(band!.baseline).toBeCloseTo(6.14, 1);
    expect(change).toBe('improved');
  });

  it('does not call one good day a change', () => {
    expect(judgeChange(series([6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 2, 6, 6, 6, 6, 6])).change).toBe('steady');
  });

  it('needs a week at each end before judging', () => {
    expect(judgeChange(series([6, 3, 3])).change).toBe('not-enough-data');
  });

  it('uses the last check-in of each day and ignores dismissals', () => {
    const checkIns: CheckIn[] = [
      { at: '2026-03-30T08:00:00Z', discomfort: 7, stress: 5 },
      { at: '2026-03-30T16:00:00Z', discomfort: 5, stress: 4 },
      { at: '2026-03-31T08:00:00Z', dismissed: true },
    ];
    const view = progressView([], checkIns, { rangeDays: 7, now: NOW, timeZone: 'UTC' });
    expect(view.trend).toEqual([{ day: '2026-03-30', discomfort: 5, stress: 4 }]);
    expect(checkedInToday(checkIns, NOW, 'UTC')).toBe(true);
    expect(checkedInToday(checkIns.slice(0, 2), NOW, 'UTC')).toBe(false);
  });
});

describe('export', () => {
  const data = {
    history: [rec('2026-03-30T08:31:00Z', 'started')],
    checkIns: [{ at: '2026-03-30T16:00:00Z', discomfort: 5, stress: 4, note: '=HYPERLINK("x"), "ok"' }] as CheckIn[],
    selfChecks: [],
  };
  it('writes one CSV row per record, quoting and defusing formulas', () => {
    const csv = toCsv(data).trim().split('\n');
    expect(csv[0]).toBe('record,at,event,kind,technique,minutes,discomfort,stress,note');
    expect(csv[1]).toBe('break,2026-03-30T08:31:00Z,started,posture,,,,,');
    expect(csv[2]).toBe(`check-in,2026-03-30T16:00:00Z,rated,,,,5,4,"'=HYPERLINK(""x""), ""ok"""`);
  });
  it('writes JSON that reads back to the same data', () => {
    expect(JSON.parse(toJson(data))).toMatchObject({ exportedBy: 'Unknot', history: data.history, checkIns: data.checkIns });
  });
});
