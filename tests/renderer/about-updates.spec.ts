import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bridgeCalls, updateSettings } from './helpers';

// The preview's updater (renderer/preview/preview-updates.ts) moves through the states the app's
// does (main/platform/updates.ts, proven against the real electron-updater in
// tests/main/platform/updates-real-updater.test.ts); `?update=` picks what the check finds.
type Updates = { opened: string[]; choices: string[] };
const previewUpdates = (page: Page) => page.evaluate(() => (window as unknown as { __unknotPreview: { updates: Updates } }).__unknotPreview.updates);
const section = (page: Page) => page.getByRole('region', { name: 'Updates' });
const line = (page: Page) => section(page).getByRole('status');

test('a newer version: Check for updates → progress → "ready — Restart to update", then "Install when I quit"', async ({ page }) => {
  await page.goto('/#/about');
  await expect(section(page)).toContainText('This is Unknot 0.1.0.');
  await expect(line(page)).toHaveText(/Last checked/);
  await section(page).getByRole('button', { name: 'Check for updates' }).click();
  await expect(line(page)).toHaveText('Checking for updates…');
  await expect(section(page).getByRole('button', { name: 'Check for updates' })).toBeDisabled();
  await expect(line(page)).toHaveText(/Downloading version 0\.2\.0: (25|50|75) %/);
  await expect(section(page).getByRole('progressbar')).toBeVisible();
  await expect(line(page)).toHaveText('Version 0.2.0 is ready — Restart to update');
  const axe = await new AxeBuilder({ page }).include('section.updates').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await section(page).getByRole('button', { name: 'Install when I quit' }).click();
  await expect(line(page)).toHaveText('Version 0.2.0 will be installed when you quit Unknot.');
  await expect(section(page).getByRole('button', { name: 'Install when I quit' })).toHaveCount(0);
  await section(page).getByRole('button', { name: 'Restart to update' }).click();
  await expect.poll(async () => (await previewUpdates(page)).choices).toEqual(['install-on-quit', 'restart-now']);
});

test('the same version: "Unknot is up to date"', async ({ page }) => {
  await page.goto('/?update=same#/about');
  await section(page).getByRole('button', { name: 'Check for updates' }).click();
  await expect(line(page)).toHaveText('Unknot is up to date.');
  await expect(section(page).getByRole('button', { name: 'Check for updates' })).toBeEnabled();
});

test('broken metadata: "Could not check for updates: …", and the page keeps working', async ({ page }) => {
  await page.goto('/?update=broken#/about');
  await section(page).getByRole('button', { name: 'Check for updates' }).click();
  await expect(line(page)).toHaveText(/^Could not check for updates: Cannot parse update info/);
  await expect(section(page).getByRole('button', { name: 'Check for updates' })).toBeEnabled();
});

test('a download that fails half-way: "try again tomorrow" and no install offered', async ({ page }) => {
  await page.goto('/?update=cut#/about');
  await section(page).getByRole('button', { name: 'Check for updates' }).click();
  await expect(line(page)).toHaveText('The download failed; Unknot will try again tomorrow.');
  await expect(section(page).getByRole('button', { name: 'Restart to update' })).toHaveCount(0);
  await expect(section(page).getByRole('button', { name: 'Install when I quit' })).toHaveCount(0);
});

test('an install that cannot update itself (deb): the new version and its release page, opened by main', async ({ page }) => {
  await page.goto('/?update=deb#/about');
  await section(page).getByRole('button', { name: 'Check for updates' }).click();
  await expect(line(page)).toHaveText(/^Version 0\.2\.0 is available\. This installation cannot update itself/);
  await expect(section(page)).toContainText('https://github.com/unknot-app/unknot/releases/tag/v0.2.0');
  await section(page).getByRole('button', { name: 'Open the release page' }).click();
  await expect.poll(async () => (await previewUpdates(page)).opened).toEqual(['https://github.com/unknot-app/unknot/releases/tag/v0.2.0']);
  // The renderer only asks; it never passes an address.
  expect((await bridgeCalls(page)).filter((c) => c.name === 'openReleasePage').map((c) => c.args)).toEqual([[]]);
});

test('a development build: "Updates are checked in installed builds only", no button', async ({ page }) => {
  await page.goto('/?update=development#/about');
  await expect(line(page)).toHaveText('Updates are checked in installed builds only.');
  await expect(section(page).getByRole('button', { name: 'Check for updates' })).toHaveCount(0);
});

test('with daily checks off in Settings About says so, and the button still checks', async ({ page }) => {
  await page.goto('/?update=same#/about');
  await expect(line(page)).toHaveText(/Last checked/);
  await updateSettings(page, { app: { checkForUpdates: false } });
  await expect(section(page)).toContainText('Daily checks are off in Settings');
  await section(page).getByRole('button', { name: 'Check for updates' }).click();
  await expect(line(page)).toHaveText('Unknot is up to date.');
});

test('Open crash reports folder asks main to open it and shows where', async ({ page }) => {
  await page.goto('/#/about');
  await page.getByRole('button', { name: 'Open crash reports folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Crashpad' })).toBeVisible();
  expect((await bridgeCalls(page)).map((c) => c.name)).toContain('openCrashReports');
});

test('in German', async ({ page }) => {
  await page.goto('/?update=same#/about');
  await expect(line(page)).toHaveText(/Last checked/);
  await updateSettings(page, { app: { language: 'de' } });
  await expect(page.getByRole('button', { name: 'Nach Updates suchen' })).toBeVisible();
  await page.getByRole('button', { name: 'Nach Updates suchen' }).click();
  await expect(page.getByText('Unknot ist auf dem neuesten Stand.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ordner mit Absturzberichten öffnen' })).toBeVisible();
});
