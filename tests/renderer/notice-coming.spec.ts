import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bridgeCalls, engineEffects, openWithClock, updateSettings } from './helpers';
import { hidePreviewTray } from './break-helpers';

// The coming notice's real size: main/windows/notice.ts opens it frameless at 340×150.
const NOTICE = { width: 340, height: 150 };

const openNotice = async (page: Page, language: 'en' | 'de') => {
  await page.setViewportSize(NOTICE);
  await openWithClock(page);
  if (language === 'de') await updateSettings(page, { app: { language: 'de' } });
  // 30 min of work minus the 30 s notice, and 10 s more: the notice is 20 s from its break.
  await page.clock.runFor(29 * 60_000 + 40_000);
  await page.evaluate(() => (window.location.hash = '#/notice'));
  // The notice view is a lazy chunk; React commits it on a timer, which the paused clock must release.
  await page.clock.runFor(1000);
  await hidePreviewTray(page);
};

const fits = (page: Page) =>
  page.evaluate((size) => {
    const doc = document.scrollingElement!;
    const out = Array.from(document.querySelectorAll<HTMLElement>('main.notice *')).filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > size.width + 0.5 || r.bottom > size.height + 0.5;
    });
    return { width: doc.scrollWidth, height: doc.scrollHeight, outside: out.map((el) => el.textContent) };
  }, NOTICE);

const words = {
  en: { coming: /^Posture break in 0:[0-2]\d$/, title: 'Posture break', waiting: 'Waiting for a pause in your typing…', dismiss: /Dismiss this notice/ },
  de: { coming: /^Haltungspause in 0:[0-2]\d$/, title: 'Haltungspause', waiting: 'Warte auf eine Tipppause …', dismiss: /Hinweis schließen/ },
};

for (const language of ['en', 'de'] as const) {
  test(`the notice counts down, then says it waits for a pause in typing instead of 0:00, at 340×150 (${language})`, async ({ page }) => {
    const w = words[language];
    await openNotice(page, language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.coming);
    expect(await fits(page)).toEqual({ ...NOTICE, outside: [] });
    // The break falls due; the preview's keyboard is never idle, so gentle start keeps waiting.
    await page.clock.runFor(30_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    await expect(page.getByRole('status')).toContainText(w.waiting);
    await expect(page.getByText(/0:00/)).toHaveCount(0);
    expect(await fits(page)).toEqual({ ...NOTICE, outside: [] });
    const notice = await page.evaluate(() => (window as unknown as { unknot: { getNotice: () => Promise<{ value: { waitingForPause: boolean } }> } }).unknot.getNotice());
    expect(notice.value.waitingForPause).toBe(true);
  });
}

test('dismissing the notice closes it without a snooze: nothing counts towards the snooze cap', async ({ page }) => {
  await openNotice(page, 'en');
  await page.getByRole('button', { name: words.en.dismiss }).click();
  await expect(page.getByRole('main')).toHaveCount(0);
  await expect.poll(async () => (await bridgeCalls(page)).filter((c) => c.name === 'breakAction').map((c) => c.args[0])).toEqual([{ action: 'dismiss-notice' }]);
  const effects = await engineEffects(page);
  expect(effects.filter((e) => e.type === 'snoozed')).toEqual([]);
  expect(effects.some((e) => e.type === 'break-open')).toBe(false);
});

for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { forcedColors: 'active' }] as const) {
  test(`the notice is axe-clean counting down and waiting (${JSON.stringify(media)})`, async ({ page }) => {
    await page.emulateMedia(media);
    await openNotice(page, 'de');
    await page.clock.resume();
    // The notice view is a lazy chunk: on a loaded machine it can commit after the clock resumes (a CI run saw no main yet).
    await expect(page.locator('main')).toBeVisible();
    expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
    await page.clock.fastForward(25_000);
    await expect(page.getByRole('status')).toContainText(words.de.waiting);
    expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
  });
}
