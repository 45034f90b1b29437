import { useTranslation } from 'react-i18next';
import { MedicalNotice } from './medical-notice';

/** About: what Unknot is, that it is not medical advice, and when to get help instead. */
export const AboutView = () => {
  const { t } = useTranslation();
  return (
    <main className="about" aria-labelledby="about-title">
      <h1 id="about-title">About Unknot</h1>
      <p>{t('onboarding.intro')}</p>
      <MedicalNotice />
      <p className="note">Your data stays on this computer. Logs are kept in the app's user-data folder (logs/main.log).</p>
    </main>
  );
};
