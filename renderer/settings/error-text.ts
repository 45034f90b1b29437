import type { TFunction } from 'i18next';
import { CATALOGS } from '../../main/core/i18n/catalogs';

const englishErrors = (CATALOGS.en as { settings: { errors: Record<string, string> } }).settings.errors;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each English error template as a pattern whose groups are its {{placeholders}}.
const PATTERNS = Object.entries(englishErrors).map(([code, template]) => ({
  code,
  pattern: new RegExp(`^${template.split(/({{\w+}})/).map((part) => (/^{{\w+}}$/.test(part) ? `(?<${part.slice(2, -2)}>.+?)` : escape(part))).join('')}$`),
}));

/** The problems in a settings error from the main process ("key: message; key: message"), each as its key and English message. */
export const splitProblems = (text: string): { key: string; message: string }[] => {
  const starts = [...text.matchAll(/(?:^|; )([\w-]+(?:\.[\w-]+)*|\(root\)): /g)];
  if (starts.length === 0) return [{ key: '', message: text }];
  return starts.map((match, i) => {
    const from = match.index + match[0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    return { key: match[1]!, message: text.slice(from, to) };
  });
};

/**
 * A settings error in the person's language. The main process words each problem with the English
 * catalog's `settings.errors.*` (main/core/settings/validate.ts), so the code and its values are
 * read back from that wording and the current language's text is shown; anything else (a message
 * from outside the settings rules) is shown as it came.
 */
export const translateSettingsError = (text: string, t: TFunction): string =>
  [
    ...new Set(
      splitProblems(text).map(({ message }) => {
        for (const { code, pattern } of PATTERNS) {
          const found = pattern.exec(message);
          if (!found) continue;
          const params: Record<string, string> = { ...found.groups };
          if (params.kind) params.kind = t(`kind.${params.kind}`, { defaultValue: params.kind });
          return t(`settings.errors.${code}`, params);
        }
        return message;
      }),
    ),
  ].join(' ');
