import { useTranslation } from 'react-i18next';

/** About: what Unknot is, that it is not medical advice, and when to get help instead. */
export const AboutView = () => {
  const { t } = useTranslation();
  return (
    <main className="about" aria-labelledby="about-title">
      <h1 id="about-title">About Unknot</h1>
      <p>{t('onboarding.intro')}</p>
      <section className="warning" aria-labelledby="about-medical">
        <h2 id="about-medical">{t('onboarding.medicalTitle')}</h2>
        <p>{t('onboarding.medical')}</p>
        <h3>{t('onboarding.redFlagsTitle')}</h3>
        <ul>
          <li>{t('onboarding.redFlags.emergency')}</li>
          <li>{t('onboarding.redFlags.doctor')}</li>
        </ul>
      </section>
      <p className="note">Your data stays on this computer. Logs are kept in the app's user-data folder (logs/main.log).</p>
    </main>
  );
};
