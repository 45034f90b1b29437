import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosticsView } from '../main/core/ipc/contract';
import { call, subscribe } from './api';
import { MedicalNotice } from './medical-notice';

/** About → Diagnostics: per detector whether this system has it, whether it is on, what it last said and when, its last error; plus platform facts. */
const DiagnosticsSection = () => {
  const { t } = useTranslation();
  const [view, setView] = useState<DiagnosticsView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    call('getDiagnostics').then(setView, () => undefined);
    return subscribe('diagnosticsChanged', setView);
  }, []);
  const ago = (at?: number) => (at === undefined ? t('diagnostics.never') : t('diagnostics.secondsAgo', { seconds: Math.max(0, Math.round((Date.now() - at) / 1000)) }));
  const detectors = Object.entries(view?.detectors ?? {});
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
      <p className="note">{t('diagnostics.intro')}</p>
      <h3>{t('diagnostics.facts')}</h3>
      <dl aria-label={t('diagnostics.facts')}>
        {Object.entries(view?.facts ?? {}).map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {detectors.length === 0 ? (
        <p>{t('diagnostics.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('diagnostics.detector')}</th>
              <th scope="col">{t('diagnostics.onThisSystem')}</th>
              <th scope="col">{t('diagnostics.enabled')}</th>
              <th scope="col">{t('diagnostics.lastAnswer')}</th>
            </tr>
          </thead>
          <tbody>
            {detectors.map(([name, d]) => (
              <tr key={name}>
                <th scope="row">
                  {name}
                  {d.source && <small> {t('diagnostics.via', { source: d.source })}</small>}
                </th>
                <td>{d.available ? t('diagnostics.yes') : t('diagnostics.no')}</td>
                <td>{d.enabled ? t('diagnostics.yes') : t('diagnostics.no')}</td>
                <td>
                  {d.lastAnswer ?? '—'} <small>({ago(d.askedAt)})</small>
                  {d.lastError && (
                    <div className="error">
                      {t('diagnostics.lastError')}: {d.lastError}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => void call('copyDiagnostics').then(() => setStatus(t('diagnostics.copied')), (e: Error) => setStatus(e.message))}>
        {t('diagnostics.copy')}
      </button>
      {status && <p role="status">{status}</p>}
    </section>
  );
};

/** About: what Unknot is, that it is not medical advice, when to get help instead, and Diagnostics. */
export const AboutView = () => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <main className="about" aria-labelledby="about-title">
      <h1 id="about-title">About Unknot</h1>
      <p>{t('onboarding.intro')}</p>
      <MedicalNotice />
      <p className="note">Your data stays on this computer. The log is kept in the app's user-data folder.</p>
      <button type="button" onClick={() => void call('openLogFile').then(({ path }) => setOpened(path), (e: Error) => setOpened(e.message))}>
        Open the log file
      </button>
      {opened && <p role="status">{opened}</p>}
      <DiagnosticsSection />
    </main>
  );
};
