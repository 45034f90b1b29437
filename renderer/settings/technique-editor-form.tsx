import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAK_KINDS } from '../../main/core/engine/types';
import type { TechniqueDraft } from '../../main/core/techniques/custom';
import type { Problem } from '../../main/core/techniques/problems';
import type { TechniqueStep } from '../../main/core/techniques/types';
import { call } from '../api';

type Mode = TechniqueStep['mode'];
/** One step as typed: numbers stay text until saved, so a half-typed value is not lost. */
interface StepForm {
  key: number;
  text: string;
  seconds: string;
  mode: Mode;
  inSeconds: string;
  outSeconds: string;
}
/** The form's state: a draft as the person types it. */
export interface FormState {
  id?: string;
  name: string;
  kinds: string[];
  summary: string;
  steps: StepForm[];
  cautions: string;
  source: string;
  why: string;
}

let nextKey = 1;
/** A blank step; keys keep React's rows stable while steps are reordered. */
export const blankStep = (over: Partial<StepForm> = {}): StepForm => ({ key: nextKey++, text: '', seconds: '20', mode: 'move', inSeconds: '4', outSeconds: '6', ...over });

const num = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

/** The draft main checks: numbers parsed, an empty number as null so main can say it is missing. */
export const draftOf = (form: FormState): TechniqueDraft => ({
  ...(form.id !== undefined && { id: form.id }),
  name: form.name,
  kinds: form.kinds,
  summary: form.summary,
  steps: form.steps.map((s) => ({ text: s.text, seconds: num(s.seconds), mode: s.mode, ...(s.mode === 'breathe' && { breath: { inSeconds: num(s.inSeconds), outSeconds: num(s.outSeconds) } }) })),
  cautions: form.cautions.split('\n').map((c) => c.trim()).filter(Boolean),
  source: form.source,
  why: form.why,
});

const MODES: Mode[] = ['move', 'hold', 'breathe', 'rest'];

/**
 * The technique form: name, kinds, steps (add, remove, reorder; a hold or a breathing pacer with
 * its in/out seconds), cautions and a source note. Main checks the whole draft; each problem it
 * names shows beside its field and nothing is saved until there are none.
 */
export const TechniqueForm = ({ initial, onSaved, onCancel }: { initial: FormState; onSaved: (name: string) => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const setStep = (key: number, patch: Partial<StepForm>) => set({ steps: form.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) });
  const move = (index: number, by: number) => {
    const steps = [...form.steps];
    const [step] = steps.splice(index, 1);
    steps.splice(index + by, 0, step!);
    set({ steps });
  };
  const message = (p: Problem) => t(`custom.problem.${p.code}`, { limit: p.limit });
  // A problem shows at the nearest field: `steps[0].breath.inSeconds` beside the in-seconds input.
  const at = (...paths: string[]) => problems.filter((p) => paths.some((path) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)));
  const Errors = ({ paths, errorId }: { paths: string[]; errorId: string }) => {
    const list = at(...paths);
    return list.length ? <span id={errorId} className="field-error">{list.map(message).join(' ')}</span> : null;
  };
  const invalid = (...paths: string[]) => at(...paths).length > 0;
  const described = (errorId: string, ...paths: string[]) => (invalid(...paths) ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {});
  const total = form.steps.reduce((sum, s) => sum + (num(s.seconds) ?? 0), 0);

  const save = async () => {
    setFailure(null);
    try {
      const result = await call('saveCustomTechnique', draftOf(form));
      if (result.ok) return onSaved(result.technique.name);
      setProblems(result.problems);
      summaryRef.current?.focus();
    } catch (error) {
      setFailure((error as Error).message);
    }
  };

  return (
    <form className="technique-form" aria-labelledby={`${id}-title`} onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
      <h3 id={`${id}-title`}>{form.id ? t('custom.editing', { name: initial.name }) : t('custom.creating')}</h3>
      {problems.length > 0 && (
        <p ref={summaryRef} tabIndex={-1} role="alert" className="field-error">
          {t('custom.notSaved')}
          {at('').filter((p) => p.path === '').map((p) => ` ${message(p)}`)}
        </p>
      )}
      <label className="field">
        <span>{t('custom.fields.name')}</span>
        <input type="text" value={form.name} onChange={(e) => set({ name: e.target.value })} {...described(`${id}-name`, 'name', 'id')} />
        <Errors paths={['name', 'id']} errorId={`${id}-name`} />
      </label>
      <fieldset {...described(`${id}-kinds`, 'kinds')}>
        <legend>{t('custom.fields.kinds')}</legend>
        {BREAK_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={form.kinds.includes(kind)} onChange={(e) => set({ kinds: e.target.checked ? [...form.kinds, kind] : form.kinds.filter((k) => k !== kind) })} />
            {t(`kind.${kind}`)}
          </label>
        ))}
        <Errors paths={['kinds']} errorId={`${id}-kinds`} />
      </fieldset>
      <label className="field">
        <span>{t('custom.fields.summary')}</span>
        <input type="text" value={form.summary} onChange={(e) => set({ summary: e.target.value })} {...described(`${id}-summary`, 'summary')} />
        <Errors paths={['summary']} errorId={`${id}-summary`} />
      </label>
      <fieldset>
        <legend>{t('custom.fields.steps')}</legend>
        <ol className="steps">
          {form.steps.map((step, index) => {
            const path = `steps[${index}]`;
            const n = index + 1;
            return (
              <li key={step.key}>
                <fieldset>
                  <legend>{t('custom.fields.step', { n })}</legend>
                  <label className="field">
                    <span>{t('custom.fields.text')}</span>
                    <input type="text" value={step.text} onChange={(e) => setStep(step.key, { text: e.target.value })} {...described(`${id}-${step.key}-text`, `${path}.text`)} />
                    <Errors paths={[`${path}.text`]} errorId={`${id}-${step.key}-text`} />
                  </label>
                  <label className="field">
                    <span>{t('custom.fields.seconds')}</span>
                    <input type="number" min={1} value={step.seconds} onChange={(e) => setStep(step.key, { seconds: e.target.value })} {...described(`${id}-${step.key}-seconds`, `${path}.seconds`)} />
                    <Errors paths={[`${path}.seconds`]} errorId={`${id}-${step.key}-seconds`} />
                  </label>
                  <label className="field">
                    <span>{t('custom.fields.mode')}</span>
                    <select value={step.mode} onChange={(e) => setStep(step.key, { mode: e.target.value as Mode })} {...described(`${id}-${step.key}-mode`, `${path}.mode`)}>
                      {MODES.map((mode) => (
                        <option key={mode} value={mode}>{t(`custom.mode.${mode}`)}</option>
                      ))}
                    </select>
                    <Errors paths={[`${path}.mode`]} errorId={`${id}-${step.key}-mode`} />
                  </label>
                  {step.mode === 'breathe' && (
                    <>
                      <label className="field">
                        <span>{t('custom.fields.inSeconds')}</span>
                        <input type="number" min={1} step="any" value={step.inSeconds} onChange={(e) => setStep(step.key, { inSeconds: e.target.value })} {...described(`${id}-${step.key}-in`, `${path}.breath.inSeconds`)} />
                        <Errors paths={[`${path}.breath.inSeconds`]} errorId={`${id}-${step.key}-in`} />
                      </label>
                      <label className="field">
                        <span>{t('custom.fields.outSeconds')}</span>
                        <input type="number" min={1} step="any" value={step.outSeconds} onChange={(e) => setStep(step.key, { outSeconds: e.target.value })} {...described(`${id}-${step.key}-out`, `${path}.breath.outSeconds`)} />
                        <Errors paths={[`${path}.breath.outSeconds`]} errorId={`${id}-${step.key}-out`} />
                      </label>
                    </>
                  )}
                  {at(`${path}.breath`).some((p) => p.path === `${path}.breath`) && <span className="field-error">{at(`${path}.breath`).filter((p) => p.path === `${path}.breath`).map(message).join(' ')}</span>}
                  <div className="step-actions">
                    <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('custom.moveUp', { n })}>↑</button>
                    <button type="button" onClick={() => move(index, 1)} disabled={index === form.steps.length - 1} aria-label={t('custom.moveDown', { n })}>↓</button>
                    <button type="button" onClick={() => set({ steps: form.steps.filter((s) => s.key !== step.key) })} aria-label={t('custom.removeStep', { n })}>✕</button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {problems.filter((p) => p.path === 'steps').map((p) => (
          <span key={p.code} className="field-error">{message(p)}</span>
        ))}
        <p className="hint">{t('custom.fields.total', { seconds: total })}</p>
        <button type="button" onClick={() => set({ steps: [...form.steps, blankStep()] })}>{t('custom.addStep')}</button>
      </fieldset>
      <label className="field">
        <span>{t('custom.fields.cautions')}</span>
        <textarea rows={3} value={form.cautions} onChange={(e) => set({ cautions: e.target.value })} {...described(`${id}-cautions`, 'cautions')} />
        <Errors paths={['cautions']} errorId={`${id}-cautions`} />
      </label>
      <label className="field">
        <span>{t('custom.fields.source')}</span>
        <input type="text" value={form.source} onChange={(e) => set({ source: e.target.value })} {...described(`${id}-source`, 'source')} />
        <Errors paths={['source']} errorId={`${id}-source`} />
      </label>
      <div className="actions">
        <button type="submit" className="primary">{t('custom.save')}</button>
        <button type="button" onClick={onCancel}>{t('custom.cancel')}</button>
      </div>
      {failure && <p role="alert">{t('custom.failed', { message: failure })}</p>}
    </form>
  );
};
