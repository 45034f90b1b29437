import { describe, expect, it } from 'vitest';
import { answersOverTime, BODY_CHECK_CHOICES, BODY_CHECK_TESTS, bodyCheckDueAt, findingsOf, isBodyCheckDue, type BodyCheck } from '../../main/core/progress/body-check';
import { bodyCheckAnswersSchema, bodyCheckSchema } from '../../main/core/progress/body-check-records';
import { CATALOGS } from '../../main/core/i18n/catalogs';

const DAY = 86_400_000;
const at = Date.parse('2026-03-02T09:00:00Z');
const answers = { 'head-turn': 'one-side-less', shoulders: 'level-low', wall: 'chin-up', 'slump-vs-tall': 'no-difference', 'lower-back': 'stiff' } as const;

describe('the body self-check', () => {
  it('is five tests, each with simple choices, including the lower back', () => {
    expect(BODY_CHECK_TESTS).toHaveLength(5);
    expect(BODY_CHECK_TESTS).toContain('lower-back');
    for (const test of BODY_CHECK_TESTS) {
      expect(BODY_CHECK_CHOICES[test].length).toBeGreaterThanOrEqual(3);
      expect(BODY_CHECK_CHOICES[test]).toContain('skipped');
    }
  });

  it('has every test, choice and picture worded in English and German', () => {
    for (const lang of ['en', 'de'] as const) {
      const bc = (CATALOGS[lang] as { routine: { bodyCheck: { tests: Record<string, Record<string, string>>; choices: Record<string, Record<string, string>> } } }).routine.bodyCheck;
      for (const test of BODY_CHECK_TESTS) {
        for (const field of ['name', 'how', 'question', 'picture']) expect(bc.tests[test]?.[field], `${lang} ${test}.${field}`).toBeTruthy();
        for (const choice of BODY_CHECK_CHOICES[test]) expect(bc.choices[test]?.[choice], `${lang} ${test}.${choice}`).toBeTruthy();
      }
    }
  });

  it('turns answers into findings, in test order', () => {
    expect(findingsOf(answers)).toEqual(['neck-stiff', 'head-forward', 'lower-back-stiff']);
    expect(findingsOf({ ...answers, 'head-turn': 'skipped', wall: 'touches', 'lower-back': 'free' })).toEqual([]);
  });

  it('is due when never done, and again four weeks after the last one', () => {
    expect(isBodyCheckDue(null, at)).toBe(true);
    expect(bodyCheckDueAt(null)).toBeNull();
    const last = { at: new Date(at).toISOString() };
    expect(bodyCheckDueAt(last)).toBe(at + 28 * DAY);
    expect(isBodyCheckDue(last, at + 27 * DAY)).toBe(false);
    expect(isBodyCheckDue(last, at + 28 * DAY)).toBe(true);
  });

  it('lists one test’s answers over time, oldest first, marking what the programme acts on', () => {
    const checks: BodyCheck[] = [
      { at: new Date(at + 30 * DAY).toISOString(), answers: { ...answers, wall: 'touches' } },
      { at: new Date(at).toISOString(), answers },
    ];
    expect(answersOverTime(checks, 'wall')).toEqual([
      { at: new Date(at).toISOString(), choice: 'chin-up', finding: true },
      { at: new Date(at + 30 * DAY).toISOString(), choice: 'touches', finding: false },
    ]);
  });

  it('accepts only each test’s own choices, and nothing extra, at the boundary', () => {
    expect(bodyCheckAnswersSchema.safeParse(answers).success).toBe(true);
    expect(bodyCheckAnswersSchema.safeParse({ ...answers, wall: 'stiff' }).success).toBe(false);
    expect(bodyCheckAnswersSchema.safeParse({ ...answers, extra: 'x' }).success).toBe(false);
    const { 'lower-back': _dropped, ...missing } = answers;
    expect(bodyCheckAnswersSchema.safeParse(missing).success).toBe(false);
    expect(bodyCheckSchema.safeParse({ at: '2026-03-02T09:00:00.000Z', answers }).success).toBe(true);
  });
});
