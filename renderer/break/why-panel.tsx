import { useTranslation } from 'react-i18next';
import type { Technique } from '../../main/core/techniques/types';
import { useTechniqueText } from '../i18n';
import { ProgrammeReason } from '../progress/body-check-reason';
import { PostureReason } from './posture-reason';

/**
 * The evidence line, its source and every caution of a technique. It lies over the guidance with
 * its own scroll, so opening it never makes the window itself scroll or the controls move.
 */
export const WhyPanel = ({ technique, id }: { technique: Technique; id: string }) => {
  const { t } = useTranslation();
  const text = useTechniqueText(technique);
  const source = t(`technique.${technique.id}.source`, { defaultValue: technique.source });
  return (
    // Focusable so a keyboard can scroll it when its text is longer than the box.
    <section id={id} className="why" aria-label={t('why.title')} tabIndex={0}>
      <p>{text.why}</p>
      <ProgrammeReason technique={technique.id} />
      <PostureReason technique={technique.id} />
      <p>
        <strong>{t('why.evidence')}:</strong> {t(`evidence.${technique.evidence}`)} · <strong>{t('why.source')}:</strong> {source}
      </p>
      <h2>{t('why.cautions')}</h2>
      <ul>
        {text.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
        <li>{t('stopIfPain')}</li>
      </ul>
    </section>
  );
};
