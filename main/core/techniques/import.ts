import { z } from 'zod';
import { slugify, uniqueCustomId, MAX_CUSTOM_TECHNIQUES } from './custom';
import { formatPath, problemsOf, type Problem } from './problems';
import { techniqueSchema, CUSTOM_ID } from './technique-schema';
import type { Technique } from './types';

/** The file format's name and version: exports, imports and the file on disk all use it. */
export const TECHNIQUE_FILE = { format: 'unknot-techniques', version: 1 } as const;

/** What an import reads at most, checked before anything is parsed. */
export const IMPORT_LIMITS = { bytes: 512 * 1024, depth: 8, techniques: 100 } as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A technique file's text: the format line, then the techniques. */
export const techniqueFileText = (techniques: readonly Technique[]): string =>
  `${JSON.stringify({ ...TECHNIQUE_FILE, techniques }, null, 2)}\n`;

/** The deepest nesting of arrays and objects in JSON text, found without parsing it (a deep file cannot overflow the parser). */
const nestingDepth = (text: string, stopAt: number): number => {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > stopAt) return max;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
};

/** Every key no file may use, with its path (depth is already bounded, so this walk is too). */
const forbiddenKeys = (value: unknown, path: PropertyKey[] = []): Problem[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => forbiddenKeys(v, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) =>
    FORBIDDEN_KEYS.has(key) ? [{ path: formatPath([...path, key]), code: 'forbidden-key' as const }] : forbiddenKeys((value as Record<string, unknown>)[key], [...path, key]),
  );
};

const fileSchema = z.strictObject({
  format: z.literal(TECHNIQUE_FILE.format),
  version: z.literal(TECHNIQUE_FILE.version),
  techniques: z.array(z.unknown()).min(1).max(IMPORT_LIMITS.techniques),
});

/** Reading a file: every technique in it, or every problem with its path. Nothing is kept from a file with any problem. */
export type ReadResult = { ok: true; techniques: Technique[] } | { ok: false; problems: Problem[] };

/**
 * Reads a technique file's text (`byteLength` as it was on disk): size, depth and forbidden keys
 * first, then the format, then every technique against the one schema. Ids come back in the
 * `custom:` namespace, so an imported technique can never take a built-in's place.
 */
export const readTechniqueFile = (text: string, byteLength: number): ReadResult => {
  if (byteLength > IMPORT_LIMITS.bytes) return { ok: false, problems: [{ path: '', code: 'file-too-big', limit: IMPORT_LIMITS.bytes }] };
  if (nestingDepth(text, IMPORT_LIMITS.depth) > IMPORT_LIMITS.depth) return { ok: false, problems: [{ path: '', code: 'too-deep', limit: IMPORT_LIMITS.depth }] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-json' }] };
  }
  const forbidden = forbiddenKeys(data);
  if (forbidden.length) return { ok: false, problems: forbidden };
  const file = fileSchema.safeParse(data);
  if (!file.success) {
    const wrongFormat = file.error.issues.some((i) => i.path[0] === 'format' || i.path.length === 0 && i.code === 'invalid_type');
    return { ok: false, problems: wrongFormat ? [{ path: 'format', code: 'wrong-format' }] : problemsOf(file.error) };
  }
  const problems: Problem[] = [];
  const techniques: Technique[] = [];
  const seen = new Map<string, number>();
  file.data.techniques.forEach((raw, index) => {
    const parsed = techniqueSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error, ['techniques', index]));
      return;
    }
    const id = CUSTOM_ID.test(parsed.data.id) ? parsed.data.id : `custom:${slugify(parsed.data.id)}`;
    if (seen.has(id)) problems.push({ path: formatPath(['techniques', index, 'id']), code: 'duplicate' });
    seen.set(id, index);
    techniques.push({ ...parsed.data, id });
  });
  return problems.length ? { ok: false, problems } : { ok: true, techniques };
};

/** One technique of a valid file, and the saved one it would clash with (same id or same name). */
export interface ImportItem {
  technique: Technique;
  conflict: { id: string; name: string } | null;
}

/** Pairs each incoming technique with the saved one it clashes with, if any. */
export const previewImport = (incoming: readonly Technique[], existing: readonly Technique[]): ImportItem[] =>
  incoming.map((technique) => {
    const name = technique.name.toLocaleLowerCase();
    const clash = existing.find((t) => t.id === technique.id) ?? existing.find((t) => t.name.toLocaleLowerCase() === name);
    return { technique, conflict: clash ? { id: clash.id, name: clash.name } : null };
  });

/** What to do with an incoming technique that clashes with a saved one. */
export type ImportChoice = 'replace' | 'keep-both';

/**
 * The saved list after an import, all at once: `replace` puts the incoming technique where the
 * clashing one was (keeping its id, so favourites and hidden still apply); `keep-both` adds it
 * under a fresh id. A clash without a choice is kept both ways, never silently overwritten.
 */
export const applyImport = (items: readonly ImportItem[], choices: readonly (ImportChoice | undefined)[], existing: readonly Technique[]): { ok: true; techniques: Technique[] } | { ok: false; problems: Problem[] } => {
  const result = [...existing];
  const taken = new Set(existing.map((t) => t.id));
  items.forEach((item, index) => {
    const choice = choices[index] ?? 'keep-both';
    if (item.conflict && choice === 'replace') {
      const at = result.findIndex((t) => t.id === item.conflict!.id);
      result[at] = { ...item.technique, id: item.conflict.id };
      return;
    }
    const id = taken.has(item.technique.id) ? uniqueCustomId(item.technique.id, taken) : item.technique.id;
    taken.add(id);
    result.push({ ...item.technique, id });
  });
  if (result.length > MAX_CUSTOM_TECHNIQUES) return { ok: false, problems: [{ path: '', code: 'too-many-custom', limit: MAX_CUSTOM_TECHNIQUES }] };
  return { ok: true, techniques: result };
};
