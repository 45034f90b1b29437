import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Technique } from '../../main/core/techniques/types';
import { CATALOGS, LANGUAGES, type Language } from '../../main/core/i18n/catalogs';

export { LANGUAGES, type Language };

/** The language to show: the setting when it names one, else the OS locale, else English. */
export const pickLanguage = (setting: string, locale: string): Language => {
  if ((LANGUAGES as readonly string[]).includes(setting)) return setting as Language;
  const base = locale.toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
};

/** Starts i18next with both catalogs; i18next handles interpolation, plurals and fallbacks. */
export const initI18n = (language: Language) =>
  i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: CATALOGS.en }, de: { translation: CATALOGS.de } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });

/** Switches the interface language at once. */
export const setLanguage = (language: Language) => i18next.changeLanguage(language);

/** A technique's texts in the current language; English (the library's own words) as fallback. */
export const useTechniqueText = (technique: Technique) => {
  const { t } = useTranslation();
  const key = `technique.${technique.id}`;
  return {
    name: t(`${key}.name`, { defaultValue: technique.name }),
    summary: t(`${key}.summary`, { defaultValue: technique.summary }),
    step: (index: number) => t(`${key}.steps.${index}`, { defaultValue: technique.steps[index]?.text ?? '' }),
    cautions: technique.cautions.map((text, index) => t(`${key}.cautions.${index}`, { defaultValue: text })),
    why: t(`${key}.why`, { defaultValue: technique.why }),
  };
};
