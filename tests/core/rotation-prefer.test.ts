import { describe, expect, it } from 'vitest';
import { pickTechnique } from '../../main/core/engine/rotation';
import type { EngineConfig, TechniqueRef } from '../../main/core/engine/types';
import { configWith } from '../helpers/engine';

const refs: TechniqueRef[] = ['a', 'b', 'c'].map((id) => ({ id, kinds: ['posture'] }));
const cfg = (prefer: EngineConfig['preferTechnique'], settings: unknown = {}): EngineConfig => ({ ...configWith(settings), techniques: refs, ...(prefer && { preferTechnique: prefer }) });

describe('a preferred technique (posture sensing picks for what it saw, issue 14)', () => {
  it('is taken for the next break, and the rotation carries on where it was', () => {
    const picked = pickTechnique(cfg(() => 'c'), 'posture', 0, 'a');
    expect(picked).toEqual({ id: 'c', position: 0 });
    expect(pickTechnique(cfg(undefined), 'posture', picked.position, picked.id).id).toBe('b');
  });

  it('is ignored when it is hidden, of another kind, unknown, or the one just done', () => {
    expect(pickTechnique(cfg(() => 'c', { techniques: { hidden: ['c'] } }), 'posture', 0, 'a').id).toBe('b');
    expect(pickTechnique(cfg(() => 'nope'), 'posture', 0, 'a').id).toBe('b');
    expect(pickTechnique(cfg(() => 'a'), 'posture', 0, 'a').id).toBe('b');
    expect(pickTechnique(cfg(() => 'c'), 'stress', 0, null).id).not.toBe('c');
  });
});
