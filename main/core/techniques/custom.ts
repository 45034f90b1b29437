import { z } from 'zod';
import { problemsOf, type Problem } from './problems';
import { CUSTOM_ID, customTechniqueSchema, TECHNIQUE_LIMITS } from './technique-schema';
import type { Technique } from './types';

/** How many of their own techniques a person may keep. */
export const MAX_CUSTOM_TECHNIQUES = 200;

/**
 * What the editor sends: the shape only, loosely bounded, so the gatekeeper lets a wrong value
 * through to `prepareCustom`, which names the field; `null` stands for an empty number field.
 */
export const techniqueDraftSchema = z.object({
  id: z.string().max(128).optional(),
  name: z.string().max(2000),
  kinds: z.array(z.string().max(32)).max(16),
  summary: z.string().max(2000).optional(),
  steps: z
    .array(
      z.object({
        text: z.string().max(2000),
        seconds: z.number().nullable(),
        mode: z.string().max(16),
        breath: z.object({ inSeconds: z.number().nullable(), outSeconds: z.number().nullable(), double: z.boolean().optional() }).optional(),
      }),
    )
    .max(50),
  cautions: z.array(z.string().max(2000)).max(30),
  why: z.string().max(2000).optional(),
  source: z.string().max(2000).optional(),
});
/** A technique as the editor sends it. */
export type TechniqueDraft = z.infer<typeof techniqueDraftSchema>;

/** A slug from a name: `Neck glide (slow)` → `neck-glide-slow`; accents dropped, never empty. */
export const slugify = (name: string): string => {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'technique';
};

/** A `custom:` id for `base` that none of `taken` has: `custom:x`, then `custom:x-2`, `custom:x-3`… */
export const uniqueCustomId = (base: string, taken: ReadonlySet<string>): string => {
  const slug = slugify(base.replace(/^custom:/, ''));
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? `custom:${slug}` : `custom:${slug}-${n}`;
    if (!taken.has(id) && CUSTOM_ID.test(id)) return id;
  }
};

/** The result of checking something to save: the technique, or every problem with its path. */
export type Checked = { ok: true; technique: Technique } | { ok: false; problems: Problem[] };

/**
 * Checks a draft against the one technique schema. A draft without a `custom:` id (new, or a
 * duplicated built-in) gets a fresh id from its name; a person's own technique is always `own`.
 */
export const prepareCustom = (draft: TechniqueDraft, existing: readonly Technique[]): Checked => {
  const editing = draft.id !== undefined && CUSTOM_ID.test(draft.id) && existing.some((t) => t.id === draft.id);
  if (!editing && existing.length >= MAX_CUSTOM_TECHNIQUES) return { ok: false, problems: [{ path: '', code: 'too-many-custom', limit: MAX_CUSTOM_TECHNIQUES }] };
  const id = editing ? draft.id! : uniqueCustomId(draft.name.trim() || 'technique', new Set(existing.map((t) => t.id)));
  const candidate = {
    id,
    name: draft.name,
    kinds: draft.kinds,
    summary: draft.summary ?? '',
    steps: draft.steps.map(({ breath, ...step }) => ({ ...step, ...(step.mode === 'breathe' && breath && { breath }) })),
    cautions: draft.cautions.filter((c) => c.trim() !== ''),
    why: draft.why ?? '',
    evidence: 'own',
    source: draft.source ?? '',
  };
  const parsed = customTechniqueSchema.safeParse(candidate);
  return parsed.success ? { ok: true, technique: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
};

/** The limits the editor shows beside its fields. */
export const EDITOR_LIMITS = TECHNIQUE_LIMITS;
