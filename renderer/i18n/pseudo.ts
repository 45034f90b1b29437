import { CATALOGS } from '../../main/core/i18n/catalogs';
import { TECHNIQUES } from '../../main/core/techniques/library';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ', y: 'ý' };

/** The pseudo-locale's form of one string: accented and bracketed, placeholders and nesting kept as they are. */
export const pseudoString = (text: string): string =>
  `⟦${text
    .split(/({{[^}]*}}|\$t\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('')}⟧`;

const mapStrings = (value: unknown): unknown =>
  typeof value === 'string' ? pseudoString(value) : Array.isArray(value) ? value.map(mapStrings) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v)])) : value;

/**
 * The English catalog turned pseudo, with the technique library's own English texts added (English
 * reads them from the library, not the catalog), so every string that went through a catalog shows
 * ⟦…⟧ and everything else stands out.
 */
export const pseudoCatalog = (): Record<string, unknown> => {
  const technique = Object.fromEntries(
    TECHNIQUES.map((t) => [t.id, { name: t.name, summary: t.summary, steps: t.steps.map((s) => s.text), cautions: [...t.cautions], why: t.why }]),
  );
  return mapStrings({ ...CATALOGS.en, technique }) as Record<string, unknown>;
};
