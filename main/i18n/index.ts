import i18next, { type TOptions } from 'i18next';
import { CATALOGS, LANGUAGES, type Language } from '../core/i18n/catalogs';
import { onSliceChange, type SettingsSource } from '../storage/settings-slice';

/**
 * The main process's own i18next instance over the renderer's catalogs, so the tray, notices,
 * titles and dialogs speak the language the windows speak. No React, no shared global instance.
 */
const instance = i18next.createInstance();
// With the resources inline and initAsync off, init finishes before it returns (i18next 24+ renamed initImmediate).
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: CATALOGS.en }, de: { translation: CATALOGS.de } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
// English puts a kind's label mid-sentence in lower case ("Next posture break"); German nouns keep their capital.
instance.services.formatter?.add('lowercase', (value: unknown) => String(value).toLowerCase());

/** The text of a catalog key in the current language (i18next's interpolation and plurals). */
export const t = (key: string, options: TOptions = {}): string => String(instance.t(key, options as Omit<TOptions, 'context'>));

/** A table of strings under one key (e.g. `quietReason`, whose keys are phrases, not dotted paths) in the current language. */
export const tTable = (key: string): Record<string, string> => {
  const value: unknown = instance.t(key, { returnObjects: true });
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
};

/** The language main is speaking now. */
export const mainLanguage = (): Language => (instance.language === 'de' ? 'de' : 'en');

/** The language to speak: the setting when it names one, else the OS locale, else English. */
export const pickLanguage = (setting: string, locale: string): Language => {
  if ((LANGUAGES as readonly string[]).includes(setting)) return setting as Language;
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
};

/** Switches main's language at once (the resources are in memory, so no waiting). */
export const setMainLanguage = (language: Language): void => {
  if (instance.language !== language) void instance.changeLanguage(language);
};

/** Calls `listener` after every language change; returns the unsubscribe. */
export const onLanguageChange = (listener: (language: Language) => void): (() => void) => {
  const handler = () => listener(mainLanguage());
  instance.on('languageChanged', handler);
  return () => instance.off('languageChanged', handler);
};

/**
 * Follows `app.language` now and whenever it changes; `locale` is the OS locale for "auto"
 * (Electron's app.getLocale(), passed in so this file needs no electron). Returns the unsubscribe.
 */
export const followLanguageSetting = (settings: SettingsSource, locale: () => string): (() => void) => {
  setMainLanguage(pickLanguage(settings.get().app.language, locale()));
  return onSliceChange(settings, (s) => s.app.language, (language) => setMainLanguage(pickLanguage(language, locale())));
};
