import { describe, expect, it } from 'vitest';
import { customStrings } from '../../main/core/i18n/parts/custom';
import type { ProblemCode } from '../../main/core/techniques/problems';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('the custom techniques catalog part', () => {
  const en = new Map(leaves(customStrings.en as Tree));
  const de = new Map(leaves(customStrings.de as Tree));

  it('has every English key in German too, with the same placeholders', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) expect(placeholders(de.get(key)!), key).toEqual(placeholders(text));
  });

  it('words every problem the schema and the import can name', () => {
    const codes: ProblemCode[] = ['required', 'too-short', 'too-long', 'too-small', 'too-large', 'too-few', 'too-many', 'not-whole', 'wrong-type', 'invalid-choice', 'unknown-key', 'invalid-id', 'duplicate', 'breath-needed', 'breath-only-breathe', 'total-too-long', 'control-characters', 'not-json', 'file-too-big', 'too-deep', 'forbidden-key', 'wrong-format', 'too-many-custom', 'invalid'];
    for (const code of codes) {
      expect(en.get(`custom.problem.${code}`), code).toBeTruthy();
      expect(de.get(`custom.problem.${code}`), code).toBeTruthy();
    }
  });
});
