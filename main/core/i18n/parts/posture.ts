/** Strings of the posture area, in every language; merged into the catalogs by catalogs.ts. Keys must not clash with other parts. */
export const postureStrings = { en: {}, de: {} };
