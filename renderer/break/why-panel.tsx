import { useTranslation } from 'react-i18next';
import type { Technique } from '../../main/core/techniques/types';
import { useTechniqueText } from '../i18n';

/** The evidence line, its source and every caution of a technique. */
export const WhyPanel = ({ technique, id }: { technique: Technique; id: string }) => {
  const { t } = useTranslation();
  const text = useTechniqueText(technique);
  return (
    <section id={id} className="why" aria-label={t('why.title')}>
      <p>{text.why}</p>
      <p>
        <strong>{t('why.evidence')}:</strong> {t(`evidence.${technique.evidence}`)} · <strong>{t('why.source')}:</strong> {technique.source}
      </p>
      <h2>{t('why.cautions')}</h2>
      <ul>
        {text.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
    </section>
  );
};
