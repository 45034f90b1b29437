import { readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyImport, previewImport, readTechniqueFile, techniqueFileText, type ImportChoice, type ImportItem } from '../core/techniques/import';
import { prepareCustom, type Checked, type TechniqueDraft } from '../core/techniques/custom';
import { describeProblem, type Problem } from '../core/techniques/problems';
import type { Technique } from '../core/techniques/types';
import { writeFileDurably } from './durable-write';

/** The person's own techniques, kept in `custom-techniques.json` in the technique file format. */
export interface CustomTechniqueStore {
  list: () => readonly Technique[];
  /** Creates or updates one technique; a draft with any problem changes nothing. */
  save: (draft: TechniqueDraft) => Checked;
  /** Removes one; false when there was none with that id. */
  remove: (id: string) => boolean;
  /** The export file's text. */
  exportText: () => string;
  /** Reads an import file's text and pairs its techniques with clashes; changes nothing. */
  previewImport: (text: string, byteLength: number) => { ok: true; items: ImportItem[] } | { ok: false; problems: Problem[] };
  /** Applies a previewed import in one write, or nothing. */
  commitImport: (items: readonly ImportItem[], choices: readonly (ImportChoice | undefined)[]) => { ok: true; added: number; replaced: number } | { ok: false; problems: Problem[] };
  /** Called after every change with the new list; returns the unsubscribe. */
  onChange: (listener: (list: readonly Technique[]) => void) => () => void;
}

/**
 * Opens the store. A file that is not valid is never silently dropped: it is moved aside to
 * `custom-techniques.json.damaged-<time>.bak`, `report` hears every problem and the backup's path,
 * and the app starts with no custom techniques until the person imports the backup again.
 */
export const customTechniqueStore = (userDataDir: string, report: (problems: readonly string[], backup: string) => void, now: () => number = Date.now): CustomTechniqueStore => {
  const file = join(userDataDir, 'custom-techniques.json');
  const load = (): Technique[] => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    const result = readTechniqueFile(text, statSync(file).size);
    if (result.ok) return result.techniques;
    const backup = `${file}.damaged-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.bak`;
    renameSync(file, backup);
    report(result.problems.map(describeProblem), backup);
    return [];
  };
  let techniques: readonly Technique[] = load();
  const listeners = new Set<(list: readonly Technique[]) => void>();
  const commit = (next: readonly Technique[]) => {
    // Written before the list changes: a failed write leaves both the file and the app as they were.
    writeFileDurably(file, techniqueFileText(next));
    techniques = next;
    listeners.forEach((listener) => listener(techniques));
  };
  return {
    list: () => techniques,
    save: (draft) => {
      const checked = prepareCustom(draft, techniques);
      if (!checked.ok) return checked;
      const at = techniques.findIndex((t) => t.id === checked.technique.id);
      commit(at >= 0 ? techniques.map((t, i) => (i === at ? checked.technique : t)) : [...techniques, checked.technique]);
      return checked;
    },
    remove: (id) => {
      if (!techniques.some((t) => t.id === id)) return false;
      commit(techniques.filter((t) => t.id !== id));
      return true;
    },
    exportText: () => techniqueFileText(techniques),
    previewImport: (text, byteLength) => {
      const read = readTechniqueFile(text, byteLength);
      return read.ok ? { ok: true, items: previewImport(read.techniques, techniques) } : read;
    },
    commitImport: (items, choices) => {
      const applied = applyImport(items, choices, techniques);
      if (!applied.ok) return applied;
      commit(applied.techniques);
      const replaced = items.filter((item, i) => item.conflict && choices[i] === 'replace').length;
      return { ok: true, added: items.length - replaced, replaced };
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
