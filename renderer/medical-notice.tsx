import { useTranslation } from 'react-i18next';

/** Not medical advice, and the red flags that need a doctor or emergency care: shown in onboarding and About. */
export const MedicalNotice = () => {
  const { t } = useTranslation();
  return (
    <section className="warning" aria-labelledby="medical-title">
      <h2 id="medical-title">{t('onboarding.medicalTitle')}</h2>
      <p>{t('onboarding.medical')}</p>
      <h3>{t('onboarding.redFlagsTitle')}</h3>
      <ul>
        <li>{t('onboarding.redFlags.emergency')}</li>
        <li>{t('onboarding.redFlags.doctor')}</li>
      </ul>
    </section>
  );
};
