import { useTranslation } from 'react-i18next';
import type { Settings } from '../../main/core/settings/schema';
import { CheckField, SelectField, type Apply } from './fields';
import { currentOs } from './platform';

// Each language named in its own words, the way language pickers do, so it is found whatever is showing.
const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch' } as const;

/** Basics: the language first, then what Unknot does around the breaks. */
export const BasicsSection = ({ s, apply }: { s: Settings; apply: Apply }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="section-basics">
      <h2 id="section-basics">{t('settings.sections.basics')}</h2>
      <SelectField
        label={t('settings.language.label')}
        path="app.language"
        value={s.app.language}
        apply={apply}
        options={[{ value: 'auto', label: t('settings.language.auto') }, ...Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({ value: value as 'en' | 'de', label }))]}
      />
      <CheckField label={t('settings.autostart')} path="app.autostart" value={s.app.autostart} apply={apply} />
      <CheckField label={t('settings.chime')} path="app.chime" value={s.app.chime} apply={apply} />
      <CheckField label={t('settings.checkIn')} path="checkIn.daily" value={s.checkIn.daily} apply={apply} />
      <CheckField label={t('routine.feedback.setting')} path="feedback.afterBreak" value={s.feedback.afterBreak} apply={apply} />
      {/* macOS draws tray icons as monochrome templates, so the ring is never shown there (main/core/tray/ring.ts). */}
      {currentOs() !== 'mac' && <CheckField label={t('settings.trayRing')} path="app.trayRing" value={s.app.trayRing} apply={apply} />}
      <CheckField label={t('settings.updates')} path="app.checkForUpdates" value={s.app.checkForUpdates} apply={apply} />
    </section>
  );
};
