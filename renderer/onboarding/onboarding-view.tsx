import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

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
      <section className="warning" aria-labelledby="medical-title">
        <h2 id="medical-title">{t('onboarding.medicalTitle')}</h2>
        <p>{t('onboarding.medical')}</p>
        <h3>{t('onboarding.redFlagsTitle')}</h3>
        <ul>
          <li>{t('onboarding.redFlags.emergency')}</li>
          <li>{t('onboarding.redFlags.doctor')}</li>
        </ul>
      </section>
      <button type="button" className="primary" onClick={start} disabled={started} autoFocus>
        {t('onboarding.start')}
      </button>
      {error && <p role="alert">{t('errors.generic', { message: error })}</p>}
    </main>
  );
};
