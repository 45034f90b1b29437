import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/?settings#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
});

test('every number field refuses a bad value with a message naming the problem, and keeps the setting', async ({ page }) => {
  const fields = page.locator('input[type=number]');
  const count = await fields.count();
  expect(count).toBe(14);
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    const path = await field.getAttribute('data-path');
    await field.fill('-1');
    await expect(field, path!).toHaveAttribute('aria-invalid', 'true');
    const describedBy = await field.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`), path!).toHaveText(/Too small|expected/);
    const stored = await page.evaluate((p) => (window as unknown as { unknot: { getSettings: () => Promise<{ value: Record<string, unknown> }> } }).unknot.getSettings().then((r) => p!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r.value)), path);
    expect(stored, path!).not.toBe(-1);
  }
});

test('text fields explain their format', async ({ page }) => {
  await page.getByLabel('Monday').fill('nine to five');
  await expect(page.getByRole('group', { name: 'Working hours' }).getByRole('alert')).toHaveText('Write spans as 09:00-12:00, 13:00-17:30.');
  await page.getByLabel('Snooze choices').fill('5, ten');
  await expect(page.getByRole('group', { name: 'Snooze' }).getByRole('alert')).toHaveText('Write whole minutes separated by commas, e.g. 5, 10, 20.');
});

test('a change applies at once and the timeline of today follows it; Restore defaults undoes it', async ({ page }) => {
  const timeline = page.getByTestId('timeline').locator('li');
  await expect(timeline.first()).toBeVisible();
  const before = await timeline.count();
  const every = page.getByRole('group', { name: 'Posture breaks' }).getByLabel('Every');
  await every.fill('15');
  await expect.poll(() => timeline.count()).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(every).toHaveValue('30');
  await expect.poll(() => timeline.count()).toBe(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations in the ${colorScheme} theme, errors shown included`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.getByRole('group', { name: 'Posture breaks' }).getByLabel('Every').fill('0');
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('hiding a technique keeps it out of breaks; a favourite is kept', async ({ page }) => {
  await page.getByLabel('Show Upper-arm hold').uncheck();
  await page.getByLabel('Chin tuck is a favourite').check();
  await expect.poll(() => page.evaluate(() => (window as unknown as { unknot: { getSettings: () => Promise<{ value: { techniques: unknown } }> } }).unknot.getSettings().then((r) => r.value.techniques))).toEqual({ hidden: ['upper-arm-hold'], favourites: ['chin-tuck'] });
  await page.evaluate(() => (window as unknown as { __unknotPreview: { breakNow: () => void } }).__unknotPreview.breakNow());
  await page.evaluate(() => (window.location.hash = '#/break'));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Upper-arm hold');
  await expect(page.getByRole('heading', { name: 'Shrug and drop' })).toBeVisible();
});

test('no accessibility violations with forced colours (high contrast)', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/?hc#/break');
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  await page.evaluate(() => (window as unknown as { __unknotPreview: { breakNow: () => void } }).__unknotPreview.breakNow());
  await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
