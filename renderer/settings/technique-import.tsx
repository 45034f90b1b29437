import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../main/core/techniques/problems';
import type { ImportPreview } from '../../main/core/techniques/technique-ipc';
import { call } from '../api';

type Choice = 'replace' | 'keep-both';

/**
 * Export and the two-step import: main shows the open dialog and checks the whole file; a refused
 * file lists every problem with its path; a valid one lists its techniques, and each clash asks
 * "replace" or "keep both" before anything changes.
 */
export const TechniqueImport = ({ exportable }: { exportable: boolean }) => {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: Error) => setError(t('custom.failed', { message: e.message }));
  const problemLine = (p: Problem) => `${p.path ? `${p.path}: ` : ''}${t(`custom.problem.${p.code}`, { limit: p.limit })}`;

  const exportAll = () => {
    setError(null);
    call('exportTechniques')
      .then(({ path }) => setStatus(path ? t('custom.exported', { path }) : null))
      .catch(fail);
  };
  const choose = () => {
    setError(null);
    setStatus(null);
    call('importTechniques')
      .then((result) => {
        setPreview(result.status === 'cancelled' ? null : result);
        if (result.status === 'ready') setChoices(result.items.map(() => 'keep-both'));
      })
      .catch(fail);
  };
  const commit = (token: string) =>
    call('commitTechniqueImport', { token, choices })
      .then((result) => {
        setPreview(result.ok ? null : { status: 'invalid', problems: result.problems });
        if (result.ok) setStatus(t('custom.importDone', { added: result.added, replaced: result.replaced }));
      })
      .catch(fail);

  return (
    <div className="technique-import">
      <div className="actions">
        <button type="button" onClick={exportAll} disabled={!exportable}>{t('custom.exportAll')}</button>
        <button type="button" onClick={choose}>{t('custom.importFile')}</button>
      </div>
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
      {preview?.status === 'invalid' && (
        <div role="alert" className="import-problems">
          <p>{t('custom.importRefused')}</p>
          <ul>
            {preview.problems.slice(0, 50).map((p, i) => (
              <li key={i}>{problemLine(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview?.status === 'ready' && (
        <section className="import-preview" aria-label={t('custom.importFile')}>
          <p>{t('custom.importReady', { count: preview.items.length })}</p>
          <ul>
            {preview.items.map((item, i) => (
              <li key={i}>
                {t('custom.importItem', { name: item.name, steps: item.steps })}
                {item.conflict && (
                  <fieldset>
                    <legend>{t('custom.clash', { name: item.conflict.name })}</legend>
                    {(['replace', 'keep-both'] as const).map((choice) => (
                      <label key={choice} className="check">
                        <input type="radio" name={`clash-${i}`} checked={choices[i] === choice} onChange={() => setChoices(choices.map((c, j) => (j === i ? choice : c)))} />
                        {t(choice === 'replace' ? 'custom.replace' : 'custom.keepBoth')}
                      </label>
                    ))}
                  </fieldset>
                )}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void commit(preview.token)}>{t('custom.importConfirm')}</button>
            <button type="button" onClick={() => setPreview(null)}>{t('custom.cancel')}</button>
          </div>
        </section>
      )}
    </div>
  );
};
