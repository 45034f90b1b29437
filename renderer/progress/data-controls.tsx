import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/** Export as CSV or JSON, and "Delete all my data" behind a confirmation; all off while there is nothing to export. Nothing leaves the machine otherwise. */
export const DataControls = ({ hasData, onDeleted }: { hasData: boolean; onDeleted: () => void }) => {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const exportAs = (format: 'csv' | 'json') =>
    call('exportData', { format }).then(
      ({ path }) => setMessage(path ? t('data.saved', { path }) : t('data.cancelled')),
      (e: Error) => setMessage(t('errors.generic', { message: e.message })),
    );
  const remove = () =>
    call('deleteAllData', { confirm: 'delete everything' }).then(() => {
      setConfirming(false);
      setMessage(t('data.deleted'));
      onDeleted();
    });
  return (
    <section className="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p className="note">{t('data.local')}</p>
      <div className="actions">
        <button type="button" disabled={!hasData} aria-describedby={hasData ? undefined : 'nothing-to-export'} onClick={() => exportAs('csv')}>{t('data.exportCsv')}</button>
        <button type="button" disabled={!hasData} aria-describedby={hasData ? undefined : 'nothing-to-export'} onClick={() => exportAs('json')}>{t('data.exportJson')}</button>
        <button type="button" disabled={!hasData} onClick={() => setConfirming(true)} aria-expanded={confirming}>{t('data.delete')}</button>
      </div>
      {!hasData && <p className="note" id="nothing-to-export">{t('progress.nothingToExport')}</p>}
      {confirming && hasData && (
        <div className="warning" role="alertdialog" aria-labelledby="confirm-title">
          <p id="confirm-title">{t('data.confirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={remove}>{t('data.deleteConfirm')}</button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>{t('data.keep')}</button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
};
