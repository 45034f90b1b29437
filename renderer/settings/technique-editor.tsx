import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TECHNIQUES } from '../../main/core/techniques/library';
import type { Technique } from '../../main/core/techniques/types';
import { call } from '../api';
import { useTechniqueText } from '../i18n';
import { isCustom, useTechniques } from '../techniques/use-techniques';
import { blankStep, TechniqueForm, type FormState } from './technique-editor-form';
import { TechniqueImport } from './technique-import';

const formOf = (t: Technique, texts: { name: string; summary: string; step: (i: number) => string; cautions: string[] }, keepId: boolean): FormState => ({
  ...(keepId && { id: t.id }),
  name: texts.name,
  kinds: [...t.kinds],
  summary: texts.summary,
  steps: t.steps.map((s, i) => blankStep({ text: texts.step(i), seconds: String(s.seconds), mode: s.mode, ...(s.breath && { inSeconds: String(s.breath.inSeconds), outSeconds: String(s.breath.outSeconds) }) })),
  cautions: texts.cautions.join('\n'),
  source: t.source,
  why: keepId ? t.why : '',
});
const blankForm = (): FormState => ({ name: '', kinds: ['posture'], summary: '', steps: [blankStep()], cautions: '', source: '', why: '' });

/** One of the person's own techniques in the list: edit, or delete after a confirmation. */
const CustomRow = ({ technique, onEdit, onDeleted }: { technique: Technique; onEdit: () => void; onDeleted: (name: string) => void }) => {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    call('deleteCustomTechnique', { id: technique.id })
      .then(() => onDeleted(technique.name))
      .catch((e: Error) => setError(t('custom.failed', { message: e.message })));
  return (
    <li>
      <span className="technique-name">{technique.name}</span>{' '}
      {confirming ? (
        <span role="group" aria-label={t('custom.confirmDelete', { name: technique.name })}>
          {t('custom.confirmDelete', { name: technique.name })}{' '}
          <button type="button" onClick={() => void remove()}>{t('custom.confirmDeleteYes')}</button>
          <button type="button" onClick={() => setConfirming(false)}>{t('custom.keep')}</button>
        </span>
      ) : (
        <>
          <button type="button" onClick={onEdit} aria-label={`${t('custom.edit')}: ${technique.name}`}>{t('custom.edit')}</button>
          <button type="button" onClick={() => setConfirming(true)} aria-label={`${t('custom.delete')}: ${technique.name}`}>{t('custom.delete')}</button>
        </>
      )}
      {error && <span role="alert">{error}</span>}
    </li>
  );
};

/** A built-in technique's texts in the current language, handed to the form as a starting point. */
const DuplicateButton = ({ technique, onPick }: { technique: Technique; onPick: (form: FormState) => void }) => {
  const { t } = useTranslation();
  const texts = useTechniqueText(technique);
  return <button type="button" onClick={() => onPick(formOf(technique, texts, false))}>{t('custom.duplicateOf', { name: texts.name })}</button>;
};

/**
 * Settings → Techniques: the person's own techniques (new, edit, duplicate a built-in, delete with
 * confirmation) and export/import. Self-contained: it reads and changes techniques only over IPC.
 */
export const TechniqueEditor = () => {
  const { t } = useTranslation();
  const { techniques } = useTechniques();
  const custom = techniques.filter(isCustom);
  const [form, setForm] = useState<FormState | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [base, setBase] = useState(TECHNIQUES[0]!.id);
  const [status, setStatus] = useState<string | null>(null);
  const open = (next: FormState) => {
    setStatus(null);
    setForm(next);
    setFormKey((k) => k + 1);
  };
  const baseTechnique = TECHNIQUES.find((x) => x.id === base) ?? TECHNIQUES[0]!;
  return (
    <section className="technique-editor" aria-labelledby="custom-techniques-title">
      <h2 id="custom-techniques-title">{t('custom.title')}</h2>
      <p className="hint">{t('custom.intro')}</p>
      <h3>{t('custom.list')}</h3>
      {custom.length === 0 ? (
        <p>{t('custom.none')}</p>
      ) : (
        <ul className="custom-list">
          {custom.map((technique) => (
            <CustomRow key={technique.id} technique={technique} onEdit={() => open(formOf(technique, { name: technique.name, summary: technique.summary, step: (i) => technique.steps[i]?.text ?? '', cautions: [...technique.cautions] }, true))} onDeleted={(name) => setStatus(t('custom.deleted', { name }))} />
          ))}
        </ul>
      )}
      {status && <p role="status">{status}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => open(blankForm())}>{t('custom.new')}</button>
      </div>
      <div className="field">
        <label htmlFor="custom-base">{t('custom.builtIn')}</label>
        <select id="custom-base" value={base} onChange={(e) => setBase(e.target.value)}>
          {TECHNIQUES.map((x) => (
            <BuiltInOption key={x.id} technique={x} />
          ))}
        </select>
        <DuplicateButton technique={baseTechnique} onPick={open} />
      </div>
      {form && (
        <TechniqueForm
          key={formKey}
          initial={form}
          onSaved={(name) => {
            setForm(null);
            setStatus(t('custom.saved', { name }));
          }}
          onCancel={() => setForm(null)}
        />
      )}
      <TechniqueImport exportable={custom.length > 0} />
    </section>
  );
};

const BuiltInOption = ({ technique }: { technique: Technique }) => <option value={technique.id}>{useTechniqueText(technique).name}</option>;
