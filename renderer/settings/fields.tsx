import { useEffect, useId, useState } from 'react';

/** Builds a settings patch that changes one dotted key. */
export const patchAt = (path: string, value: unknown): Record<string, unknown> =>
  path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;

/** Applies a patch; resolves with null or the problem, in words, for this field. */
export type Apply = (path: string, value: unknown) => Promise<string | null>;

const ErrorText = ({ id, error }: { id: string; error: string | null }) =>
  error ? <span id={id} className="field-error" role="alert">{error}</span> : null;

/** A number setting, applied as soon as it changes; the main process's message shows inline when it is refused. */
export const NumberField = ({ label, path, value, unit, apply }: { label: string; path: string; value: number; unit: string; apply: Apply }) => {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  const change = (next: string) => {
    setText(next);
    const n = Number(next);
    if (next.trim() === '' || !Number.isFinite(n)) return setError('Enter a number.');
    void apply(path, n).then(setError);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <span className="field-input">
        <input type="number" value={text} onChange={(e) => change(e.target.value)} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} data-path={path} />
        <span className="unit">{unit}</span>
      </span>
      <ErrorText id={`${id}-error`} error={error} />
    </label>
  );
};

/** A switch-like setting. */
export const CheckField = ({ label, path, value, apply }: { label: string; path: string; value: boolean; apply: Apply }) => (
  <label className="field check">
    <input type="checkbox" checked={value} onChange={(e) => void apply(path, e.target.checked)} data-path={path} />
    <span>{label}</span>
  </label>
);

/** A text setting turned into a value by `parse`; a parse problem shows inline and nothing is applied. */
export const TextField = ({ label, path, value, apply, parse, hint }: { label: string; path: string; value: string; apply: Apply; parse: (text: string) => { value: unknown } | { error: string }; hint?: string }) => {
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
    <label className="field">
      <span>{label}</span>
      <input type="text" value={text} onChange={(e) => change(e.target.value)} aria-invalid={error !== null} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} data-path={path} />
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} error={error} />
    </label>
  );
};
