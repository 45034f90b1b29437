import { prepareCustom, type TechniqueDraft } from '../../main/core/techniques/custom';
import { applyImport, IMPORT_LIMITS, previewImport, readTechniqueFile, techniqueFileText, type ImportItem } from '../../main/core/techniques/import';
import { TECHNIQUES } from '../../main/core/techniques/library';
import type { ImportCommit, ImportPreview } from '../../main/core/techniques/technique-ipc';
import type { Technique } from '../../main/core/techniques/types';
import type { TechniqueRef } from '../../main/core/engine/types';

/** Lets the person pick a file the way main's open dialog would; resolves with null when they cancel. */
const pickFile = (): Promise<File | null> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });

/**
 * The browser preview's stand-in for main's custom technique store and its dialogs: the same core
 * checks, kept in memory; a file input stands in for the open dialog and a download for the save dialog.
 */
export const previewTechniques = (changed: (list: readonly Technique[]) => void) => {
  let custom: readonly Technique[] = [];
  let pending: { token: string; items: ImportItem[] } | null = null;
  const all = () => [...TECHNIQUES, ...custom];
  const set = (next: readonly Technique[]) => {
    custom = next;
    changed(all());
  };
  return {
    /** The person's own techniques as the engine's rotation needs them (the built-ins come from TECHNIQUE_REFS). */
    refs: (): TechniqueRef[] => custom.map(({ id, kinds }) => ({ id, kinds })),
    handlers: {
      getTechniques: () => all(),
      saveCustomTechnique: (draft: TechniqueDraft) => {
        const checked = prepareCustom(draft, custom);
        if (checked.ok) set(custom.some((t) => t.id === checked.technique.id) ? custom.map((t) => (t.id === checked.technique.id ? checked.technique : t)) : [...custom, checked.technique]);
        return checked;
      },
      deleteCustomTechnique: ({ id }: { id: string }) => {
        if (!custom.some((t) => t.id === id)) throw new Error('There is no such technique of your own.');
        set(custom.filter((t) => t.id !== id));
        return { ok: true as const };
      },
      exportTechniques: () => {
        const name = `unknot-techniques-${new Date().toISOString().slice(0, 10)}.json`;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([techniqueFileText(custom)], { type: 'application/json' }));
        link.download = name;
        link.click();
        return { path: name };
      },
      importTechniques: async (): Promise<ImportPreview> => {
        const file = await pickFile();
        if (!file) return { status: 'cancelled' };
        // Like main's capped read: a file over the cap is refused before its text is read.
        const text = file.size > IMPORT_LIMITS.bytes ? '' : await file.text();
        const read = readTechniqueFile(text, file.size);
        if (!read.ok) return { status: 'invalid', problems: read.problems };
        const items = previewImport(read.techniques, custom);
        pending = { token: crypto.randomUUID(), items };
        return { status: 'ready', token: pending.token, items: items.map(({ technique, conflict }) => ({ name: technique.name, id: technique.id, steps: technique.steps.length, conflict })) };
      },
      commitTechniqueImport: ({ token, choices }: ImportCommit) => {
        if (!pending || pending.token !== token) throw new Error('That import is no longer open; choose the file again.');
        const items = pending.items;
        pending = null;
        const applied = applyImport(items, choices.map((c) => c ?? undefined), custom);
        if (!applied.ok) return applied;
        set(applied.techniques);
        const replaced = items.filter((item, i) => item.conflict && choices[i] === 'replace').length;
        return { ok: true as const, added: items.length - replaced, replaced };
      },
    },
  };
};
