import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Dialog } from 'electron';
import type { CallHandlers } from '../core/ipc/contract';
import type { ImportItem } from '../core/techniques/import';
import { IMPORT_LIMITS } from '../core/techniques/import';
import { TECHNIQUES } from '../core/techniques/library';
import type { CustomTechniqueStore } from '../storage/custom-techniques';
import { writeFileDurably } from '../storage/durable-write';

/** What the technique calls need: the store and Electron's file dialogs (typed against Electron's own). */
export interface TechniqueHandlerDeps {
  store: CustomTechniqueStore;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  now: () => number;
}

type TechniqueCallName = 'getTechniques' | 'saveCustomTechnique' | 'deleteCustomTechnique' | 'exportTechniques' | 'importTechniques' | 'commitTechniqueImport';

/**
 * Reads at most `limit + 1` bytes: a file larger than the cap is refused after that many, however
 * large it is (its size on disk may change between a stat and the read, so the read itself is capped).
 */
const readCapped = async (path: string, limit: number): Promise<{ text: string; bytes: number }> => {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let bytes = 0;
    while (bytes < buffer.length) {
      const { bytesRead } = await handle.read(buffer, bytes, buffer.length - bytes, bytes);
      if (bytesRead === 0) break;
      bytes += bytesRead;
    }
    return { text: bytes > limit ? '' : buffer.subarray(0, bytes).toString('utf8'), bytes };
  } finally {
    await handle.close();
  }
};

/** The handlers of the technique calls (issue 15 §1). Without deps, the built-ins are listed and the rest refuse. */
export const techniqueHandlers = (deps: TechniqueHandlerDeps | undefined): Pick<CallHandlers, TechniqueCallName> => {
  // The one import previewed and not yet committed; a second preview replaces it.
  let pending: { token: string; items: ImportItem[] } | null = null;
  const need = (): TechniqueHandlerDeps => {
    if (!deps) throw new Error('Your own techniques are not available in this build.');
    return deps;
  };
  return {
    getTechniques: () => [...TECHNIQUES, ...(deps?.store.list() ?? [])],
    saveCustomTechnique: (draft) => need().store.save(draft),
    deleteCustomTechnique: ({ id }) => {
      if (!need().store.remove(id)) throw new Error('There is no such technique of your own.');
      return { ok: true };
    },
    exportTechniques: async () => {
      const { store, dialog, now } = need();
      const day = new Date(now()).toISOString().slice(0, 10);
      const choice = await dialog.showSaveDialog({ title: 'Export your techniques', defaultPath: `unknot-techniques-${day}.json`, filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (choice.canceled || !choice.filePath) return { path: null };
      writeFileDurably(choice.filePath, store.exportText());
      return { path: choice.filePath };
    },
    importTechniques: async () => {
      const { store, dialog } = need();
      const choice = await dialog.showOpenDialog({ title: 'Import techniques', properties: ['openFile'], filters: [{ name: 'JSON', extensions: ['json'] }] });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { status: 'cancelled' };
      const { text, bytes } = await readCapped(path, IMPORT_LIMITS.bytes);
      const preview = store.previewImport(text, bytes);
      if (!preview.ok) return { status: 'invalid', problems: preview.problems };
      pending = { token: randomUUID(), items: preview.items };
      return {
        status: 'ready',
        token: pending.token,
        items: preview.items.map(({ technique, conflict }) => ({ name: technique.name, id: technique.id, steps: technique.steps.length, conflict })),
      };
    },
    commitTechniqueImport: ({ token, choices }) => {
      const { store } = need();
      if (!pending || pending.token !== token) throw new Error('That import is no longer open; choose the file again.');
      const result = store.commitImport(pending.items, choices.map((c) => c ?? undefined));
      pending = null;
      return result;
    },
  };
};
