import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TECHNIQUES, totalSeconds } from '../../main/core/techniques/library';
import { stepAt, timeline } from '../../main/core/techniques/timeline';
import { rotationFor, pickTechnique } from '../../main/core/engine/rotation';
import { configWith } from '../helpers/engine';

const RANGES = { posture: [30, 60], stress: [120, 300], eyes: [15, 40], stand: [90, 180] } as const;

describe('the technique library', () => {
  it('has at least the fourteen techniques of the design, the source article’s first', () => {
    expect(TECHNIQUES.length).toBeGreaterThanOrEqual(14);
    expect(TECHNIQUES[0]!.id).toBe('upper-arm-hold');
    for (const id of ['shrug-and-drop', 'slow-breathing', 'cyclic-sigh', 'posture-check', 'lower-back-release', 'band-raise', 'levator-scapulae']) {
      expect(TECHNIQUES.map((t) => t.id)).toContain(id);
    }
    expect(new Set(TECHNIQUES.map((t) => t.id)).size).toBe(TECHNIQUES.length);
  });

  it.each(TECHNIQUES.map((t) => [t.id, t] as const))('%s is complete: steps, dose for its kind, cautions, evidence, source, picture', (_id, t) => {
    expect(t.steps.length).toBeGreaterThan(0);
    expect(t.steps.every((s) => s.text.length > 10 && s.seconds > 0)).toBe(true);
    expect(t.cautions.length).toBeGreaterThan(0);
    expect(t.why.length).toBeGreaterThan(20);
    expect(t.source.length).toBeGreaterThan(5);
    expect(['traditional', 'expert-advice', 'limited', 'moderate', 'good']).toContain(t.evidence);
    // The dose fits at least one kind it is offered in (a technique for posture and stress fits the shorter).
    const fits = t.kinds.filter((k) => totalSeconds(t) >= RANGES[k][0] && totalSeconds(t) <= RANGES[k][1]);
    expect(fits, `${t.id} runs ${totalSeconds(t)} s`).not.toEqual([]);
    if (t.kinds.length > 1) expect(t.steps.some((s) => s.mode === 'hold' || s.mode === 'breathe')).toBe(true);
    t.steps.filter((s) => s.mode === 'breathe').forEach((s) => expect(s.breath).toBeDefined());
    const svg = `assets/techniques/${t.id}.svg`;
    expect(existsSync(svg), svg).toBe(true);
    expect(readFileSync(svg, 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 160 160"/);
  });

  it('says plainly that the upper-arm hold is traditional and unproven', () => {
    const hold = TECHNIQUES[0]!;
    expect(hold.evidence).toBe('traditional');
    expect(hold.cautions.join(' ')).toMatch(/unproven/i);
  });

  it('stretches a technique to fill a longer break and ends exactly with the break', () => {
    const hold = TECHNIQUES[0]!;
    const steps = timeline(hold, 240);
    expect(steps.at(-1)!.end).toBe(240);
    expect(steps.find((s) => s.mode === 'hold')!.end - steps.find((s) => s.mode === 'hold')!.start).toBe(220);
    expect(stepAt(steps, 0)!.index).toBe(0);
    expect(stepAt(steps, 500)!.index).toBe(steps.length - 1);
  });
});

describe('technique rotation', () => {
  it('never gives the same technique twice in a row and skips hidden ones', () => {
    const cfg = configWith({ techniques: { hidden: ['chin-tuck'] } });
    let position = -1;
    let last: string | null = null;
    const seen: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const next = pickTechnique(cfg, 'posture', position, last);
      expect(next.id).not.toBe(last);
      ({ position } = next);
      last = next.id;
      seen.push(next.id);
    }
    expect(seen).not.toContain('chin-tuck');
    expect(new Set(seen).size).toBe(rotationFor(cfg, 'posture').length);
  });

  it('gives favourites an extra turn each round', () => {
    const cfg = configWith({ techniques: { favourites: ['posture-check'] } });
    const round = rotationFor(cfg, 'posture');
    expect(round.filter((id) => id === 'posture-check')).toHaveLength(2);
    expect(round.filter((id) => id === 'chin-tuck')).toHaveLength(1);
  });
});
