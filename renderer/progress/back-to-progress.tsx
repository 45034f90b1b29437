import { useTranslation } from 'react-i18next';
import { cameFrom } from './leave-view';

/** "Back to Progress", shown only when Progress opened this view in its own window. */
export const BackToProgress = () => {
  const { t } = useTranslation();
  if (cameFrom() !== 'progress') return null;
  return (
    <a className="back-link" href="#/progress">
      {t('progress.back')}
    </a>
  );
};
