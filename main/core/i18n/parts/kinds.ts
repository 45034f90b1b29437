/** Strings of the kinds area, in every language; merged into the catalogs by catalogs.ts. Keys must not clash with other parts. */
export const kindsStrings = { en: {}, de: {} };
