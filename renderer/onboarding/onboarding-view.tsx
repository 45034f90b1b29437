import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { MedicalNotice } from '../medical-notice';
import { leaveView } from '../progress/leave-view';
import { useSettings } from '../settings/use-settings';
import { BreakPlan } from './break-plan';
import './onboarding.css';

/**
 * First run: what will happen (from the current settings), start at login as a choice, the
 * not-medical-advice notice, and three ways on: start, try a break, change the schedule. It must
 * fit its window (520×640, app-windows.ts) without scrolling.
 */
export const OnboardingView = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const loaded = settings !== null;
  useEffect(() => {
    // Focus without scrolling: the welcome and the plan stay in view, as a screen shows them first.
    if (loaded) startButton.current?.focus({ preventScroll: true });
  }, [loaded]);
  if (!settings) return <main className="onboarding" aria-busy="true" />;
  const fail = (e: Error) => {
    setBusy(false);
    setError(e.message);
  };
  // Every way out marks onboarding as seen, so it does not come back at the next start.
  const then = (next: () => Promise<unknown> | void) => () => {
    setBusy(true);
    call('updateSettings', { app: { onboarded: true } })
      .then(next)
      .then(() => setBusy(false), fail);
  };
  const setAutostart = (on: boolean) => call('updateSettings', { app: { autostart: on } }).catch(fail);
  return (
    <main className="onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t('onboarding.title')}</h1>
      <p className="lead">{t('onboarding.lead')}</p>
      <BreakPlan settings={settings} />
      <label className="autostart">
        <input type="checkbox" checked={settings.app.autostart} onChange={(e) => void setAutostart(e.target.checked)} />
        {t('onboarding.autostart')}
      </label>
      <MedicalNotice />
      <div className="actions" role="group" aria-label={t('onboarding.choices')}>
        <button ref={startButton} type="button" className="primary" disabled={busy} onClick={then(() => leaveView('#/break'))}>
          {t('onboarding.start')}
        </button>
        <button type="button" disabled={busy} onClick={then(() => call('breakAction', { action: 'start-now' }))}>
          {t('onboarding.tryBreak')}
        </button>
        <button type="button" disabled={busy} onClick={then(() => call('openPage', 'settings'))}>
          {t('onboarding.changeSchedule')}
        </button>
      </div>
      {error && <p role="alert">{t('errors.generic', { message: error })}</p>}
    </main>
  );
};
