import { expect, test, type Page } from '@playwright/test';
import { TECHNIQUES } from '../../main/core/techniques/library';
import { timeline } from '../../main/core/techniques/timeline';
import { BREAK_VIEWPORT, hidePreviewTray, openBreakWindow, openTechnique, techniqueText } from './break-helpers';
import { updateSettings } from './helpers';

// Every technique of the library (those other areas add included), played step by step in the
// break window at its real size, in English and German: nothing overflows or scrolls, and nothing
// moves when the step changes.
const PARTS = ['h1', '.time-left', '.visual', '.step-box', '.step-meta', '.cautions', '.actions', '.break-foot', '.keys'];

type Box = { selector: string; x: number; y: number; width: number; height: number };
const measure = (page: Page) =>
  page.evaluate(
    ({ parts, size }) => {
      const doc = document.scrollingElement!;
      const boxes: Box[] = parts.map((selector) => {
        const r = document.querySelector(`main.break ${selector}`)!.getBoundingClientRect();
        return { selector, x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
      });
      // Any visible element poking out of the window, or text cut inside its own box (the one-line "Next:" preview is ellipsised on purpose).
      const outside = Array.from(document.querySelectorAll<HTMLElement>('main.break *'))
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const cut = !el.classList.contains('step-next') && getComputedStyle(el).overflow !== 'visible' && el.scrollHeight > el.clientHeight + 1;
          return r.right > size.width + 0.5 || r.bottom > size.height + 0.5 || r.left < -0.5 || r.top < -0.5 || cut;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`);
      return { scroll: { height: doc.scrollHeight, width: doc.scrollWidth }, boxes, outside };
    },
    { parts: PARTS, size: BREAK_VIEWPORT },
  );

for (const language of ['en', 'de'] as const) {
  for (const technique of TECHNIQUES) {
    test(`${technique.id} fits 420×520 in ${language === 'en' ? 'English' : 'German'} with no scrolling and no jump between steps`, async ({ page }) => {
      await openBreakWindow(page, language);
      const info = await openTechnique(page, technique);
      const text = techniqueText(technique, language);
      const steps = timeline(technique, (info.endsAt - info.startedAt) / 1000);
      // The cautions are on screen from the start, not only behind "Why this?".
      await expect(page.locator('main.break .cautions li')).toHaveText(text.cautions);
      let at = 0;
      let first: Box[] | null = null;
      for (const step of steps) {
        const middle = (step.start + step.end) / 2;
        await page.clock.fastForward(Math.round((middle - at) * 1000));
        at = middle;
        await expect(page.getByTestId('step')).toHaveText(text.steps[step.index]!);
        await hidePreviewTray(page);
        const seen = await measure(page);
        expect(seen.outside, `step ${step.index + 1}: nothing outside the window or cut`).toEqual([]);
        expect(seen.scroll, `step ${step.index + 1}: the window does not scroll`).toEqual(BREAK_VIEWPORT);
        if (!first) first = seen.boxes;
        else expect(seen.boxes, `step ${step.index + 1}: the layout is the first step's`).toEqual(first);
        await expect(page.locator('main.break svg.illo')).toHaveAttribute('aria-label', /\S{3,}/);
      }
    });
  }
}

test('with the snooze cap reached, its note fits too (German, the longest posture break at its Keep holding step)', async ({ page }) => {
  await openBreakWindow(page, 'de');
  await updateSettings(page, { snooze: { maxInARow: 1 } });
  const technique = TECHNIQUES[0]!;
  await openTechnique(page, technique);
  await page.getByRole('button', { name: '10 Min. später' }).click();
  await expect(page.getByRole('heading', { name: 'Gerade keine Pause' })).toBeVisible();
  await openTechnique(page, technique);
  await expect(page.getByText('Du hast diese Pause so oft wie erlaubt verschoben.', { exact: false })).toBeVisible();
  await page.clock.fastForward(20_000);
  await expect(page.getByRole('button', { name: 'Weiter halten' })).toBeVisible();
  await hidePreviewTray(page);
  const seen = await measure(page);
  expect(seen.outside).toEqual([]);
  expect(seen.scroll).toEqual(BREAK_VIEWPORT);
});
