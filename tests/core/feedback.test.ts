import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { feedbackInputSchema } from '../../main/core/progress/feedback-records';
import { MIN_RATINGS_FOR_PERCENT, shareOf, shouldOfferHide, techniqueFeedback, type FeedbackRecord, type Rating } from '../../main/core/progress/feedback';
import { defaultSettings, settingsSchema } from '../../main/core/settings/schema';
import { routineData } from '../../main/storage/feedback-routine';

const r = (technique: string, rating: Rating, day = 1): FeedbackRecord => ({ at: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`, technique, rating });

describe('the feedback tap', () => {
  it('is on by default and off with one setting', () => {
    expect(defaultSettings().feedback.afterBreak).toBe(true);
    expect(settingsSchema.parse({ feedback: { afterBreak: false } }).feedback.afterBreak).toBe(false);
  });

  it('takes one technique and one of three ratings, nothing else', () => {
    expect(feedbackInputSchema.safeParse({ technique: 'chin-tuck', rating: 'better' }).success).toBe(true);
    expect(feedbackInputSchema.safeParse({ technique: 'chin-tuck', rating: 'great' }).success).toBe(false);
    expect(feedbackInputSchema.safeParse({ technique: 'chin-tuck', rating: 'worse', note: 'x' }).success).toBe(false);
    expect(feedbackInputSchema.safeParse({ technique: '', rating: 'same' }).success).toBe(false);
  });

  it('offers to hide a technique at its second "worse", not at the first, and never once hidden', () => {
    expect(shouldOfferHide([r('chin-tuck', 'worse')], 'chin-tuck', [])).toBe(false);
    const twice = [r('chin-tuck', 'worse'), r('shoulder-rolls', 'worse'), r('chin-tuck', 'worse', 2)];
    expect(shouldOfferHide(twice, 'chin-tuck', [])).toBe(true);
    expect(shouldOfferHide(twice, 'chin-tuck', ['chin-tuck'])).toBe(false);
    // A "better" after two "worse" is not the moment to ask.
    expect(shouldOfferHide([...twice, r('chin-tuck', 'better', 3)], 'chin-tuck', [])).toBe(false);
  });
});

describe('how each technique felt', () => {
  const history = [
    { event: 'started', kind: 'posture', technique: 'chin-tuck' },
    { event: 'completed', kind: 'posture' },
    { event: 'started', kind: 'posture', technique: 'chin-tuck' },
    { event: 'skipped', kind: 'posture' },
    { event: 'started', kind: 'stress', technique: 'slow-breathing' },
    { event: 'done', kind: 'stress' },
    { event: 'started', kind: 'posture', technique: 'chin-tuck' },
    { event: 'done', kind: 'posture' },
    { event: 'completed', kind: 'posture' },
  ];

  it('counts breaks finished with each technique (skipped ones not) and every rating', () => {
    const rows = techniqueFeedback(history, [r('chin-tuck', 'better'), r('chin-tuck', 'better'), r('chin-tuck', 'same'), r('band-raise', 'worse')]);
    expect(rows).toEqual([
      { technique: 'chin-tuck', done: 2, rated: 3, better: 2, same: 1, worse: 0 },
      { technique: 'slow-breathing', done: 1, rated: 0, better: 0, same: 0, worse: 0 },
      { technique: 'band-raise', done: 0, rated: 1, better: 0, same: 0, worse: 1 },
    ]);
  });

  it('shows the count behind every share, and no percentage from a handful of ratings', () => {
    const three = { rated: 3, better: 2, same: 1, worse: 0 };
    expect(shareOf(three, 'better')).toEqual({ count: 2, of: 3, percent: null });
    const enough = { rated: MIN_RATINGS_FOR_PERCENT, better: 7, same: 2, worse: 1 };
    expect(shareOf(enough, 'better')).toEqual({ count: 7, of: 10, percent: 70 });
  });
});

describe('routine storage', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps checks and ratings as JSON lines, skips a torn line, and rebuilds the programme on change', () => {
    dir = mkdtempSync(join(tmpdir(), 'unknot-routine-'));
    writeFileSync(join(dir, 'history.jsonl'), '{"at":"2026-03-02T09:00:00.000Z","event":"started","kind":"posture","technique":"shrug-and-drop"}\n{"at":"2026-03-02T09:01:00.000Z","event":"completed","kind":"posture"}\n');
    const routine = routineData(dir, () => '{"at":"2026-03-02T09:00:00.000Z","event":"started","kind":"posture","technique":"shrug-and-drop"}\n{"at":"2026-03-02T09:01:00.000Z","event":"completed","kind":"posture"}\n');
    let changes = 0;
    const stop = routine.onChange(() => (changes += 1));
    expect(routine.bodyChecks()).toEqual({ last: null, all: [], dueAt: null });
    routine.addBodyCheck({ 'head-turn': 'easy-both', shoulders: 'both-raised', wall: 'touches', 'slump-vs-tall': 'no-difference', 'lower-back': 'free' }, Date.parse('2026-03-02T09:00:00Z'));
    expect(routine.programmeView().weights['shrug-and-drop']).toBe(2);
    expect(routine.programmeView().reasons['shrug-and-drop']).toBe('routine.why.shoulders-raised');
    expect(routine.addFeedback({ technique: 'shrug-and-drop', rating: 'worse' }, Date.parse('2026-03-02T09:02:00Z'), [])).toEqual({ offerHide: false });
    appendFileSync(join(dir, 'feedback.jsonl'), '{"at":"2026-03-02T09:03:00.000Z","techni');
    const again = routineData(dir, () => '');
    expect(again.addFeedback({ technique: 'shrug-and-drop', rating: 'worse' }, Date.parse('2026-03-02T09:04:00Z'), [])).toEqual({ offerHide: true });
    expect(again.records().feedback).toHaveLength(2);
    expect(routine.techniqueRows()).toEqual([{ technique: 'shrug-and-drop', done: 1, rated: 2, better: 0, same: 0, worse: 2 }]);
    expect(changes).toBe(2);
    expect(routine.bodyChecks().dueAt).toBe(Date.parse('2026-03-30T09:00:00Z'));
    routine.clear();
    expect(routine.records()).toEqual({ bodyChecks: [], feedback: [] });
    stop();
  });
});
