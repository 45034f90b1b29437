import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupSettings } = await import('../../../main/storage/settings-store');

const freshDir = () => mkdtempSync(join(tmpdir(), 'unknot-settings-'));

describe('the settings store', () => {
  it('starts with the defaults and saves a change to disk', () => {
    const dir = freshDir();
    const settings = setupSettings(dir, vi.fn());
    expect(settings.get().breaks.posture).toEqual({ enabled: true, everyMinutes: 30, durationSeconds: 40 });
    settings.update({ breaks: { posture: { everyMinutes: 25 } } });
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk.breaks.posture.everyMinutes).toBe(25);
    expect(onDisk.breaks.posture.durationSeconds).toBe(40);
  });

  it('refuses an invalid change with a message naming the key, and keeps the old value', () => {
    const settings = setupSettings(freshDir(), vi.fn());
    expect(() => settings.update({ breaks: { posture: { everyMinutes: 0 } } })).toThrow(/breaks\.posture\.everyMinutes/);
    expect(settings.get().breaks.posture.everyMinutes).toBe(30);
  });

  it('keeps every valid value of a damaged file, backs the original up and reports once', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ noticeSeconds: 45, breaks: { posture: { everyMinutes: 'soon', durationSeconds: 60 } } }));
    const report = vi.fn();
    const settings = setupSettings(dir, report);
    expect(settings.get().noticeSeconds).toBe(45);
    expect(settings.get().breaks.posture).toMatchObject({ everyMinutes: 30, durationSeconds: 60 });
    expect(report).toHaveBeenCalledOnce();
    expect(report.mock.calls[0]![0]).toEqual([expect.objectContaining({ key: 'breaks.posture.everyMinutes' })]);
    const backups = readdirSync(dir).filter((f) => f.includes('.damaged-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toContain('soon');
  });

  it('survives a file that is not JSON at all, keeping a copy of it', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), '{"noticeSeconds": 4');
    const report = vi.fn();
    const settings = setupSettings(dir, report);
    expect(settings.get().noticeSeconds).toBe(30);
    expect(report).toHaveBeenCalledOnce();
    const backup = readdirSync(dir).find((f) => f.includes('.damaged-'))!;
    expect(readFileSync(join(dir, backup), 'utf8')).toBe('{"noticeSeconds": 4');
  });
});

describe('listening to part of the settings', () => {
  it('calls back only when that part changes', async () => {
    const { onSliceChange } = await import('../../../main/storage/settings-store');
    const settings = setupSettings(freshDir(), vi.fn());
    const listener = vi.fn();
    onSliceChange(settings, (s) => s.quiet.calendars, listener);
    settings.update({ noticeSeconds: 20 });
    expect(listener).not.toHaveBeenCalled();
    settings.update({ quiet: { calendars: ['/home/me/work.ics'] } });
    expect(listener).toHaveBeenCalledWith(['/home/me/work.ics']);
    settings.update({ noticeSeconds: 25 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
