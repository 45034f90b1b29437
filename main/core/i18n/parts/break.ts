/** Strings of the break area, in every language; merged into the catalogs by catalogs.ts. Keys must not clash with other parts. */
export const breakStrings = { en: {}, de: {} };
