import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'unknot-sim-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const simulate = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const lines = (...objects: object[]) => objects.map((o) => JSON.stringify(o)).join('\n');

const workday = file(
  'day.jsonl',
  lines(
    { type: 'start', at: '2026-03-02T09:00:00Z', tz: 'Europe/Berlin' },
    { type: 'user', at: '2026-03-02T09:30:20Z', action: 'snooze', minutes: 5 },
    { type: 'end', at: '2026-03-02T10:00:00Z' },
  ),
);

describe('npm run simulate', () => {
  it('prints one JSON object per effect, with ISO times in UTC', () => {
    const { code, out } = simulate('--settings', file('s.json', JSON.stringify({ gentleStart: { enabled: false } })), '--trace', workday);
    expect(code).toBe(0);
    const effects = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(effects.map((e) => e.type)).toEqual(['notice', 'break-open', 'break-close', 'snoozed', 'notice', 'break-open', 'break-close']);
    expect(effects[1]).toMatchObject({ at: '2026-03-02T09:30:00.000Z', kind: 'posture', technique: 'upper-arm-hold' });
    expect(effects[2]).toMatchObject({ outcome: 'snoozed' });
    expect(effects[5].at).toBe('2026-03-02T09:35:20.000Z');
  });

  it('takes defaults for missing settings keys (no settings file at all)', () => {
    const { code, out } = simulate('--trace', workday);
    expect(code).toBe(0);
    expect(out).toContain('"type":"break-open"');
  });

  it('exits 2 naming the key of an invalid setting', () => {
    const bad = file('bad.json', JSON.stringify({ breaks: { posture: { everyMinutes: -1 } } }));
    const { code, err, out } = simulate('--settings', bad, '--trace', workday);
    expect(code).toBe(2);
    expect(err).toMatch(/breaks\.posture\.everyMinutes/);
    expect(out).toBe('');
  });

  it('exits 2 naming the line of a malformed trace', () => {
    const broken = file('broken.jsonl', `${lines({ type: 'start', at: '2026-03-02T09:00:00Z', tz: 'UTC' })}\n{"type":"idle","at":"2026-03-02T09:10:00Z"}\n`);
    const { code, err } = simulate('--trace', broken);
    expect(code).toBe(2);
    expect(err).toMatch(/trace line 2: seconds/);
  });

  it('exits 2 on an unknown time zone, a missing file and a bad flag', () => {
    const zone = file('zone.jsonl', lines({ type: 'start', at: '2026-03-02T09:00:00Z', tz: 'Mars/Olympus' }, { type: 'end', at: '2026-03-02T10:00:00Z' }));
    expect(simulate('--trace', zone)).toMatchObject({ code: 2, err: expect.stringMatching(/line 1: tz: unknown IANA time zone/) });
    expect(simulate('--trace', join(dir, 'nope.jsonl'))).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read the trace file/) });
    expect(simulate('--tracee', workday)).toMatchObject({ code: 2, err: expect.stringMatching(/usage/) });
  });

  it('shows a break held back by a detector for 90 minutes as a held-back notice, and takes by and keep-waiting', () => {
    const day = (by: string) =>
      file(
        `held-${by}.jsonl`,
        lines(
          { type: 'start', at: '2026-03-02T09:00:00Z', tz: 'UTC' },
          { type: 'quiet', at: '2026-03-02T09:05:00Z', on: true, reason: 'in a call', by },
          { type: 'user', at: '2026-03-02T11:10:00Z', action: 'keep-waiting' },
          { type: 'end', at: '2026-03-02T13:00:00Z' },
        ),
      );
    const settings = file('posture-only.json', JSON.stringify({ gentleStart: { enabled: false }, breaks: { stress: { enabled: false } } }));
    const detector = simulate('--settings', settings, '--trace', day('detector'));
    expect(detector.code).toBe(0);
    const effects = detector.out.trim().split('\n').map((l) => JSON.parse(l));
    // Due 09:30, held 90 min: told at 11:00; "keep waiting" at 11:10 puts the next notice 90 min later, at 12:40.
    const held = effects.filter((e) => e.type === 'held-back');
    expect(held[0]).toEqual({ type: 'held-back', at: '2026-03-02T11:00:00.000Z', kind: 'posture', reasons: ['in a call'], heldMinutes: 90 });
    expect(held.map((e) => e.at)).toEqual(['2026-03-02T11:00:00.000Z', '2026-03-02T12:40:00.000Z']);
    expect(effects.some((e) => e.type === 'break-open')).toBe(false);
    const meeting = simulate('--settings', settings, '--trace', day('meeting'));
    expect(meeting.code).toBe(0);
    expect(meeting.out).not.toContain('held-back');
  });

  it('rejects a quiet line with an unknown "by"', () => {
    const bad = file('bad-by.jsonl', lines({ type: 'start', at: '2026-03-02T09:00:00Z', tz: 'UTC' }, { type: 'quiet', at: '2026-03-02T09:05:00Z', on: true, reason: 'x', by: 'boss' }, { type: 'end', at: '2026-03-02T10:00:00Z' }));
    expect(simulate('--trace', bad)).toMatchObject({ code: 2, err: expect.stringMatching(/trace line 2: by/) });
  });
});
