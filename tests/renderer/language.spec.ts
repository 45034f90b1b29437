import { expect, test } from '@playwright/test';
import { DATE_WORDS, englishOnlyPatterns, PROPER_NAMES, VIEWS, visibleTexts } from './language-views';

// Issue 13: every string a person can see goes through the catalogs. Each view is opened in German
// (the OS locale, as a new German user has it) and every visible text is compared with the English
// catalog; then in the pseudo-locale, where every catalog string is ⟦bracketed⟧, so a text without
// brackets never went through a catalog. Each view is its own test, so a failure names the view
// and lists its offending strings.

const ENGLISH = englishOnlyPatterns().map(({ key, pattern }) => ({ key, pattern: new RegExp(pattern) }));

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  for (const view of VIEWS) {
    test(`${view.name}: no visible text is still the English one`, async ({ page }) => {
      await view.open(page, '');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de');
      const english = (await visibleTexts(page))
        .filter((text) => !PROPER_NAMES.has(text))
        .flatMap((text) => ENGLISH.filter(({ pattern }) => pattern.test(text)).slice(0, 1).map(({ key }) => `${text}  (${key})`));
      expect(english, `English strings in the German ${view.name} view`).toEqual([]);
    });
  }
});

// Text with no letters (times, numbers, "·"), the proper names, Intl's date words and ⟦catalog⟧ text
// (nested too: a catalog string interpolated into another) are fine.
const withoutCatalogText = (text: string): string => {
  const once = text.replace(/⟦[^⟦⟧]*⟧/g, '');
  return once === text ? text : withoutCatalogText(once);
};
const outsideCatalog = (text: string) => /\p{L}{2}/u.test(withoutCatalogText(text)) && !PROPER_NAMES.has(text) && !DATE_WORDS.has(text);

for (const view of VIEWS) {
  test(`${view.name}: every visible text went through a catalog (pseudo-locale)`, async ({ page }) => {
    await view.open(page, 'lang=pseudo');
    await expect(page.getByText(/⟦/).first()).toBeVisible();
    const stray = (await visibleTexts(page)).filter(outsideCatalog);
    expect(stray, `text in the ${view.name} view that no catalog gave`).toEqual([]);
  });
}
