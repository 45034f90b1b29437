import { expect, type Page } from '@playwright/test';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import { TECHNIQUES } from '../../main/core/techniques/library';

/** A view to check, reached the way a person reaches it in the preview. */
export interface View {
  name: string;
  open: (page: Page, query: string) => Promise<void>;
}

const go = (page: Page, query: string, route: string) => page.goto(`/?${query}#/${route}`);
const ready = (page: Page) => expect(page.locator('main, [role=main]').first()).toBeVisible();

/** Every view of the app: Settings, About, Progress (with data), check-in, self-check, onboarding, the break window idle and in a break, and both notices. */
export const VIEWS: View[] = [
  { name: 'settings', open: async (page, q) => { await go(page, q, 'settings'); await expect(page.locator('main.settings section').first()).toBeVisible(); } },
  { name: 'about', open: async (page, q) => { await go(page, q, 'about'); await ready(page); } },
  { name: 'progress', open: async (page, q) => { await go(page, `seed=demo&${q}`, 'progress'); await expect(page.locator('main h1')).toBeVisible(); } },
  { name: 'check-in', open: async (page, q) => { await go(page, q, 'check-in'); await expect(page.locator('main h1')).toBeVisible(); } },
  { name: 'self-check', open: async (page, q) => { await go(page, q, 'self-check'); await expect(page.locator('main h1')).toBeVisible(); } },
  { name: 'onboarding', open: async (page, q) => { await go(page, q, 'onboarding'); await expect(page.locator('main h1')).toBeVisible(); } },
  { name: 'break (idle)', open: async (page, q) => { await go(page, q, 'break'); await expect(page.locator('h1')).toBeVisible(); } },
  {
    name: 'break',
    open: async (page, q) => {
      await go(page, `break=posture&${q}`, 'break');
      await expect(page.locator('main button').first()).toBeVisible();
    },
  },
  { name: 'notice (held back)', open: async (page, q) => { await go(page, `held-back&${q}`, 'notice'); await expect(page.getByRole('heading').first()).toBeVisible(); } },
];

/** Every visible piece of text of the page outside the preview's own stand-in for the tray: text nodes, button values, placeholders and the shown option of each select. */
export const visibleTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    // `.harness` is the preview's stand-in for the tray, not the app; `[lang=en]` marks text that is
    // English on purpose (About's diagnostic report, in the words Copy puts into a bug report).
    const shown = (el: Element | null) => el !== null && !el.closest('.harness, [lang="en"]:not(html)') && (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(parent.tagName) || !shown(parent)) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))) if (shown(el)) out.push((el as HTMLInputElement).placeholder);
    for (const el of Array.from(document.querySelectorAll('select'))) if (shown(el)) out.push(...Array.from(el.options).map((o) => o.text.trim()));
    return [...new Set(out)];
  });

const flatten = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'string' ? [[prefix, value]] : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)) : [];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every English string that German says differently, as a pattern a whole text must match
 * ({{placeholders}} match anything): the catalog's, plus the technique library's own English
 * (which English reads from the library, not the catalog).
 */
export const englishOnlyPatterns = (): { key: string; pattern: string }[] => {
  const german = new Map(flatten(CATALOGS.de));
  const english = flatten(CATALOGS.en);
  for (const t of TECHNIQUES) {
    english.push([`technique.${t.id}.name`, t.name], [`technique.${t.id}.summary`, t.summary], [`technique.${t.id}.why`, t.why]);
    t.steps.forEach((s, i) => english.push([`technique.${t.id}.steps.${i}`, s.text]));
    t.cautions.forEach((c, i) => english.push([`technique.${t.id}.cautions.${i}`, c]));
  }
  return english
    .filter(([key, text]) => german.get(key) !== text && /[A-Za-z]{2}/.test(text.replace(/{{[^}]*}}/g, '')))
    .map(([key, text]) => ({ key, pattern: `^${text.split(/({{[^}]*}})/).map((part) => (part.startsWith('{{') ? '.+' : escape(part))).join('')}$` }));
};

/** English weekday and month names: Intl formats dates in the pseudo-locale as English, which is not a catalog's doing. */
export const DATE_WORDS = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);

/** Names that are the same in every language: the app's name and each language's own name. */
export const PROPER_NAMES = new Set(['Unknot', 'English', 'Deutsch']);
