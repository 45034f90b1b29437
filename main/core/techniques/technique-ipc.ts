import { z } from 'zod';
import { techniqueDraftSchema } from './custom';
import type { Problem } from './problems';
import type { Technique } from './types';

const problems = z.array(z.custom<Problem>()).max(500);

/** Saving a technique: the saved technique, or every problem by field (nothing saved). */
export const saveTechniqueResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), technique: z.custom<Technique>() }),
  z.object({ ok: z.literal(false), problems }),
]);

/** One technique of an import preview: its name, what it would be saved as, and the saved one it clashes with. */
export const importItemViewSchema = z.object({
  name: z.string(),
  id: z.string(),
  steps: z.number().int(),
  conflict: z.object({ id: z.string(), name: z.string() }).nullable(),
});
/** An import preview row as the renderer shows it. */
export type ImportItemView = z.infer<typeof importItemViewSchema>;

/** The first step of an import: cancelled, refused with every problem, or ready with its clashes to decide. */
export const importPreviewSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('invalid'), problems }),
  z.object({ status: z.literal('ready'), token: z.string(), items: z.array(importItemViewSchema) }),
]);
/** What `importTechniques` answers. */
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** The second step: the preview's token and, per incoming technique, what to do if it clashes. */
export const importCommitSchema = z.object({
  token: z.string().max(64),
  choices: z.array(z.enum(['replace', 'keep-both']).nullable()).max(100),
});
/** The renderer's choices for a previewed import. */
export type ImportCommit = z.infer<typeof importCommitSchema>;

/** What a committed import did, or why it could not. */
export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), added: z.number().int(), replaced: z.number().int() }),
  z.object({ ok: z.literal(false), problems }),
]);

/** The technique calls of the IPC contract (issue 15 §1, your own techniques); spread into contract.calls. */
export const techniqueCalls = {
  /** Built-in and custom techniques, in library order then the person's own. */
  getTechniques: { args: z.tuple([]), result: z.custom<readonly Technique[]>() },
  /** Creates (no `custom:` id) or updates one of the person's own techniques. */
  saveCustomTechnique: { args: z.tuple([techniqueDraftSchema]), result: saveTechniqueResultSchema },
  deleteCustomTechnique: { args: z.tuple([z.object({ id: z.string().max(64) })]), result: z.object({ ok: z.literal(true) }) },
  /** Main asks where to save: the renderer never passes a path. */
  exportTechniques: { args: z.tuple([]), result: z.object({ path: z.string().nullable() }) },
  /** Main shows an open dialog and reads the file (size capped); nothing changes yet. */
  importTechniques: { args: z.tuple([]), result: importPreviewSchema },
  /** Applies the previewed import with the person's choices, all or nothing. */
  commitTechniqueImport: { args: z.tuple([importCommitSchema]), result: importResultSchema },
} as const;

/** The payload of `techniquesChanged`: built-in and custom techniques after any change. */
export const techniquesChangedSchema = z.custom<readonly Technique[]>();
