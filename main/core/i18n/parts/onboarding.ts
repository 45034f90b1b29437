/** Strings of the onboarding area, in every language; merged into the catalogs by catalogs.ts. Keys must not clash with other parts. */
export const onboardingStrings = { en: {}, de: {} };
