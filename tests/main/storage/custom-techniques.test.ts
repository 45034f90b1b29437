import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../main/core/techniques/import';
import { TECHNIQUES } from '../../../main/core/techniques/library';
import type { TechniqueDraft } from '../../../main/core/techniques/custom';
import { techniqueHandlers } from '../../../main/ipc/technique-handlers';
import { customTechniqueStore } from '../../../main/storage/custom-techniques';
import { rotationFor } from '../../../main/core/engine/rotation';
import { configWith } from '../../helpers/engine';

const draft = (name: string, over: Partial<TechniqueDraft> = {}): TechniqueDraft => ({
  name,
  kinds: ['posture'],
  steps: [{ text: 'Glide your head back and hold.', seconds: 30, mode: 'hold' }, { text: 'Let go and breathe.', seconds: 10, mode: 'rest' }],
  cautions: ['Stop if it hurts.'],
  source: 'My physiotherapist',
  ...over,
});

/** A typed stand-in for Electron's dialog: answers each dialog with the next queued path (or a cancel). */
const fakeDialog = (answers: (string | null)[]) => {
  const shown: string[] = [];
  const dialog = {
    showOpenDialog: async (options: OpenDialogOptions): Promise<OpenDialogReturnValue> => {
      shown.push(`open:${options.title}`);
      const path = answers.shift() ?? null;
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (options: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
      shown.push(`save:${options.defaultPath}`);
      const path = answers.shift() ?? null;
      return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' };
    },
  } satisfies Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  return { dialog, shown };
};

const setup = (answers: (string | null)[] = []) => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-custom-'));
  const reports: { problems: readonly string[]; backup: string }[] = [];
  const store = customTechniqueStore(dir, (problems, backup) => reports.push({ problems, backup }), () => Date.parse('2026-03-02T09:00:00Z'));
  const { dialog, shown } = fakeDialog(answers);
  const handlers = techniqueHandlers({ store, dialog, now: () => Date.parse('2026-03-02T09:00:00Z') });
  return { dir, store, handlers, shown, reports };
};

describe('the custom technique store', () => {
  it('saves a technique to disk under a custom: id and lists it after the built-ins', async () => {
    const { dir, handlers } = setup();
    const saved = await handlers.saveCustomTechnique(draft('Neck glide'));
    expect(saved.ok && saved.technique.id).toBe('custom:neck-glide');
    const list = await handlers.getTechniques();
    expect(list.map((t) => t.id)).toEqual([...TECHNIQUES.map((t) => t.id), 'custom:neck-glide']);
    const reopened = customTechniqueStore(dir, () => undefined);
    expect(reopened.list().map((t) => t.name)).toEqual(['Neck glide']);
  });

  it('saves nothing from a draft with a bad value, and names the field', async () => {
    const { dir, handlers } = setup();
    const result = await handlers.saveCustomTechnique(draft('Neck glide', { steps: [{ text: 'x', seconds: 0, mode: 'move' }] }));
    expect(result).toEqual({ ok: false, problems: [{ path: 'steps[0].seconds', code: 'too-small', limit: 1 }] });
    expect(existsSync(join(dir, 'custom-techniques.json'))).toBe(false);
  });

  it('feeds the rotation: a custom technique takes turns, a favourite twice, a hidden one never', async () => {
    const { store } = setup();
    store.save(draft('Neck glide'));
    const refs = [...TECHNIQUES, ...store.list()].map(({ id, kinds }) => ({ id, kinds }));
    const base = configWith({});
    const cfg = (techniques: { favourites: string[]; hidden: string[] }) => ({ ...base, techniques: refs, settings: { ...base.settings, techniques } });
    expect(rotationFor(cfg({ favourites: [], hidden: [] }), 'posture')).toContain('custom:neck-glide');
    expect(rotationFor(cfg({ favourites: ['custom:neck-glide'], hidden: [] }), 'posture').filter((id) => id === 'custom:neck-glide')).toHaveLength(2);
    expect(rotationFor(cfg({ favourites: [], hidden: ['custom:neck-glide'] }), 'posture')).not.toContain('custom:neck-glide');
  });

  it('keeps a damaged file aside and reports it, never dropping it silently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-custom-'));
    writeFileSync(join(dir, 'custom-techniques.json'), '{"format":"unknot-techniques","version":1,"techniques":[{"id":"custom:a"}]}');
    const reports: { problems: readonly string[]; backup: string }[] = [];
    const store = customTechniqueStore(dir, (problems, backup) => reports.push({ problems, backup }), () => Date.parse('2026-03-02T09:00:00Z'));
    expect(store.list()).toEqual([]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.problems).toContain('techniques[0].name: is required');
    expect(readFileSync(reports[0]!.backup, 'utf8')).toContain('custom:a');
    expect(readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  });

  it('deletes one technique; an unknown id is refused', async () => {
    const { handlers, store } = setup();
    store.save(draft('Neck glide'));
    expect(await handlers.deleteCustomTechnique({ id: 'custom:neck-glide' })).toEqual({ ok: true });
    expect(() => handlers.deleteCustomTechnique({ id: 'custom:neck-glide' })).toThrow(/no such technique/);
  });
});

describe('export and import through the dialogs', () => {
  it('exports to the path the save dialog chose, and imports it elsewhere with replace and keep both', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'unknot-export-')), 'mine.json');
    const a = setup([file]);
    a.store.save(draft('Neck glide'));
    a.store.save(draft('Wall angel'));
    expect(await a.handlers.exportTechniques()).toEqual({ path: file });
    expect(a.shown).toEqual(['save:unknot-techniques-2026-03-02.json']);

    const b = setup([file]);
    b.store.save(draft('Neck glide', { source: 'older' }));
    const preview = await b.handlers.importTechniques();
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.items.map((i) => i.conflict?.name ?? null)).toEqual(['Neck glide', null]);
    expect(b.store.list()).toHaveLength(1);
    const done = await b.handlers.commitTechniqueImport({ token: preview.token, choices: ['replace', null] });
    expect(done).toEqual({ ok: true, added: 1, replaced: 1 });
    expect(b.store.list().map((t) => [t.id, t.source])).toEqual([['custom:neck-glide', 'My physiotherapist'], ['custom:wall-angel', 'My physiotherapist']]);
    expect(() => b.handlers.commitTechniqueImport({ token: preview.token, choices: [] })).toThrow(/no longer open/);
  });

  it('refuses a bad file with every problem by path and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-import-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'unknot-techniques', version: 1, techniques: [{ ...TECHNIQUES[0], id: 'a' }, { ...TECHNIQUES[1], id: 'b', steps: [{ text: '<script>alert(1)</script>', seconds: 0, mode: 'move' }] }] }));
    const { handlers, store } = setup([bad]);
    store.save(draft('Neck glide'));
    expect(await handlers.importTechniques()).toEqual({ status: 'invalid', problems: [{ path: 'techniques[1].steps[0].seconds', code: 'too-small', limit: 1 }] });
    expect(store.list().map((t) => t.id)).toEqual(['custom:neck-glide']);
  });

  it('refuses a huge file after reading no more than the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-import-'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(IMPORT_LIMITS.bytes * 8, 0x20));
    const { handlers } = setup([huge]);
    expect(await handlers.importTechniques()).toEqual({ status: 'invalid', problems: [{ path: '', code: 'file-too-big', limit: IMPORT_LIMITS.bytes }] });
  });

  it('a cancelled dialog changes nothing', async () => {
    const { handlers } = setup([null, null]);
    expect(await handlers.importTechniques()).toEqual({ status: 'cancelled' });
    expect(await handlers.exportTechniques()).toEqual({ path: null });
  });
});
