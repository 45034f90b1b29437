import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'unknot-sim-kinds-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const MIN = 60_000;

describe('npm run simulate with eye and stand-up breaks on (issue 15)', () => {
  it('gives every kind at its interval, the longest when several are due, and never two within ten minutes', () => {
    const settings = file('s.json', JSON.stringify({ breaks: { eyes: { enabled: true }, stand: { enabled: true } }, gentleStart: { enabled: false } }));
    const trace = file('t.jsonl', [{ type: 'start', at: '2026-03-02T09:00:00Z', tz: 'Europe/Berlin' }, { type: 'end', at: '2026-03-02T13:00:00Z' }].map((l) => JSON.stringify(l)).join('\n'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '--settings', settings, '--trace', trace], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const effects = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; at: string; kind?: string; endsAt?: string });
    const opens = effects.filter((e) => e.type === 'break-open');
    const closes = effects.filter((e) => e.type === 'break-close');
    const at = (e: { at: string }) => Date.parse(e.at);
    expect(new Set(opens.map((e) => e.kind))).toEqual(new Set(['eyes', 'posture', 'stand', 'stress']));
    // Each break lasts its kind's length.
    const length = { eyes: 20_000, posture: 40_000, stand: 120_000, stress: 240_000 } as Record<string, number>;
    for (const e of opens) expect(Date.parse(e.endsAt!) - at(e)).toBe(length[e.kind!]);
    // The first eye break at 20 minutes, the first stress break after two hours of work.
    expect(opens[0]).toMatchObject({ kind: 'eyes', at: '2026-03-02T09:20:00.000Z' });
    expect(at(opens.find((e) => e.kind === 'stress')!) - Date.parse('2026-03-02T09:00:00Z')).toBeGreaterThanOrEqual(120 * MIN);
    // No burst: at least ten minutes from one break's end to the next.
    for (let i = 1; i < opens.length; i += 1) expect(at(opens[i]!) - at(closes[i - 1]!)).toBeGreaterThanOrEqual(10 * MIN);
    // A stand-up break within its hour of work (plus the short breaks between) after the last break
    // that covered it: a stand-up or the longer stress break, which restarts it.
    const covering = opens.filter((e) => e.kind === 'stand' || e.kind === 'stress').map(at);
    expect(covering.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < covering.length; i += 1) expect(covering[i]! - covering[i - 1]!).toBeLessThanOrEqual(66 * MIN);
  });
});
