import { CATALOGS, type Language } from '../i18n/catalogs';

/**
 * One `posture.main.*` string in a language, with `{{name}}` filled in; the main process has no
 * i18next, so nudges and tray lines read the merged catalogs directly. A missing key falls back to
 * English, then to the key itself, so a nudge is never blank.
 */
export const postureWord = (language: Language, key: string, vars: Record<string, string | number> = {}): string => {
  const find = (lang: Language): unknown =>
    `posture.main.${key}`.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), CATALOGS[lang]);
  const raw = find(language) ?? find('en');
  const text = typeof raw === 'string' ? raw : key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
};

/** The app's language setting resolved against the system's locale ('auto' follows the system). */
export const resolveLanguage = (setting: 'auto' | Language, systemLocale: string): Language =>
  setting !== 'auto' ? setting : systemLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
