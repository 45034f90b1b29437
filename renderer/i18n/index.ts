/// <reference types="vite/client" />
import i18next from 'i18next';
import { useEffect } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Technique } from '../../main/core/techniques/types';
import { CATALOGS, LANGUAGES, type Language } from '../../main/core/i18n/catalogs';
import { pseudoCatalog } from './pseudo';

export { LANGUAGES, type Language };

/** The language to show: the setting when it names one, else the OS locale, else English. */
export const pickLanguage = (setting: string, locale: string): Language => {
  if ((LANGUAGES as readonly string[]).includes(setting)) return setting as Language;
  const base = locale.toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
};

// The browser preview only: `?lang=pseudo` shows every catalog string accented and bracketed, so
// text that never went through a catalog stands out (tests/renderer/language-pseudo.spec.ts).
const pseudo = import.meta.env.MODE === 'web' && new URLSearchParams(window.location.search).get('lang') === 'pseudo';

/** Starts i18next with both catalogs; i18next handles interpolation, plurals and fallbacks. */
export const initI18n = async (language: Language) => {
  await i18next.use(initReactI18next).init({
    lng: pseudo ? 'pseudo' : language,
    fallbackLng: 'en',
    resources: {
      en: { translation: CATALOGS.en },
      de: { translation: CATALOGS.de },
      ...(pseudo ? { pseudo: { translation: pseudoCatalog() } } : {}),
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // English puts a kind's label mid-sentence in lower case ("Next posture break"); German nouns keep their capital.
  i18next.services.formatter?.add('lowercase', (value: unknown) => String(value).toLowerCase());
};

/** Switches the interface language at once (the pseudo-locale, once asked for, stays). */
export const setLanguage = (language: Language) => (pseudo ? Promise.resolve(i18next.t) : i18next.changeLanguage(language));

/** Keeps the window's title (which Electron shows in the title bar) at the catalog's `windowTitle.<route>`, in the current language. */
export const useWindowTitle = (route: string) => {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t(`windowTitle.${route}`, { defaultValue: 'Unknot' });
  }, [t, i18n.language, route]);
};

/** A technique's texts in the current language; English (the library's own words) as fallback. */
export const useTechniqueText = (technique: Technique) => {
  const { t } = useTranslation();
  // The person's own techniques are in the words they wrote: no catalog has them.
  if (technique.id.startsWith('custom:')) {
    return { name: technique.name, summary: technique.summary, step: (index: number) => technique.steps[index]?.text ?? '', cautions: [...technique.cautions], why: technique.why };
  }
  const key = `technique.${technique.id}`;
  return {
    name: t(`${key}.name`, { defaultValue: technique.name }),
    summary: t(`${key}.summary`, { defaultValue: technique.summary }),
    step: (index: number) => t(`${key}.steps.${index}`, { defaultValue: technique.steps[index]?.text ?? '' }),
    cautions: technique.cautions.map((text, index) => t(`${key}.cautions.${index}`, { defaultValue: text })),
    why: t(`${key}.why`, { defaultValue: technique.why }),
  };
};
