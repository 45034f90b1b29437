import { z } from 'zod';
import { BREAK_KINDS, type BreakKind } from '../engine/types';
import type { EvidenceLevel, Technique } from './types';

/** Limits every technique keeps, built-in or custom; the editor and the import name them in their messages. */
export const TECHNIQUE_LIMITS = {
  idLength: 64,
  nameLength: 80,
  summaryLength: 300,
  stepText: 300,
  steps: 20,
  stepSeconds: { min: 1, max: 600 },
  /** The longest break a setting allows (settings schema: durationSeconds ≤ 1800). */
  totalSeconds: 1800,
  breathSeconds: { min: 1, max: 20 },
  cautions: 10,
  cautionLength: 300,
  whyLength: 500,
  sourceLength: 200,
} as const;

/** A custom technique's id: `custom:` and a slug, so it never equals a built-in one. */
export const CUSTOM_ID = /^custom:[a-z0-9](?:[a-z0-9-]{0,55})$/;
/** A built-in id: a plain slug. */
const BUILT_IN_ID = /^[a-z0-9](?:[a-z0-9-]{0,62})$/;

// Tabs, newlines and other control characters would let a file smuggle layout into one-line labels.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !CONTROL.test(value), { params: { code: 'control-characters' } });

const L = TECHNIQUE_LIMITS;
const kindEnum = z.enum(BREAK_KINDS as unknown as [BreakKind, ...BreakKind[]]);
const EVIDENCE = ['traditional', 'expert-advice', 'limited', 'moderate', 'good', 'own'] as const satisfies readonly EvidenceLevel[];

const breathSchema = z.strictObject({
  inSeconds: z.number().min(L.breathSeconds.min).max(L.breathSeconds.max),
  outSeconds: z.number().min(L.breathSeconds.min).max(L.breathSeconds.max),
  double: z.boolean().optional(),
});

/** One step: a breathing step needs its pacer's in/out seconds, and only a breathing step has them. */
export const techniqueStepSchema = z
  .strictObject({
    text: text(L.stepText),
    seconds: z.number().int().min(L.stepSeconds.min).max(L.stepSeconds.max),
    mode: z.enum(['move', 'hold', 'breathe', 'rest']),
    breath: breathSchema.optional(),
  })
  .superRefine((step, ctx) => {
    if (step.mode === 'breathe' && !step.breath) ctx.addIssue({ code: 'custom', path: ['breath'], params: { code: 'breath-needed' }, message: 'a breathing step needs its in and out seconds' });
    if (step.mode !== 'breathe' && step.breath) ctx.addIssue({ code: 'custom', path: ['breath'], params: { code: 'breath-only-breathe' }, message: 'only a breathing step has in and out seconds' });
  });

/** The one schema for a technique: the library's own, one saved on disk, one over IPC, one in an imported file. */
export const techniqueSchema = z
  .strictObject({
    id: z.string().max(L.idLength).refine((id) => BUILT_IN_ID.test(id) || CUSTOM_ID.test(id), { params: { code: 'invalid-id' } }),
    name: text(L.nameLength),
    kinds: z.array(kindEnum).min(1).max(BREAK_KINDS.length),
    summary: text(L.summaryLength, 0),
    steps: z.array(techniqueStepSchema).min(1).max(L.steps),
    cautions: z.array(text(L.cautionLength)).max(L.cautions),
    why: text(L.whyLength, 0),
    evidence: z.enum(EVIDENCE),
    source: text(L.sourceLength, 0),
  })
  .superRefine((t, ctx) => {
    if (new Set(t.kinds).size !== t.kinds.length) ctx.addIssue({ code: 'custom', path: ['kinds'], params: { code: 'duplicate' }, message: 'a kind is named twice' });
    const total = t.steps.reduce((sum, s) => sum + s.seconds, 0);
    if (total > L.totalSeconds) ctx.addIssue({ code: 'custom', path: ['steps'], params: { code: 'total-too-long', limit: L.totalSeconds }, message: `the steps add up to more than ${L.totalSeconds} seconds` });
  });

/** A custom technique: the same schema, with an id in the `custom:` namespace. */
export const customTechniqueSchema = techniqueSchema.refine((t) => CUSTOM_ID.test(t.id), { path: ['id'], params: { code: 'invalid-id' } });

// A parsed technique must be usable wherever the library's Technique type is.
const fitsTechnique: [z.output<typeof techniqueSchema>] extends [Technique] ? true : false = true;
void fitsTechnique;
