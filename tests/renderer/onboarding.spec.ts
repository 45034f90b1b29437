import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bridgeCalls, updateSettings } from './helpers';

// The onboarding window is 520×640 (main/windows/app-windows.ts PAGES); a title bar takes up to
// ~40 px of that on the desktops we know, so the page must fit 520×600 without scrolling.
const WINDOW = { width: 520, height: 600 };

const open = async (page: Page, language: 'en' | 'de' = 'en') => {
  await page.setViewportSize(WINDOW);
  await page.goto('/?onboarding#/onboarding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Unknot');
  if (language === 'de') await updateSettings(page, { app: { language: 'de' } });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'de' ? 'Willkommen bei Unknot' : 'Welcome to Unknot');
  // The preview's tray stand-in is not part of the app's window.
  await page.evaluate(() => document.querySelector<HTMLElement>('.harness')?.style.setProperty('display', 'none'));
};

for (const language of ['en', 'de'] as const) {
  test(`onboarding fits its window without scrolling, focus on Start leaves the welcome in view (${language})`, async ({ page }) => {
    await open(page, language);
    const fit = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight, y: window.scrollY, focused: document.activeElement?.textContent }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.view);
    expect(fit.y).toBe(0);
    expect(fit.focused).toBe(language === 'de' ? 'Unknot starten' : 'Start Unknot');
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    for (const name of language === 'de' ? ['Unknot starten', 'Jetzt eine Pause ausprobieren', 'Zeitplan ändern'] : ['Start Unknot', 'Try a break now', 'Change the schedule']) {
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    }
  });
}

test('onboarding says what will happen, from the current settings', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('plan-posture')).toHaveText('A posture break of 40 seconds after every 30 minutes at the keyboard.');
  await expect(page.getByTestId('plan-stress')).toHaveText('A stress break of 4 minutes after every 2 hours.');
  await expect(page.getByText('A notice 30 seconds before each; the break then waits for a pause in your typing.')).toBeVisible();
  await expect(page.getByText(/a ten-second check-in/)).toBeVisible();
  await updateSettings(page, { breaks: { posture: { everyMinutes: 20, durationSeconds: 60 }, stress: { enabled: false } }, noticeSeconds: 0, checkIn: { daily: false } });
  await expect(page.getByTestId('plan-posture')).toHaveText('A posture break of 1 minute after every 20 minutes at the keyboard.');
  await expect(page.getByTestId('plan-stress')).toHaveCount(0);
  await expect(page.getByText('No notice first; the break waits for a pause in your typing.')).toBeVisible();
  await expect(page.getByText(/check-in/)).toHaveCount(0);
});

test('start at login is a choice that writes app.autostart', async ({ page }) => {
  await open(page);
  const box = page.getByRole('checkbox', { name: 'Start Unknot when I log in' });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(box).not.toBeChecked();
  expect(await bridgeCalls(page)).toContainEqual({ name: 'updateSettings', args: [{ app: { autostart: false } }] });
});

test('"Try a break now" starts a break and marks onboarding as seen', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Try a break now' }).click();
  await expect(page.getByTestId('remaining')).toBeVisible();
  const calls = await bridgeCalls(page);
  expect(calls).toContainEqual({ name: 'breakAction', args: [{ action: 'start-now' }] });
  expect(calls).toContainEqual({ name: 'updateSettings', args: [{ app: { onboarded: true } }] });
});

test('"Change the schedule" opens Settings', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Change the schedule' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  expect(await bridgeCalls(page)).toContainEqual({ name: 'openPage', args: ['settings'] });
});

for (const [name, media] of [['light', { colorScheme: 'light' }], ['dark', { colorScheme: 'dark' }], ['forced colours', { forcedColors: 'active' }]] as const) {
  test(`onboarding has no accessibility violations (${name})`, async ({ page }) => {
    await page.emulateMedia(media);
    await open(page);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
