import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bridgeCalls, updateSettings } from './helpers';

const progress = async (page: Page, query = '?seed=demo') => {
  await page.goto(`/${query}#/progress`);
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
};

test('with no data Progress says when the first break comes, and export and delete are off', async ({ page }) => {
  await progress(page, '?empty');
  await expect(page.getByTestId('empty-progress')).toContainText('No breaks yet — your first comes in about 30 minutes.');
  await expect(page.locator('svg.chart')).toHaveCount(0);
  for (const name of ['Export CSV', 'Export JSON', 'Delete all my data']) await expect(page.getByRole('button', { name })).toBeDisabled();
  await expect(page.getByText('Nothing to export yet.')).toBeVisible();
});

test('the break chart: weekday ticks for 7 days, week ticks beyond, a 0 baseline, gridlines and a legend', async ({ page }) => {
  await progress(page);
  const chart = page.locator('figure.chart-box').first();
  await expect(chart.locator('.legend li')).toHaveText(['Taken', 'Prompted']);
  const days = await chart.locator('g[data-day]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-day')!));
  const weekday = (d: string) => new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
  await expect(chart.locator('.x-tick text')).toHaveText(days.map(weekday));
  await expect(chart.locator('line.baseline').first()).toBeAttached();
  expect(await chart.locator('line.grid').count()).toBeGreaterThanOrEqual(2);
  await expect(chart.locator('text.tick').first()).toHaveText('0');
  await page.getByRole('button', { name: '30 days' }).click();
  const ticks = await chart.locator('.x-tick').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-tick')!));
  expect(ticks.length).toBeGreaterThanOrEqual(4);
  expect(ticks.length).toBeLessThanOrEqual(5);
  for (const day of ticks) expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBe(1);
});

test('values show on hover and on keyboard focus', async ({ page }) => {
  await progress(page);
  const chart = page.locator('figure.chart-box').first();
  const last = chart.locator('g[data-day]').last();
  const [completed, prompted] = [await last.getAttribute('data-completed'), await last.getAttribute('data-prompted')];
  await last.hover();
  await expect(chart.getByTestId('chart-tip')).toContainText(`${completed} taken of ${prompted} prompted`);
  await page.mouse.move(0, 0);
  await expect(chart.getByTestId('chart-tip')).toHaveCount(0);
  await last.focus();
  await expect(chart.getByTestId('chart-tip')).toContainText(`${completed} taken of ${prompted} prompted`);
  await page.keyboard.press('ArrowLeft');
  const before = chart.locator('g[data-day]').nth(5);
  await expect(before).toBeFocused();
  await expect(chart.getByTestId('chart-tip')).toContainText(`${await before.getAttribute('data-completed')} taken of ${await before.getAttribute('data-prompted')} prompted`);
  const trend = page.locator('figure.chart-box').nth(1);
  await expect(trend.locator('.legend li')).toHaveText(['Discomfort', 'Stress']);
  await trend.locator('g[data-day]').last().focus();
  await expect(trend.getByTestId('chart-tip')).toContainText(/discomfort \d+, stress \d+|no check-in/);
});

const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const ratio = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every chart mark is at least 3:1 against the page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await progress(page);
    const colours = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const mark = (selector: string, prop: 'fill' | 'stroke') => rgb(getComputedStyle(document.querySelector(selector)!)[prop]);
      return {
        page: rgb(getComputedStyle(document.documentElement).backgroundColor),
        marks: {
          taken: mark('.chart .bar-completed', 'fill'),
          prompted: mark('.chart .bar-prompted', 'stroke'),
          discomfort: mark('.chart .line-discomfort', 'stroke'),
          stress: mark('.chart .line-stress', 'stroke'),
          baseline: mark('.chart .baseline', 'stroke'),
          ticks: mark('.chart .tick', 'fill'),
        },
      };
    });
    for (const [name, colour] of Object.entries(colours.marks)) expect(ratio(colour, colours.page), name).toBeGreaterThanOrEqual(3);
  });
}

test('the table lists the newest day first, with readable dates', async ({ page }) => {
  await progress(page);
  await page.getByRole('button', { name: 'Show as a table' }).click();
  const days = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-day')!));
  expect(days).toEqual([...days].sort().reverse());
  const first = days[0]!;
  const readable = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${first}T12:00:00Z`));
  await expect(page.locator('tbody tr').first().locator('th')).toHaveText(readable);
});

test('check-in and self-check opened from Progress come back to it; nothing closes the window', async ({ page }) => {
  await progress(page);
  await page.evaluate(() => (window.close = () => ((window as unknown as { closed_: boolean }).closed_ = true)));
  await page.getByRole('link', { name: 'Daily check-in' }).click();
  await page.getByRole('group', { name: 'Upper-back and neck discomfort right now' }).getByLabel('4').check();
  await page.getByRole('group', { name: 'Stress right now' }).getByLabel('2').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await page.getByRole('link', { name: 'Workstation self-check' }).click();
  await page.getByRole('link', { name: 'Back to Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { closed_?: boolean }).closed_)).toBeUndefined();
  expect((await bridgeCalls(page)).map((c) => c.name)).toContain('submitCheckIn');
});

test('the self-check ends with one concrete tip per "No", in the person\'s language', async ({ page }) => {
  await page.goto('/?selfcheck#/self-check');
  await expect(page.getByRole('heading', { name: 'Workstation self-check' })).toBeVisible();
  await updateSettings(page, { app: { language: 'de' } });
  await expect(page.getByRole('heading', { name: 'Arbeitsplatz-Selbstcheck' })).toBeVisible();
  const questions = page.getByRole('group');
  for (let i = 0; i < 6; i += 1) await questions.nth(i).getByLabel(i === 0 || i === 3 ? 'Nein' : 'Ja').check();
  await page.getByRole('button', { name: 'Antworten speichern' }).click();
  const tips = page.getByTestId('self-check-tips').locator('li');
  await expect(tips).toHaveCount(2);
  await expect(tips.nth(0)).toHaveAttribute('data-item', 'screen-height');
  await expect(tips.nth(0)).toContainText('Oberkante auf oder knapp unter Augenhöhe');
  await expect(tips.nth(1)).toHaveAttribute('data-item', 'feet-flat');
  await expect(tips.nth(1)).toContainText('Fußstütze');
});

for (const [name, media] of [['light', { colorScheme: 'light' }], ['dark', { colorScheme: 'dark' }], ['forced colours', { forcedColors: 'active' }]] as const) {
  test(`Progress (empty, charts with a value shown, table) has no accessibility violations (${name})`, async ({ page }) => {
    test.setTimeout(60_000); // several axe scans; the shared machine can be slow
    await page.emulateMedia(media);
    await progress(page, '?empty');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await progress(page);
    await page.locator('figure.chart-box g[data-day]').last().focus();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Show as a table' }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
