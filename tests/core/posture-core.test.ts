import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import { isLeaningIn, isShouldersUp, type Geometry } from '../../main/core/posture/deviation';
import { postureOffReason } from '../../main/core/posture/gate';
import { summariseDays, parseMinutes } from '../../main/core/posture/summary';
import { chooseForFindings, TECHNIQUES_FOR } from '../../main/core/posture/technique-choice';
import { postureWord, resolveLanguage } from '../../main/core/posture/words';
import { defaultSettings, settingsSchema } from '../../main/core/settings/schema';
import { TECHNIQUES } from '../../main/core/techniques/library';

const BASE: Geometry = { shoulderWidth: 0.35, earShoulderGap: 0.55, noseShoulderGap: 0.75, headSize: 0.09, centerX: 0.5, centerY: 0.7 };

describe('posture settings', () => {
  it('are off by default, sample a burst a minute, nudge after 40 still minutes at most every 10, pause on battery, no baseline', () => {
    expect(defaultSettings().posture).toEqual({ enabled: false, sampling: 'burst-1min', stillMinutes: 40, nudgeEveryMinutes: 10, pauseOnBattery: true, baseline: null });
  });
  it('keep a baseline as numbers only: anything else is dropped or refused', () => {
    expect(settingsSchema.parse({ posture: { baseline: { ...BASE, at: 1, image: 'data:' } } }).posture.baseline).toEqual({ ...BASE, at: 1 });
    expect(settingsSchema.safeParse({ posture: { baseline: { ...BASE, shoulderWidth: 'wide', at: 1 } } }).success).toBe(false);
  });
});

describe('what counts as a change, against the baseline', () => {
  it('head dropping forward (nose falls more than the ears) is leaning in, not raised shoulders', () => {
    const dropped = { ...BASE, noseShoulderGap: BASE.noseShoulderGap - 0.16, earShoulderGap: BASE.earShoulderGap - 0.03 };
    expect(isLeaningIn(dropped, BASE)).toBe(true);
    expect(isShouldersUp(dropped, BASE)).toBe(false);
  });
  it('a shrug moves nose and ears alike: raised shoulders, not leaning in', () => {
    const shrug = { ...BASE, noseShoulderGap: BASE.noseShoulderGap - 0.15, earShoulderGap: BASE.earShoulderGap - 0.15 };
    expect(isShouldersUp(shrug, BASE)).toBe(true);
    expect(isLeaningIn(shrug, BASE)).toBe(false);
  });
  it('coming 15 % closer to the screen is leaning in; 5 % is not', () => {
    expect(isLeaningIn({ ...BASE, shoulderWidth: BASE.shoulderWidth * 1.15, headSize: BASE.headSize * 1.15 }, BASE)).toBe(true);
    expect(isLeaningIn({ ...BASE, shoulderWidth: BASE.shoulderWidth * 1.05, headSize: BASE.headSize * 1.05 }, BASE)).toBe(false);
  });
});

describe('the camera follows the breaks', () => {
  const on = { enabled: true, mode: 'active' as const, onBattery: false, pauseOnBattery: true };
  it('runs only when switched on, breaks would come, and not on battery (by default)', () => {
    expect(postureOffReason(on)).toBeNull();
    expect(postureOffReason({ ...on, mode: 'snoozed' })).toBeNull();
    expect(postureOffReason({ ...on, enabled: false })).toBe('disabled');
    for (const mode of ['away', 'paused', 'quiet', 'off-hours', 'break'] as const) expect(postureOffReason({ ...on, mode })).toBe(mode);
    expect(postureOffReason({ ...on, onBattery: true })).toBe('battery');
    expect(postureOffReason({ ...on, onBattery: true, pauseOnBattery: false })).toBeNull();
  });
});

describe('breaks get smarter', () => {
  it('every technique it may pick is a posture technique of the library', () => {
    const posture = new Set(TECHNIQUES.filter((t) => t.kinds.includes('posture')).map((t) => t.id));
    for (const ids of Object.values(TECHNIQUES_FOR)) for (const id of ids) expect(posture.has(id), id).toBe(true);
  });
  it('raised shoulders → shrug and drop (or the upper-trapezius stretch after it), forward head → chin tuck, with a reason', () => {
    expect(chooseForFindings(['shoulders-up'], [], null)).toEqual({ technique: 'shrug-and-drop', reasonKey: 'posture.main.why.shoulders-up', finding: 'shoulders-up' });
    expect(chooseForFindings(['shoulders-up'], [], 'shrug-and-drop')?.technique).toBe('upper-trapezius');
    expect(chooseForFindings(['shoulders-up'], ['shrug-and-drop'], null)?.technique).toBe('upper-trapezius');
    expect(chooseForFindings(['leaning-in'], [], null)?.technique).toBe('chin-tuck');
    expect(chooseForFindings(['still', 'leaning-in'], [], null)?.finding).toBe('leaning-in');
    expect(chooseForFindings(['still'], [], null)?.technique).toBe('shoulder-rolls');
    expect(chooseForFindings([], [], null)).toBeNull();
  });
  it('every reason exists in English and German', () => {
    for (const finding of Object.keys(TECHNIQUES_FOR)) {
      for (const lang of ['en', 'de'] as const) expect(postureWord(lang, `why.${finding}`)).not.toBe(`why.${finding}`);
    }
  });
});

describe('posture words', () => {
  it('English and German have the same keys under posture.main', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    const main = (lang: 'en' | 'de') => keys((CATALOGS[lang] as { posture: { main: unknown } }).posture.main).sort();
    expect(main('de')).toEqual(main('en'));
  });
  it('fills placeholders and follows the language setting', () => {
    expect(postureWord('en', 'nudge.still', { minutes: 45 })).toContain('45 minutes');
    expect(postureWord('de', 'nudge.still', { minutes: 45 })).toContain('45 Minuten');
    expect(resolveLanguage('auto', 'de-AT')).toBe('de');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('en');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });
});

describe('posture days for Progress', () => {
  const day = Date.UTC(2026, 2, 2, 9, 0, 0);
  it('sums minutes into local days: minutes sensed, share near the baseline, nudges, the longest still stretch', () => {
    const minutes = [
      { at: day, sensed: true, near: true, nudges: 0, stillMinutes: 5 },
      { at: day + 60_000, sensed: true, near: false, nudges: 1, stillMinutes: 41 },
      { at: day + 120_000, sensed: true, near: null, nudges: 0, stillMinutes: 0 },
      { at: day + 86_400_000, sensed: true, near: true, nudges: 0, stillMinutes: 2 },
    ];
    expect(summariseDays(minutes, 'UTC')).toEqual([
      { day: '2026-03-02', minutesSensed: 3, nearShare: 0.5, nudges: 1, longestStillMinutes: 41 },
      { day: '2026-03-03', minutesSensed: 1, nearShare: 1, nudges: 0, longestStillMinutes: 2 },
    ]);
  });
  it('reads the file skipping torn or foreign lines, one line per minute', () => {
    const line = JSON.stringify({ at: day, sensed: true, near: true, nudges: 0, stillMinutes: 5 });
    const text = [line, '{"at":', JSON.stringify({ at: day + 60_000, sensed: true, near: true, nudges: 0, stillMinutes: 6, image: 'x' }), line, ''].join('\n');
    expect(parseMinutes(text)).toHaveLength(1);
  });
});

describe('a passer-by is not the sitter (footage: read at 0.4–0.5 of the sitter width for three frames)', () => {
  it('a figure under 0.7 of the calibrated shoulder width is someone else, the sitter leaning in is not', async () => {
    const { isSomeoneElse } = await import('../../main/core/posture/deviation');
    const sitter = { shoulderWidth: 0.35, earShoulderGap: 0.6, noseShoulderGap: 0.9, headSize: 0.1, centerX: 0.5, centerY: 0.6 };
    expect(isSomeoneElse({ ...sitter, shoulderWidth: 0.16 }, sitter)).toBe(true);
    expect(isSomeoneElse({ ...sitter, shoulderWidth: 0.42 }, sitter)).toBe(false);
    expect(isSomeoneElse(sitter, sitter)).toBe(false);
  });
});
