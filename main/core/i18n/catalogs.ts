import { de } from './de';
import { en } from './en';
import { PARTS } from './parts';

type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep merge that refuses a key two sources both set to text: one area must not silently overwrite another's string. */
export const mergeCatalogs = (base: Tree, ...parts: Tree[]): Tree => {
  const out: Tree = { ...base };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const have = out[key];
      if (isTree(have) && isTree(value)) out[key] = mergeCatalogs(have, value);
      else if (have !== undefined) throw new Error(`catalog key "${key}" is defined twice`);
      else out[key] = value;
    }
  }
  return out;
};

/** The languages with a complete catalog. */
export const LANGUAGES = ['en', 'de'] as const;
/** A supported language. */
export type Language = (typeof LANGUAGES)[number];

/** Every language's whole catalog: the base files with every area's part merged in. Main and renderer both read these. */
export const CATALOGS: Record<Language, Tree> = {
  en: mergeCatalogs(en, ...PARTS.map((p) => p.en as Tree)),
  de: mergeCatalogs(de, ...PARTS.map((p) => p.de as Tree)),
};
