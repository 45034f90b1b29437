import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosticsView, UpdateView } from '../main/core/ipc/contract';
import { call, subscribe } from './api';
import { useWindowTitle } from './i18n';
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
      {/* The facts, detector names and answers are the diagnostic report's own words, the ones Copy puts into a bug
          report; main words them in English (main/platform/diagnostics.ts), so they are marked as English text. */}
      <dl aria-label={t('diagnostics.facts')} lang="en">
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
                <th scope="row" lang="en">
                  {name}
                  {d.source && <small> {t('diagnostics.via', { source: d.source })}</small>}
                </th>
                <td>{d.available ? t('diagnostics.yes') : t('diagnostics.no')}</td>
                <td>{d.enabled ? t('diagnostics.yes') : t('diagnostics.no')}</td>
                <td>
                  <span lang="en">{d.lastAnswer ?? '—'}</span> <small>({ago(d.askedAt)})</small>
                  {d.lastError && (
                    <div className="error">
                      {t('diagnostics.lastError')}: <span lang="en">{d.lastError}</span>
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

/** The one line About shows for the updater's state. */
const useUpdateLine = (view: UpdateView | null): string => {
  const { t } = useTranslation();
  const s = view?.status;
  if (!s) return '';
  switch (s.state) {
    case 'development':
      return t('updates.development');
    case 'idle':
      return s.lastCheckAt === null ? t('updates.never') : t('updates.lastChecked', { when: new Date(s.lastCheckAt).toLocaleString() });
    case 'checking':
      return t('updates.checking');
    case 'up-to-date':
      return t('updates.upToDate');
    case 'available':
      return t('updates.available', { version: s.version });
    case 'downloading':
      return t('updates.downloading', { version: s.version, percent: s.percent });
    case 'downloaded':
      return s.installOnQuit ? t('updates.willInstall', { version: s.version }) : t('updates.ready', { version: s.version });
    case 'error':
      return s.during === 'download' ? t('updates.downloadFailed') : t(s.during === 'check' ? 'updates.checkFailed' : 'updates.installFailed', { message: s.message });
  }
};

/** About → Updates: the running version, the updater's state, "Check for updates", and what to do with a found version. */
const UpdatesSection = () => {
  const { t } = useTranslation();
  const [view, setView] = useState<UpdateView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => void call('getUpdateStatus').then(setView, () => undefined);
    refresh();
    const stops = [subscribe('updateChanged', setView), subscribe('settingsChanged', refresh)];
    return () => stops.forEach((stop) => stop());
  }, []);
  const line = useUpdateLine(view);
  const s = view?.status;
  const run = (work: Promise<unknown>) => void work.then(() => setProblem(null), (e: Error) => setProblem(e.message));
  const busy = !s || s.state === 'development' || s.state === 'checking' || s.state === 'downloading' || s.state === 'downloaded';
  return (
    <section className="updates" aria-labelledby="updates-title">
      <h2 id="updates-title">{t('updates.title')}</h2>
      {view?.currentVersion && <p>{t('updates.version', { version: view.currentVersion })}</p>}
      <p role="status" data-state={s?.state}>
        {line}
      </p>
      {s?.state === 'downloading' && <progress max={100} value={s.percent} aria-label={line} />}
      {s?.state === 'downloaded' && (
        <div className="actions">
          <button type="button" onClick={() => run(call('updateChoice', { choice: 'restart-now' }))}>
            {t('updates.restart')}
          </button>
          {!s.installOnQuit && (
            <button type="button" onClick={() => run(call('updateChoice', { choice: 'install-on-quit' }))}>
              {t('updates.onQuit')}
            </button>
          )}
        </div>
      )}
      {s?.state === 'available' && (
        <p>
          <button type="button" onClick={() => run(call('openReleasePage'))}>
            {t('updates.openRelease')}
          </button>{' '}
          <span className="note">{s.releaseUrl}</span>
        </p>
      )}
      {s?.state !== 'development' && (
        <button type="button" disabled={busy} onClick={() => run(call('checkForUpdates').then(setView))}>
          {t('updates.check')}
        </button>
      )}
      {view && !view.automatic && s?.state !== 'development' && <p className="note">{t('updates.automaticOff')}</p>}
      {problem && <p className="error">{problem}</p>}
    </section>
  );
};

/** About → crash reports: where Electron's crash reporter keeps its local minidumps. */
const CrashReports = () => {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="crash-reports" aria-label={t('crashReports.open')}>
      <p className="note">{t('crashReports.note')}</p>
      <button type="button" onClick={() => void call('openCrashReports').then(({ path }) => setStatus(path), (e: Error) => setStatus(e.message))}>
        {t('crashReports.open')}
      </button>
      {status && <p role="status">{status}</p>}
    </section>
  );
};

/** About: what Unknot is, that it is not medical advice, when to get help instead, crash reports, updates and Diagnostics. */
export const AboutView = () => {
  const { t } = useTranslation();
  useWindowTitle('about');
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <main className="about" aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      <p>{t('onboarding.intro')}</p>
      <MedicalNotice />
      <p className="note">{t('about.privacy')}</p>
      <button type="button" onClick={() => void call('openLogFile').then(({ path }) => setOpened(path), (e: Error) => setOpened(e.message))}>
        {t('about.openLog')}
      </button>
      {opened && <p role="status">{opened}</p>}
      <CrashReports />
      <UpdatesSection />
      <DiagnosticsSection />
    </main>
  );
};
