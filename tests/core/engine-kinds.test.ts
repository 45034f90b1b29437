import { describe, expect, it } from 'vitest';
import { DISMISS_REOFFER_MS } from '../../main/core/engine/actions';
import { engineStateSchema } from '../../main/core/engine/state-schema';
import { describeStatus } from '../../main/core/engine/status';
import { BREAK_KINDS, type EngineEffect } from '../../main/core/engine/types';
import { parseHistory } from '../../main/core/history/parse';
import { recordForEffect } from '../../main/core/history/records';
import { noticeInfoOf } from '../../main/core/ipc/break-info';
import { progressView } from '../../main/core/progress/aggregate';
import { defaultSettings, settingsSchema } from '../../main/core/settings/schema';
import { TECHNIQUES } from '../../main/core/techniques/library';
import { configWith, MIN, minutesOf, run, SEC, simulateLines, T0 } from '../helpers/engine';

const NO_GENTLE = { gentleStart: { enabled: false } };
const ALL_ON = { ...NO_GENTLE, breaks: { eyes: { enabled: true }, stand: { enabled: true } } };
type Open = Extract<EngineEffect, { type: 'break-open' }>;
const opens = (effects: EngineEffect[]) => effects.filter((e): e is Open => e.type === 'break-open');
const timeline = (effects: EngineEffect[]) => opens(effects).map((e) => [Math.round(minutesOf(e) * 60) / 60, e.kind] as const);

describe('eye and stand-up breaks', () => {
  it('are off by default, and a settings file from before them still loads with them off', () => {
    const old = settingsSchema.parse({ version: 1, breaks: { posture: { everyMinutes: 25 }, stress: { enabled: false } } });
    expect(old.breaks.eyes).toEqual({ enabled: false, everyMinutes: 20, durationSeconds: 20 });
    expect(old.breaks.stand).toEqual({ enabled: false, everyMinutes: 60, durationSeconds: 120 });
    expect(old.breaks.posture.everyMinutes).toBe(25);
    expect(defaultSettings().app.trayRing).toBe(true);
    const { effects } = simulateLines([{ min: 300, type: 'end' }], NO_GENTLE);
    expect(new Set(opens(effects).map((e) => e.kind))).toEqual(new Set(['posture', 'stress']));
  });

  it('an eye break alone comes every 20 minutes for 20 seconds, with an eye technique', () => {
    const { effects } = simulateLines([{ min: 65, type: 'end' }], { ...NO_GENTLE, breaks: { posture: { enabled: false }, stress: { enabled: false }, eyes: { enabled: true } } });
    const list = opens(effects);
    expect(list.map((e) => e.kind)).toEqual(['eyes', 'eyes', 'eyes']);
    // Only active time counts, so each cycle is 20 minutes of work after the last 20-second break.
    expect(list.map((e) => Math.round(minutesOf(e) * 60))).toEqual([20 * 60, 40 * 60 + 20, 60 * 60 + 40]);
    for (const e of list) {
      expect(e.endsAt - e.at).toBe(20 * SEC);
      expect(TECHNIQUES.find((t) => t.id === e.technique)?.kinds).toContain('eyes');
    }
  });

  it('a stand-up break alone comes every hour for two minutes, up and moving', () => {
    const { effects } = simulateLines([{ min: 130, type: 'end' }], { ...NO_GENTLE, breaks: { posture: { enabled: false }, stress: { enabled: false }, stand: { enabled: true } } });
    const list = opens(effects);
    expect(list.map((e) => [minutesOf(e), e.kind])).toEqual([[60, 'stand'], [122, 'stand']]);
    expect(list[0]!.endsAt - list[0]!.at).toBe(2 * MIN);
  });

  it('with all four kinds due at once takes the longest, which restarts every other cycle', () => {
    const same = { everyMinutes: 30 };
    const { effects } = simulateLines([{ min: 70, type: 'end' }], { ...NO_GENTLE, breaks: { posture: same, stress: same, eyes: { ...same, enabled: true }, stand: { ...same, enabled: true } } });
    // 30 min of work, a 4-minute stress break, 30 more minutes: stress each time, nothing else.
    expect(timeline(effects)).toEqual([[30, 'stress'], [64, 'stress']]);
  });

  it('of three kinds due together the longest wins: stand over posture over eyes', () => {
    const { effects } = simulateLines([{ min: 62, type: 'end' }], { ...NO_GENTLE, breaks: { posture: { everyMinutes: 60 }, stress: { enabled: false }, eyes: { enabled: true, everyMinutes: 60 }, stand: { enabled: true, everyMinutes: 60 } } });
    expect(timeline(effects)).toEqual([[60, 'stand']]);
  });

  it('keeps every kind to its own rhythm over a morning with all four on, and never two within the gap', () => {
    const { effects } = simulateLines([{ min: 240, type: 'end' }], ALL_ON);
    const list = opens(effects);
    expect(new Set(list.map((e) => e.kind))).toEqual(new Set(BREAK_KINDS));
    const closes = effects.filter((e) => e.type === 'break-close');
    for (let i = 1; i < list.length; i += 1) expect(list[i]!.at - closes[i - 1]!.at).toBeGreaterThanOrEqual(10 * MIN);
    // Eye breaks are not swallowed by posture breaks: they come every 20–30 minutes of work.
    const eyesOrLonger = list.map((e) => minutesOf(e));
    for (let i = 1; i < eyesOrLonger.length; i += 1) expect(eyesOrLonger[i]! - eyesOrLonger[i - 1]!).toBeLessThanOrEqual(25);
    // Stress still comes once in the first two hours and some, stand about hourly.
    expect(list.filter((e) => e.kind === 'stress').map((e) => minutesOf(e))[0]).toBeGreaterThanOrEqual(110);
    expect(list.filter((e) => e.kind === 'stand').length).toBeGreaterThanOrEqual(3);
  });

  it('a stand-up break counts for posture and eyes (they restart), an eye break for nothing longer', () => {
    const cfg = configWith(ALL_ON);
    const start = run([{ type: 'start', now: T0 }], cfg).state;
    const worked = { ...start, active: { posture: 25 * MIN, stress: 25 * MIN, eyes: 19 * MIN, stand: 25 * MIN } };
    const afterStand = run([{ type: 'user', now: T0, action: 'start-now', kind: 'stand' }, { type: 'user', now: T0 + SEC, action: 'done' }], cfg, worked).state;
    expect(afterStand.active).toMatchObject({ posture: 0, eyes: 0, stand: 0, stress: 25 * MIN + SEC * 0 });
    const afterEyes = run([{ type: 'user', now: T0, action: 'start-now', kind: 'eyes' }, { type: 'user', now: T0 + SEC, action: 'done' }], cfg, worked).state;
    expect(afterEyes.active).toMatchObject({ eyes: 0, posture: 25 * MIN, stand: 25 * MIN });
  });

  it('says which kind comes next in the tray line', () => {
    const cfg = configWith({ breaks: { posture: { enabled: false }, stress: { enabled: false }, eyes: { enabled: true } } });
    const state = run([{ type: 'start', now: T0 }], cfg).state;
    expect(describeStatus(state, cfg, T0).text).toBe('Next eye break in 20 min');
  });
});

describe('older saved files, and records of every kind', () => {
  it('loads an engine state saved with two kinds: the new cycles start from nothing', () => {
    const cfg = configWith();
    const state = run([{ type: 'start', now: T0 }], cfg).state;
    const old = JSON.parse(JSON.stringify({ ...state, active: { posture: 5 * MIN, stress: 7 * MIN }, lastTechnique: { posture: 'chin-tuck', stress: null }, rotation: { posture: 2, stress: -1 } }));
    const loaded = engineStateSchema.parse(old);
    expect(loaded.active).toEqual({ posture: 5 * MIN, stress: 7 * MIN, eyes: 0, stand: 0 });
    expect(loaded.rotation).toEqual({ posture: 2, stress: -1, eyes: -1, stand: -1 });
    expect(loaded.lastTechnique).toEqual({ posture: 'chin-tuck', stress: null, eyes: null, stand: null });
  });

  it('keeps history of every kind, reads old two-kind history, and counts each kind in Progress', () => {
    const { effects } = simulateLines([{ min: 130, type: 'end' }], ALL_ON);
    const records = effects.flatMap((e) => recordForEffect(e) ?? []);
    const text = ['{"at":"2026-03-02T08:00:00.000Z","event":"completed","kind":"posture"}', ...records.map((r) => JSON.stringify(r))].join('\n');
    const parsed = parseHistory(text);
    expect(parsed.skipped).toEqual([]);
    expect(new Set(parsed.records.map((r) => r.kind))).toEqual(new Set(BREAK_KINDS));
    const view = progressView(parsed.records, [], { rangeDays: 7, now: T0 + 200 * MIN, timeZone: 'UTC' });
    const taken = (kind: (typeof BREAK_KINDS)[number]) => opens(effects).filter((e) => e.kind === kind).length;
    for (const kind of BREAK_KINDS) expect(view.byKind[kind].completed, kind).toBe(taken(kind) + (kind === 'posture' ? 1 : 0));
    expect(Object.values(view.byKind).reduce((n, k) => n + k.completed, 0)).toBe(view.totals.completed);
  });
});

describe('issue 13: snooze after starting early, dismissing a notice, waiting for a pause', () => {
  it('snoozing a break started early brings it back after the snooze, not a whole interval later', () => {
    const cfg = configWith(NO_GENTLE);
    const start = run([{ type: 'start', now: T0 }], cfg).state;
    const worked = { ...start, active: { ...start.active, posture: 5 * MIN, stress: 5 * MIN } };
    const { state } = run(
      [
        { type: 'user', now: T0, action: 'start-now', kind: 'posture' },
        { type: 'user', now: T0 + 5 * SEC, action: 'snooze', minutes: 10 },
      ],
      cfg,
      worked,
    );
    expect(describeStatus(state, cfg, T0 + 5 * SEC)).toMatchObject({ kind: 'posture', minutes: 10, mode: 'snoozed' });
    // The stress cycle is not brought forward by it.
    expect(state.active.stress).toBe(5 * MIN);
  });

  it('dismissing the notice withdraws it without counting a snooze; the break comes again five minutes later', () => {
    const { effects } = simulateLines(
      [
        { min: 29.75, type: 'user', action: 'dismiss-notice' },
        { min: 40, type: 'end' },
      ],
      { ...NO_GENTLE, snooze: { maxInARow: 0 } },
    );
    const close = effects.find((e) => e.type === 'notice-close');
    expect(close).toMatchObject({ reason: 'dismissed', kind: 'posture' });
    expect(effects.some((e) => e.type === 'snoozed' || e.type === 'snooze-refused')).toBe(false);
    const open = opens(effects);
    expect(open).toHaveLength(1);
    expect(open[0]!.at - close!.at).toBe(DISMISS_REOFFER_MS);
    // Nothing was written to history for the dismissal itself.
    expect(recordForEffect(close!)).toBeNull();
  });

  it('ignores a dismissal when no notice is open', () => {
    const cfg = configWith();
    const { effects } = run([{ type: 'start', now: T0 }, { type: 'user', now: T0 + MIN, action: 'dismiss-notice' }], cfg);
    expect(effects.at(-1)).toMatchObject({ type: 'ignored', action: 'dismiss-notice' });
  });

  it('says when the due break is waiting for a pause in typing', () => {
    const cfg = configWith();
    let state = run([{ type: 'start', now: T0 }], cfg).state;
    state = { ...state, active: { ...state.active, posture: 30 * MIN - 20 * SEC } };
    const atNotice = run([{ type: 'tick', now: T0 }], cfg, state).state;
    expect(noticeInfoOf(atNotice, cfg)).toMatchObject({ kind: 'posture', waitingForPause: false, startsAt: T0 + 20 * SEC });
    const due = run([{ type: 'tick', now: T0 + 20 * SEC, idleSeconds: 0 }], cfg, atNotice).state;
    expect(due.phase.name).toBe('gentle');
    expect(noticeInfoOf(due, cfg)).toMatchObject({ kind: 'posture', waitingForPause: true, startsAt: T0 + 20 * SEC });
    const dismissed = run([{ type: 'user', now: T0 + 30 * SEC, action: 'dismiss-notice' }], cfg, due).state;
    expect(noticeInfoOf(dismissed, cfg)).toBeNull();
    expect(dismissed.snoozesInARow).toBe(0);
  });
});
