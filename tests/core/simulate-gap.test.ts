import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../main/core/settings/validate';
import { effectToJson } from '../../main/core/simulation/format';
import { simulate } from '../../main/core/simulation/simulate';
import { parseTrace } from '../../main/core/simulation/trace';
import { TECHNIQUE_REFS } from '../../main/core/techniques/library';

// Working hours from 02:30 on a spring-forward day, when 02:00–03:00 does not exist: breaks must
// begin only after the gap, east and west of UTC and south of the equator. (Before the fix,
// Europe/Berlin started the day at 01:30 CET and the first notice came at 01:59:30 CET.)
const cases = [
  // zone, trace start (local midnight), gap end = 03:00 local, trace end
  { zone: 'Europe/Berlin', start: '2027-03-27T23:00:00Z', gapEnd: '2027-03-28T01:00:00.000Z', end: '2027-03-28T05:00:00Z' },
  { zone: 'America/New_York', start: '2027-03-14T05:00:00Z', gapEnd: '2027-03-14T07:00:00.000Z', end: '2027-03-14T11:00:00Z' },
  { zone: 'Australia/Sydney', start: '2027-10-02T14:00:00Z', gapEnd: '2027-10-02T16:00:00.000Z', end: '2027-10-02T20:00:00Z' },
];

const span = [['02:30', '23:00']];
const settingsJson = {
  gentleStart: { enabled: false },
  workingHours: { enabled: true, days: { mon: span, tue: span, wed: span, thu: span, fri: span, sat: span, sun: span } },
};
const traceText = (c: (typeof cases)[number]) =>
  [{ type: 'start', at: c.start, tz: c.zone }, { type: 'end', at: c.end }].map((line) => JSON.stringify(line)).join('\n');

type Effect = { at: string; type: string };
const firstOf = (effects: Effect[], type: string) => effects.find((e) => e.type === type)?.at;

describe('simulate: working hours that start inside a DST gap', () => {
  for (const c of cases) {
    it(`${c.zone}: the first notice and break come after 03:00 local, not before`, () => {
      const parsed = parseSettings(settingsJson);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const { effects } = simulate(parseTrace(traceText(c)), { settings: parsed.settings, techniques: TECHNIQUE_REFS });
      const json = effects.map((e) => effectToJson(e) as Effect);
      const notice = firstOf(json, 'notice');
      const open = firstOf(json, 'break-open');
      expect(notice, 'a notice during the day').toBeDefined();
      expect(open, 'a break during the day').toBeDefined();
      expect(notice! >= c.gapEnd, `first notice ${notice} is at or after the gap end ${c.gapEnd}`).toBe(true);
      expect(open! >= c.gapEnd, `first break ${open} is at or after the gap end ${c.gapEnd}`).toBe(true);
      // The day is counted from the gap's end: the first posture break comes 30 active minutes later.
      expect(open).toBe(new Date(Date.parse(c.gapEnd) + 30 * 60_000).toISOString());
    });
  }

  for (const c of cases) {
    it(`${c.zone}: "pause until tomorrow" the evening before lasts until the gap's end`, () => {
      const parsed = parseSettings(settingsJson);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const evening = Date.parse(c.start) - 4 * 3_600_000; // 20:00 local the day before
      const trace = [
        { type: 'start', at: new Date(evening).toISOString(), tz: c.zone },
        { type: 'user', at: new Date(evening + 5 * 60_000).toISOString(), action: 'pause', until: 'tomorrow' },
        { type: 'end', at: c.end },
      ];
      const { effects } = simulate(parseTrace(trace.map((line) => JSON.stringify(line)).join('\n')), { settings: parsed.settings, techniques: TECHNIQUE_REFS });
      const json = effects.map((e) => effectToJson(e) as Effect & { until?: string });
      expect(json.find((e) => e.type === 'paused')?.until).toBe(c.gapEnd);
      const open = firstOf(json, 'break-open');
      expect(open! > c.gapEnd, `first break ${open} after the pause`).toBe(true);
    });
  }

  it('the simulate CLI agrees (Europe/Berlin, settings and trace from files)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-gap-'));
    const settingsFile = join(dir, 'settings.json');
    const traceFile = join(dir, 'trace.jsonl');
    writeFileSync(settingsFile, JSON.stringify(settingsJson));
    writeFileSync(traceFile, traceText(cases[0]!));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '--settings', settingsFile, '--trace', traceFile], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const effects = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Effect);
    expect(firstOf(effects, 'notice')! >= cases[0]!.gapEnd).toBe(true);
    expect(firstOf(effects, 'break-open')).toBe('2027-03-28T01:30:00.000Z');
  });
});
