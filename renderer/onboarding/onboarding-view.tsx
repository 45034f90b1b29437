import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { MedicalNotice } from '../medical-notice';

/** First run: what Unknot does, the defaults, the not-medical-advice notice and red flags, one button. */
export const OnboardingView = () => {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const start = () =>
    call('updateSettings', { app: { onboarded: true } })
      .then(() => {
        setStarted(true);
        window.close();
      })
      .catch((e: Error) => setError(e.message));
  return (
    <main className="onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t('onboarding.title')}</h1>
      <p>{t('onboarding.intro')}</p>
      <h2>{t('onboarding.defaultsTitle')}</h2>
      <ul>
        <li>{t('onboarding.defaults.posture')}</li>
        <li>{t('onboarding.defaults.stress')}</li>
        <li>{t('onboarding.defaults.away')}</li>
      </ul>
      <MedicalNotice />
      <button type="button" className="primary" onClick={start} disabled={started} autoFocus>
        {t('onboarding.start')}
      </button>
      {error && <p role="alert">{t('errors.generic', { message: error })}</p>}
    </main>
  );
};
