import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { migrateSettings } from '../../../main/core/settings/migrate';
import { SETTINGS_VERSION } from '../../../main/core/settings/schema';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupSettings } = await import('../../../main/storage/settings-store');

const open = (content: string | Buffer, openStore?: Parameters<typeof setupSettings>[2]) => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-faults-'));
  writeFileSync(join(dir, 'settings.json'), content);
  const report = vi.fn();
  const settings = openStore ? setupSettings(dir, report, openStore) : setupSettings(dir, report);
  const backups = readdirSync(dir).filter((f) => f.includes('.damaged-'));
  return { dir, settings, report, backups, backupText: backups[0] ? readFileSync(join(dir, backups[0])) : null };
};

const valid = { noticeSeconds: 45, breaks: { posture: { everyMinutes: 20 } } };

describe('settings file faults: the app starts, keeps what it can, backs up, tells once', () => {
  const cases: [string, string | Buffer, (s: ReturnType<typeof open>['settings']) => void][] = [
    ['truncated', JSON.stringify(valid).slice(0, 25), (s) => expect(s.get().noticeSeconds).toBe(30)],
    ['invalid JSON', '{noticeSeconds: 45,}', (s) => expect(s.get().noticeSeconds).toBe(30)],
    ['empty', '', (s) => expect(s.get().breaks.posture.everyMinutes).toBe(30)],
    ['binary garbage', Buffer.from([0, 255, 12, 0x89, 0x50, 0x4e, 0x47, 10, 0, 1]), (s) => expect(s.get().noticeSeconds).toBe(30)],
    ['a JSON array', '[1, 2, 3]', (s) => expect(s.get().noticeSeconds).toBe(30)],
    [
      'wrong types',
      JSON.stringify({ ...valid, gentleStart: { enabled: 'yes', waitUpToSeconds: '60' } }),
      (s) => {
        expect(s.get().noticeSeconds).toBe(45);
        expect(s.get().breaks.posture.everyMinutes).toBe(20);
        expect(s.get().gentleStart).toEqual({ enabled: true, waitUpToSeconds: 60, pauseSeconds: 3 });
      },
    ],
    [
      'out-of-range values',
      JSON.stringify({ ...valid, breaks: { posture: { everyMinutes: 20, durationSeconds: -5 }, stress: { everyMinutes: 100000 } } }),
      (s) => {
        expect(s.get().breaks.posture).toMatchObject({ everyMinutes: 20, durationSeconds: 40 });
        expect(s.get().breaks.stress.everyMinutes).toBe(120);
      },
    ],
    ['unknown keys', JSON.stringify({ ...valid, theme: 'neon', breaks: { posture: { everyMinutes: 20, colour: 'red' } } }), (s) => expect(s.get().noticeSeconds).toBe(45)],
    ['a newer version', JSON.stringify({ ...valid, version: SETTINGS_VERSION + 1, futureFeature: { on: true } }), (s) => expect(s.get().breaks.posture.everyMinutes).toBe(20)],
  ];

  it.each(cases)('%s', (_name, content, check) => {
    const { settings, report, backups, backupText } = open(content);
    check(settings);
    expect(report).toHaveBeenCalledTimes(1);
    const [problems, backup] = report.mock.calls[0]!;
    expect(problems.length).toBeGreaterThan(0);
    expect(backup).toContain('.damaged-');
    expect(backups).toHaveLength(1);
    expect(Buffer.compare(backupText!, Buffer.from(content))).toBe(0);
  });

  it('names each bad key in what it reports', () => {
    const { report } = open(JSON.stringify({ noticeSeconds: 'soon', theme: 'neon', version: 99 }));
    const keys = report.mock.calls[0]![0].map((p: { key: string }) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['noticeSeconds', 'theme', 'version']));
  });

  it('a good file is neither reported nor backed up', () => {
    const { report, backups, settings } = open(JSON.stringify(valid));
    expect(report).not.toHaveBeenCalled();
    expect(backups).toHaveLength(0);
    expect(settings.get().noticeSeconds).toBe(45);
  });

  it('a read-only file: the app runs, changes apply in memory, and the user is told once', () => {
    const readOnly = () => {
      throw Object.assign(new Error('EACCES: permission denied, open settings.json'), { code: 'EACCES' });
    };
    const { settings, report } = open(JSON.stringify(valid), readOnly);
    expect(settings.get().noticeSeconds).toBe(45);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![0][0].message).toMatch(/cannot be saved .*EACCES/);
    expect(settings.update({ noticeSeconds: 20 }).noticeSeconds).toBe(20);
    expect(report).toHaveBeenCalledTimes(1);
  });
});

describe('settings migrations', () => {
  it('treats a file without a version as version 1 (the first released format)', () => {
    expect(migrateSettings({ noticeSeconds: 10 })).toEqual({ value: { noticeSeconds: 10, version: SETTINGS_VERSION }, newerVersion: null });
  });

  it('flags a newer version and keeps its values for the schema to sort out', () => {
    expect(migrateSettings({ version: 7, noticeSeconds: 10 })).toEqual({ value: { version: SETTINGS_VERSION, noticeSeconds: 10 }, newerVersion: 7 });
  });

  it('ignores a nonsense version number rather than failing', () => {
    expect(migrateSettings({ version: -3 }).newerVersion).toBeNull();
    expect(migrateSettings({ version: 'two' as unknown as number }).value.version).toBe(SETTINGS_VERSION);
  });
});
