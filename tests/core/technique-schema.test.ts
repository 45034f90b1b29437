import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../../main/core/techniques/library';
import { prepareCustom, slugify, type TechniqueDraft } from '../../main/core/techniques/custom';
import { applyImport, IMPORT_LIMITS, previewImport, readTechniqueFile, techniqueFileText } from '../../main/core/techniques/import';
import { describeProblem } from '../../main/core/techniques/problems';
import { techniqueSchema } from '../../main/core/techniques/technique-schema';
import type { Technique } from '../../main/core/techniques/types';

const draft = (over: Partial<TechniqueDraft> = {}): TechniqueDraft => ({
  name: 'Neck glide',
  kinds: ['posture'],
  steps: [
    { text: 'Glide your head back.', seconds: 20, mode: 'move' },
    { text: 'Breathe slowly.', seconds: 20, mode: 'breathe', breath: { inSeconds: 4, outSeconds: 6 } },
  ],
  cautions: ['Stop if it hurts.'],
  ...over,
});
const own = (name: string, id = `custom:${slugify(name)}`): Technique => ({ ...(prepareCustom(draft({ name }), []) as { technique: Technique }).technique, id });
const file = (techniques: unknown[]) => JSON.stringify({ format: 'unknot-techniques', version: 1, techniques });
const read = (text: string) => readTechniqueFile(text, new TextEncoder().encode(text).length);
const lines = (text: string) => {
  const result = read(text);
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe('the technique schema', () => {
  it.each(TECHNIQUES.map((t) => [t.id, t] as const))('accepts the built-in technique %s', (_id, t) => {
    const parsed = techniqueSchema.safeParse(t);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('refuses a breathing step without its pacer, a pacer on a hold, and steps longer than the longest break', () => {
    const t = TECHNIQUES[0]!;
    const bad = { ...t, steps: [{ text: 'Breathe', seconds: 600, mode: 'breathe' }, { text: 'Hold', seconds: 600, mode: 'hold', breath: { inSeconds: 4, outSeconds: 4 } }, { text: 'Rest', seconds: 601, mode: 'rest' }] };
    const result = techniqueSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const codes = result.error!.issues.map((i) => `${i.path.join('.')}:${(i as { params?: { code?: string } }).params?.code ?? i.code}`);
    expect(codes).toEqual(expect.arrayContaining(['steps.0.breath:breath-needed', 'steps.1.breath:breath-only-breathe', 'steps.2.seconds:too_big']));
  });
});

describe('saving one of your own techniques', () => {
  it('gets a custom: id from its name that never equals a built-in one', () => {
    const result = prepareCustom(draft({ name: 'Chin tuck' }), []);
    expect(result.ok && result.technique.id).toBe('custom:chin-tuck');
    expect(TECHNIQUES.some((t) => t.id === (result.ok && result.technique.id))).toBe(false);
    expect(result.ok && result.technique.evidence).toBe('own');
    const second = prepareCustom(draft({ name: 'Chin tuck' }), [own('Chin tuck')]);
    expect(second.ok && second.technique.id).toBe('custom:chin-tuck-2');
  });

  it('names every bad field and saves nothing', () => {
    const result = prepareCustom(draft({ name: ' ', kinds: [], steps: [{ text: '', seconds: null, mode: 'hold' }, { text: 'x', seconds: 1.5, mode: 'move' }, { text: 'y', seconds: 5, mode: 'breathe' }] }), []);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual(
      expect.arrayContaining(['name: is required', 'kinds: must have at least 1 entries', 'steps[0].text: is required', 'steps[0].seconds: is required', 'steps[1].seconds: must be a whole number', 'steps[2].breath: a breathing step needs its in and out seconds']),
    );
  });

  it('keeps the id when editing, so favourites and hidden still apply', () => {
    const saved = own('Neck glide');
    const result = prepareCustom(draft({ id: saved.id, name: 'Neck glide, slower' }), [saved]);
    expect(result.ok && result.technique.id).toBe(saved.id);
  });
});

describe('importing a technique file', () => {
  it('reads back what an export wrote', () => {
    const techniques = [own('Neck glide'), own('Wall angel')];
    expect(read(techniqueFileText(techniques))).toEqual({ ok: true, techniques });
  });

  it('names each problem with its path in the file', () => {
    const good = own('Neck glide');
    const text = file([good, good, { ...good, id: 'custom:b', steps: [{ ...good.steps[0], seconds: 0 }] }, { ...good, id: 'custom:c', kinds: ['lunch'], extra: 1 }]);
    expect(lines(text)).toEqual(['techniques[1].id: appears twice', 'techniques[2].steps[0].seconds: must be at least 1', 'techniques[3].kinds[0]: is not one of the allowed values', 'techniques[3].extra: is not a field a technique has']);
  });

  it('puts plain ids from someone else’s list into the custom: namespace', () => {
    const result = read(file([{ ...own('Chin tuck'), id: 'chin-tuck' }]));
    expect(result.ok && result.techniques[0]!.id).toBe('custom:chin-tuck');
  });

  it('refuses a hostile file without harm: huge, deep, prototype keys, not JSON, not ours', () => {
    const huge = ' '.repeat(IMPORT_LIMITS.bytes + 1);
    expect(lines(huge)).toEqual([`the file is larger than ${IMPORT_LIMITS.bytes} bytes`]);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(read(deep).ok).toBe(false);
    expect(lines(deep.slice(0, 400_000))).toEqual([`the file is nested deeper than ${IMPORT_LIMITS.depth} levels`]);
    const proto = `{"format":"unknot-techniques","version":1,"techniques":[{"__proto__":{"polluted":true}}],"constructor":{"prototype":{}}}`;
    expect(lines(proto)).toEqual(['techniques[0].__proto__: is a name no file may use (__proto__, constructor, prototype)', 'constructor: is a name no file may use (__proto__, constructor, prototype)']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(lines('{"format":')).toEqual(['the file is not JSON']);
    expect(lines('{"history":[]}')).toEqual(['format: this is not an Unknot technique file']);
  });

  it('keeps text with markup as plain text, and refuses control characters', () => {
    const script = { ...own('x'), name: '<script>alert(1)</script>' };
    const result = read(file([script]));
    expect(result.ok && result.techniques[0]!.name).toBe('<script>alert(1)</script>');
    expect(lines(file([{ ...own('x'), name: 'a\u0000b' }]))).toEqual(['techniques[0].name: contains control characters']);
  });

  it('offers replace or keep both for a clash, and changes the list all at once', () => {
    const saved = [own('Neck glide'), own('Wall angel')];
    const incoming = [{ ...own('Neck glide'), steps: [{ text: 'New words.', seconds: 30, mode: 'move' as const }] }, own('Wall angel'), own('Fresh one')];
    const items = previewImport(incoming, saved);
    expect(items.map((i) => i.conflict?.id ?? null)).toEqual(['custom:neck-glide', 'custom:wall-angel', null]);
    const applied = applyImport(items, ['replace', 'keep-both'], saved);
    expect(applied.ok && applied.techniques.map((t) => t.id)).toEqual(['custom:neck-glide', 'custom:wall-angel', 'custom:wall-angel-2', 'custom:fresh-one']);
    expect(applied.ok && applied.techniques[0]!.steps[0]!.text).toBe('New words.');
  });
});
