import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../main/core/history/parse';
import { T0 } from '../helpers/engine';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { startAppCore } = await import('../../main/app-core');

const platform = (clock: { t: number }) => ({
  now: () => clock.t,
  monotonic: () => clock.t,
  idleSeconds: () => 0,
  timeZone: () => 'UTC',
  log: vi.fn(),
  tellUser: vi.fn(),
});

describe('the app core (everything but windows)', () => {
  it('records every break in the history file, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-core-'));
    const clock = { t: T0 };
    const core = startAppCore(dir, platform(clock));
    core.host.start();
    clock.t += 60_000;
    core.host.dispatch({ type: 'user', action: 'start-now' });
    clock.t += 10_000;
    core.host.dispatch({ type: 'user', action: 'snooze', minutes: 5 });
    core.host.stop();
    const { records, skipped } = parseHistory(readFileSync(core.history.path, 'utf8'));
    expect(skipped).toEqual([]);
    expect(records.map((r) => r.event)).toEqual(['started', 'snoozed']);
    expect(records[0]).toMatchObject({ kind: 'posture', technique: 'upper-arm-hold', at: new Date(T0 + 60_000).toISOString() });
  });

  it('a restart keeps the schedule, the settings and the history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-core-'));
    const clock = { t: T0 };
    const first = startAppCore(dir, platform(clock));
    first.settings.update({ breaks: { posture: { everyMinutes: 25 } } });
    first.host.start();
    for (let i = 0; i < 10; i += 1) {
      clock.t += 60_000;
      first.host.dispatch({ type: 'tick', idleSeconds: 0 });
    }
    first.host.stop();
    clock.t += 30_000;
    const second = startAppCore(dir, platform(clock));
    second.host.start();
    expect(second.settings.get().breaks.posture.everyMinutes).toBe(25);
    expect(second.host.status().text).toBe('Next posture break in 15 min');
    second.host.stop();
  });

  it('a torn last history line is skipped with a warning, and the next record starts on a fresh line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-core-'));
    const clock = { t: T0 };
    const first = startAppCore(dir, platform(clock));
    first.host.start();
    first.host.dispatch({ type: 'user', action: 'start-now' });
    first.host.stop();
    appendFileSync(first.history.path, '{"at":"2026-03-02T09:0');
    const second = startAppCore(dir, platform(clock));
    second.host.start();
    second.host.dispatch({ type: 'user', action: 'done' });
    const { records, skipped } = parseHistory(readFileSync(second.history.path, 'utf8'));
    expect(records.map((r) => r.event)).toEqual(['started', 'done']);
    expect(skipped).toEqual([{ line: 2, reason: 'not JSON' }]);
    second.host.stop();
  });
});
