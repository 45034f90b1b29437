import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { acceleratorOf, acceleratorProblem } from '../../main/core/settings/accelerator';

/** Builds a settings patch that changes one dotted key. */
export const patchAt = (path: string, value: unknown): Record<string, unknown> =>
  path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;

/** Applies a patch; resolves with null or the problem, in the person's words and language, for this field. */
export type Apply = (path: string, value: unknown) => Promise<string | null>;

/** What every field shows and needs. `disabled` greys out a field whose switch is off; `hint` is a caveat or format note. */
interface FieldProps {
  label: string;
  path: string;
  apply: Apply;
  disabled?: boolean;
  hint?: ReactNode;
}

const ErrorText = ({ id, error }: { id: string; error: string | null }) =>
  error ? <span id={id} className="field-error" role="alert">{error}</span> : null;

const describedBy = (id: string, hint: ReactNode, error: string | null) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A number setting, applied as soon as it changes; the main process's refusal shows inline. */
export const NumberField = ({ label, path, value, unit, apply, disabled, hint }: FieldProps & { value: number; unit: string }) => {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  const change = (next: string) => {
    setText(next);
    const n = Number(next);
    if (next.trim() === '' || !Number.isFinite(n)) return setError(t('settings.parse.number'));
    void apply(path, n).then(setError);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field-input">
        <input id={id} type="number" value={text} disabled={disabled} onChange={(e) => change(e.target.value)} aria-invalid={error !== null} aria-describedby={[`${id}-unit`, describedBy(id, hint, error)].filter(Boolean).join(' ')} data-path={path} />
        <span id={`${id}-unit`} className="unit">{unit}</span>
      </span>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
};

/** A switch-like setting. */
export const CheckField = ({ label, path, value, apply, disabled, hint }: FieldProps & { value: boolean }) => {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label className="field check">
        <input type="checkbox" checked={value} disabled={disabled} onChange={(e) => void apply(path, e.target.checked).then(setError)} aria-describedby={describedBy(id, hint, error)} data-path={path} />
        <span>{label}</span>
      </label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
};

/** A text setting turned into a value by `parse`; a parse problem shows inline and nothing is applied. */
export const TextField = ({ label, path, value, apply, parse, hint, disabled }: FieldProps & { value: string; parse: (text: string) => { value: unknown } | { error: string } }) => {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value), [value]);
  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if ('error' in parsed) return setError(parsed.error);
    void apply(path, parsed.value).then(setError);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={text} disabled={disabled} onChange={(e) => change(e.target.value)} aria-invalid={error !== null} aria-describedby={describedBy(id, hint, error)} data-path={path} />
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
};

/** A choice among a few values. */
export const SelectField = <T extends string | number>({ label, path, value, options, apply, disabled, hint }: FieldProps & { value: T; options: readonly { value: T; label: string }[] }) => {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        disabled={disabled}
        onChange={(e) => void apply(path, options.find((o) => String(o.value) === e.target.value)?.value ?? e.target.value).then(setError)}
        aria-describedby={describedBy(id, hint, error)}
        data-path={path}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
};

/**
 * A shortcut, recorded by pressing it: the field listens to the keys pressed while it has focus and
 * applies the accelerator they make (core/settings/accelerator.ts). Esc leaves it unchanged, and Tab
 * still moves focus on, so the field never traps the keyboard.
 */
export const ShortcutField = ({ label, path, value, apply, disabled, hint }: FieldProps & { value: string }) => {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(value);
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setShown(value), [value]);
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) return;
    e.preventDefault();
    if (e.key === 'Escape') {
      setShown(value);
      setError(null);
      return;
    }
    const accelerator = acceleratorOf(e);
    if (accelerator === null) return; // only modifiers so far
    setShown(accelerator);
    setRecording(false);
    const problem = acceleratorProblem(accelerator);
    if (problem !== null) return setError(t(problem === 'no-modifier' ? 'settings.errors.shortcutModifier' : 'settings.errors.shortcut'));
    void apply(path, accelerator).then(setError);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        readOnly
        value={recording ? t('settings.advanced.recording') : shown}
        disabled={disabled}
        onKeyDown={onKeyDown}
        onFocus={() => setRecording(true)}
        onBlur={() => setRecording(false)}
        aria-invalid={error !== null}
        aria-describedby={describedBy(id, hint, error)}
        data-path={path}
        data-accelerator={shown}
      />
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
};
