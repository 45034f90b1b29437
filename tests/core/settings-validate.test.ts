import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import { defaultSettings } from '../../main/core/settings/schema';
import { ERROR_CODES, parseSettings, repairSettings } from '../../main/core/settings/validate';
import { TECHNIQUE_REFS } from '../../main/core/techniques/library';

const problemsOf = (input: unknown) => {
  const result = parseSettings(input);
  return result.ok ? [] : result.problems;
};

describe('settings problems in plain words', () => {
  it('words every schema problem from the catalog, never with the schema library’s own text', () => {
    const problems = problemsOf({ breaks: { posture: { everyMinutes: 1, durationSeconds: 12.5 } }, noticeSeconds: 'soon', snooze: { options: [] }, app: { language: 'fr' }, workingHours: { days: { mon: [['0x:00', '10:00']], tue: [['12:00', '10:00']] } }, quiet: { calendars: ['notes.txt'] }, shortcuts: { breakNow: 'x'.repeat(70) } });
    expect(problems.map((p) => [p.key, p.code, p.message])).toEqual([
      ['breaks.posture.everyMinutes', 'atLeast', 'Use 5 or more.'],
      ['breaks.posture.durationSeconds', 'wholeNumber', 'Use a whole number.'],
      ['noticeSeconds', 'number', 'Enter a number.'],
      ['snooze.options', 'atLeastItems', 'Give at least 1.'],
      ['workingHours.days.mon.0.0', 'time', 'Write times as 9:00 or 17:30.'],
      ['workingHours.days.tue.0', 'spanOrder', 'A span must end after it starts.'],
      ['shortcuts.breakNow', 'tooLong', 'Keep it to 64 characters.'],
      ['quiet.calendars.0', 'calendar', 'Use a local .ics file or an https:// or webcal:// address.'],
      ['app.language', 'choice', 'Pick one of the choices.'],
    ]);
    for (const p of problems) expect(p.message).not.toMatch(/Too small|Invalid input|expected/);
  });

  it('has every problem code in every language', () => {
    for (const language of ['en', 'de'] as const) {
      const errors = (CATALOGS[language].settings as { errors: Record<string, string> }).errors;
      for (const code of ERROR_CODES) expect(errors[code], `${language} ${code}`).toBeTruthy();
    }
  });
});

describe('rules across fields', () => {
  it('accepts "9:00" and keeps it as "09:00"', () => {
    const result = parseSettings({ workingHours: { days: { mon: [['9:00', '12:00'], [' 13:00', '17:30']] } } });
    expect(result.ok && result.settings.workingHours.days.mon).toEqual([['09:00', '12:00'], ['13:00', '17:30']]);
  });

  it('refuses working spans that overlap, in any order; touching spans are fine', () => {
    expect(problemsOf({ workingHours: { days: { wed: [['13:00', '17:00'], ['09:00', '13:30']] } } })).toEqual([expect.objectContaining({ key: 'workingHours.days.wed', code: 'spansOverlap' })]);
    expect(problemsOf({ workingHours: { days: { wed: [['09:00', '13:00'], ['13:00', '17:00']] } } })).toEqual([]);
  });

  it('keeps the default snooze one of the choices', () => {
    expect(problemsOf({ snooze: { options: [5, 15], defaultMinutes: 10 } })).toEqual([expect.objectContaining({ key: 'snooze.defaultMinutes', code: 'snoozeDefault', message: 'The default snooze must be one of the choices (5, 15).' })]);
    expect(problemsOf({ snooze: { options: [5, 15], defaultMinutes: 15 } })).toEqual([]);
  });

  it('keeps at least one technique shown for every kind of break', () => {
    const posture = TECHNIQUE_REFS.filter((t) => t.kinds.includes('posture')).map((t) => t.id);
    expect(problemsOf({ techniques: { hidden: posture } })).toEqual([expect.objectContaining({ key: 'techniques.hidden', code: 'lastTechnique', params: { kind: 'posture' } })]);
    expect(problemsOf({ techniques: { hidden: posture.slice(1) } })).toEqual([]);
  });

  it('takes only shortcuts Electron accepts that carry Ctrl, Alt or Cmd, and two different ones', () => {
    expect(problemsOf({ shortcuts: { breakNow: 'Ctrl+Hyper+B' } }).map((p) => p.code)).toEqual(['shortcut']);
    expect(problemsOf({ shortcuts: { breakNow: 'B' } }).map((p) => p.code)).toEqual(['shortcutModifier']);
    expect(problemsOf({ shortcuts: { breakNow: 'Ctrl+Alt+S', snooze: 'ctrl+alt+s' } }).map((p) => p.code)).toEqual(['shortcutSame']);
  });

  it('repairs a file that breaks a rule: the rest is kept, the broken value goes back to its default, and it is reported', () => {
    const posture = TECHNIQUE_REFS.filter((t) => t.kinds.includes('posture')).map((t) => t.id);
    const { settings, problems } = repairSettings({
      noticeSeconds: 45,
      workingHours: { days: { mon: [['09:00', '12:00'], ['11:00', '14:00']] } },
      snooze: { options: [5, 15], defaultMinutes: 10 },
      techniques: { hidden: posture },
      shortcuts: { breakNow: 'B' },
    });
    expect(settings.noticeSeconds).toBe(45);
    expect(settings.workingHours.days.mon).toEqual(defaultSettings().workingHours.days.mon);
    expect(settings.snooze).toMatchObject({ options: [5, 15], defaultMinutes: 5 });
    expect(TECHNIQUE_REFS.filter((t) => t.kinds.includes('posture') && !settings.techniques.hidden.includes(t.id)).length).toBeGreaterThan(0);
    expect(settings.shortcuts.breakNow).toBe(defaultSettings().shortcuts.breakNow);
    expect(problems.map((p) => p.code).sort()).toEqual(['lastTechnique', 'shortcutModifier', 'snoozeDefault', 'spansOverlap']);
    expect(parseSettings(settings).ok).toBe(true);
  });

  it('finds nothing wrong with the defaults', () => {
    expect(parseSettings({}).ok).toBe(true);
    expect(repairSettings({}).problems).toEqual([]);
  });
});
