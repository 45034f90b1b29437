import { describe, expect, it } from 'vitest';
import { pickTechnique, rotationFor } from '../../main/core/engine/rotation';
import type { EngineConfig, TechniqueRef } from '../../main/core/engine/types';
import { configWith } from '../helpers/engine';

const refs = (weights: Record<string, number | undefined>): TechniqueRef[] =>
  Object.entries(weights).map(([id, weight]) => ({ id, kinds: ['posture'], ...(weight !== undefined && { weight }) }));

const withRefs = (techniques: TechniqueRef[], settings: unknown = {}): EngineConfig => ({ ...configWith(settings), techniques });

/** The techniques of `count` breaks in a row, as the engine picks them. */
const picks = (cfg: EngineConfig, count: number): string[] => {
  let position = -1;
  let last: string | null = null;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = pickTechnique(cfg, 'posture', position, last);
    ({ position } = next);
    last = next.id;
    out.push(next.id);
  }
  return out;
};
const share = (list: string[], id: string) => list.filter((x) => x === id).length;

describe('rotation weights', () => {
  it('keeps library order when every weight is the default', () => {
    expect(rotationFor(withRefs(refs({ a: undefined, b: undefined, c: 1 })), 'posture')).toEqual(['a', 'b', 'c']);
  });

  it('gives a technique of weight 2 twice the turns of the others, spread out, never twice in a row', () => {
    const cfg = withRefs(refs({ a: 1, b: 2, c: 1, d: 1 }));
    const round = rotationFor(cfg, 'posture');
    expect(share(round, 'b')).toBe(2);
    expect(round.length).toBe(5);
    const list = picks(cfg, 50);
    expect(share(list, 'b')).toBe(20);
    for (const id of ['a', 'c', 'd']) expect(share(list, id)).toBe(10);
    for (let i = 1; i < list.length; i += 1) expect(list[i]).not.toBe(list[i - 1]);
  });

  it('gives a weight of one half half the turns, and a huge weight no more than eight times the smallest share', () => {
    const half = picks(withRefs(refs({ a: 1, b: 0.5, c: 1 })), 50);
    expect(share(half, 'b')).toBe(10);
    expect(share(half, 'a')).toBe(20);
    const huge = rotationFor(withRefs(refs({ a: 1000, b: 0.1, c: Number.NaN })), 'posture');
    expect(share(huge, 'a')).toBe(8);
    expect(share(huge, 'b')).toBe(1);
    expect(share(huge, 'c')).toBe(1);
  });

  it('is deterministic and combines with favourites and hidden techniques', () => {
    const cfg = withRefs(refs({ a: 2, b: 1, c: 1 }), { techniques: { favourites: ['b'], hidden: ['c'] } });
    expect(rotationFor(cfg, 'posture')).toEqual(rotationFor(cfg, 'posture'));
    const round = rotationFor(cfg, 'posture');
    expect(round).not.toContain('c');
    expect(share(round, 'a')).toBe(share(round, 'b'));
  });
});
