import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from './api';
import { MedicalNotice } from './medical-notice';

/** About: what Unknot is, that it is not medical advice, and when to get help instead. */
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
    </main>
  );
};
