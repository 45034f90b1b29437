import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { bridgeCalls } from './helpers';

type Preview = { copied: string[]; ignoredToday: string[] };
const preview = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __unknotPreview: Preview }).__unknotPreview);

test('About shows Diagnostics: platform facts and, per detector, availability, state, last answer and error', async ({ page }) => {
  await page.goto('/#/about');
  const section = page.getByRole('region', { name: 'Diagnostics' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('definition').filter({ hasText: 'wayland' })).toBeVisible();
  await expect(section.getByRole('definition').filter({ hasText: 'absent (no StatusNotifierWatcher)' })).toBeVisible();
  const row = (name: string) => section.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('do not disturb')).toContainText('off');
  await expect(row('do not disturb')).toContainText(/\d+ s ago/);
  await expect(row('full screen')).toContainText('no');
  await expect(row('full screen')).toContainText('Last error: needs X11');
  expect((await bridgeCalls(page)).map((c) => c.name)).toContain('getDiagnostics');
  const axe = await new AxeBuilder({ page }).include('section.diagnostics').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('Copy puts the diagnostics text on the clipboard through the bridge and says so', async ({ page }) => {
  await page.goto('/#/about');
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  expect((await bridgeCalls(page)).filter((c) => c.name === 'copyDiagnostics')).toHaveLength(1);
  const { copied } = await preview(page);
  expect(copied[0]).toContain('session type: wayland');
  expect(copied[0]).toContain('full screen: not on this system');
});

test('the held-back notice says what held the break and offers Start now, Keep waiting and ignoring one detector today', async ({ page }) => {
  await page.goto('/?held-back#/notice');
  await expect(page.getByRole('heading', { name: 'Posture break held back for 90 min' })).toBeVisible();
  await expect(page.getByText('in a call, do not disturb')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep waiting' })).toBeVisible();
  await page.getByRole('button', { name: 'Not “in a call”: ignore it today' }).click();
  await expect.poll(async () => (await preview(page)).ignoredToday).toEqual(['in a call']);
  expect((await bridgeCalls(page)).filter((c) => c.name === 'heldBackChoice').map((c) => c.args)).toEqual([[{ choice: 'ignore-today', reason: 'in a call' }]]);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the held-back notice names the detectors in German, and the choice still carries the detector’s own reason', async ({ page }) => {
    await page.goto('/?held-back#/notice');
    await expect(page.getByRole('heading', { name: 'Haltungspause seit 90 Min. zurückgehalten' })).toBeVisible();
    await expect(page.getByText('im Gespräch, Bitte nicht stören')).toBeVisible();
    await page.getByRole('button', { name: 'Nicht „im Gespräch“: heute ignorieren' }).click();
    await expect.poll(async () => (await preview(page)).ignoredToday).toEqual(['in a call']);
  });
});
