import { describe, expect, it } from 'vitest';
import { rotationFor } from '../../main/core/engine/rotation';
import type { BodyCheck, BodyCheckAnswers } from '../../main/core/progress/body-check';
import type { FeedbackRecord, Rating } from '../../main/core/progress/feedback';
import { TECHNIQUE_REFS, TECHNIQUES } from '../../main/core/techniques/library';
import { RAISED_BY, programmeFrom, programmeReasonKey, weightOf, withProgramme } from '../../main/core/techniques/programme';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import { configWith } from '../helpers/engine';

const clear: BodyCheckAnswers = { 'head-turn': 'easy-both', shoulders: 'level-low', wall: 'touches', 'slump-vs-tall': 'no-difference', 'lower-back': 'free' };
const check = (answers: Partial<BodyCheckAnswers>): BodyCheck => ({ at: '2026-03-02T09:00:00.000Z', answers: { ...clear, ...answers } });
const rated = (technique: string, ...ratings: Rating[]): FeedbackRecord[] => ratings.map((rating, i) => ({ at: `2026-03-0${i + 1}T10:00:00.000Z`, technique, rating }));

describe('your programme from the body self-check', () => {
  it('changes nothing when no check was done, or when nothing was found', () => {
    expect(programmeFrom(null, [])).toEqual({});
    expect(programmeFrom(check({}), [])).toEqual({});
  });

  it('raises the techniques that fit each finding, one more turn per finding, at most three', () => {
    const p = programmeFrom(check({ 'head-turn': 'one-side-less' }), []);
    expect(Object.keys(p).sort()).toEqual([...RAISED_BY['neck-stiff']].sort());
    expect(weightOf(p, 'levator-scapulae')).toBe(2);
    expect(weightOf(p, 'slow-breathing')).toBe(1);
    // The chin tuck fits a stiff neck, a forward head and sitting tall: capped at three turns.
    const many = programmeFrom(check({ 'head-turn': 'both-stiff', wall: 'does-not-reach', 'slump-vs-tall': 'tall-freer' }), []);
    expect(many['chin-tuck']!.findings).toEqual(['neck-stiff', 'head-forward', 'posture-sensitive']);
    expect(weightOf(many, 'chin-tuck')).toBe(3);
  });

  it('keeps back bends out when the lower-back test hurt, and raises them when it was only stiff', () => {
    expect(weightOf(programmeFrom(check({ 'lower-back': 'painful' }), []), 'standing-back-extension')).toBe(1);
    expect(weightOf(programmeFrom(check({ 'lower-back': 'painful' }), []), 'seated-pelvic-tilt')).toBe(2);
    expect(weightOf(programmeFrom(check({ 'lower-back': 'stiff' }), []), 'standing-back-extension')).toBe(2);
  });

  it('ignores skipped tests', () => {
    expect(programmeFrom(check({ 'head-turn': 'skipped', wall: 'skipped' }), [])).toEqual({});
  });

  it('names only techniques the library has, and a reason the catalogs can show in both languages', () => {
    const ids = new Set(TECHNIQUES.map((t) => t.id));
    for (const list of Object.values(RAISED_BY)) for (const id of list) expect(ids.has(id), id).toBe(true);
    const p = programmeFrom(check({ 'head-turn': 'painful', shoulders: 'both-raised', wall: 'chin-up', 'slump-vs-tall': 'tall-freer', 'lower-back': 'stiff' }), rated('cyclic-sigh', 'better', 'better'));
    for (const id of Object.keys(p)) {
      const key = programmeReasonKey(p, id);
      expect(key, id).not.toBeNull();
      for (const lang of ['en', 'de'] as const) {
        const text = key!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], CATALOGS[lang]);
        expect(typeof text, `${lang} ${key}`).toBe('string');
      }
    }
  });
});

describe('your programme from feedback', () => {
  it('does not learn from one rating', () => {
    expect(programmeFrom(null, rated('chin-tuck', 'better'))).toEqual({});
    expect(programmeFrom(null, rated('chin-tuck', 'worse'))).toEqual({});
  });

  it('gives a technique rated better more turns and one rated worse fewer', () => {
    expect(weightOf(programmeFrom(null, rated('chin-tuck', 'better', 'better')), 'chin-tuck')).toBe(1.5);
    expect(weightOf(programmeFrom(null, rated('chin-tuck', 'worse', 'worse')), 'chin-tuck')).toBe(0.5);
    // Even: no verdict.
    expect(programmeFrom(null, rated('chin-tuck', 'better', 'worse'))).toEqual({});
    // Feedback scales what the body check raised.
    expect(weightOf(programmeFrom(check({ 'head-turn': 'one-side-less' }), rated('chin-tuck', 'better', 'better', 'better')), 'chin-tuck')).toBe(3);
  });

  it('follows the latest ratings, so a technique can win its turns back', () => {
    const history = [...rated('shoulder-rolls', 'worse', 'worse', 'worse'), ...Array.from({ length: 10 }, (_, i) => ({ at: `2026-04-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`, technique: 'shoulder-rolls', rating: 'better' as const }))];
    expect(weightOf(programmeFrom(null, history), 'shoulder-rolls')).toBe(1.5);
  });

  it('says "you rated it as helping" only for a technique feedback raised', () => {
    const p = programmeFrom(null, [...rated('chin-tuck', 'better', 'better'), ...rated('shoulder-rolls', 'worse', 'worse')]);
    expect(programmeReasonKey(p, 'chin-tuck')).toBe('routine.why.helps');
    expect(programmeReasonKey(p, 'shoulder-rolls')).toBeNull();
    expect(programmeReasonKey(p, 'slow-breathing')).toBeNull();
  });
});

describe('the programme in the rotation', () => {
  it('adds weights to the engine refs without changing ids or kinds', () => {
    const refs = withProgramme(TECHNIQUE_REFS, programmeFrom(check({ shoulders: 'both-raised' }), []));
    expect(refs.map((r) => r.id)).toEqual(TECHNIQUE_REFS.map((r) => r.id));
    expect(refs.find((r) => r.id === 'shrug-and-drop')!.weight).toBe(2);
    expect(refs.find((r) => r.id === 'chin-tuck')!.weight).toBe(1);
  });

  it('gives raised techniques more turns in a posture round than the rest', () => {
    const cfg = { ...configWith(), techniques: withProgramme(TECHNIQUE_REFS, programmeFrom(check({ shoulders: 'both-raised' }), [])) };
    const round = rotationFor(cfg, 'posture');
    const turns = (id: string) => round.filter((x) => x === id).length;
    expect(turns('shrug-and-drop')).toBeGreaterThan(turns('chin-tuck'));
    expect(turns('chin-tuck')).toBeGreaterThan(0);
  });
});
