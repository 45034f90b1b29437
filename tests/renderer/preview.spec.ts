import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const trayItem = (page: import('@playwright/test').Page, id: string) => page.locator(`.tray-menu [data-item="${id}"]`);

test('the tray stand-in has every item of the tray menu, and each one works', async ({ page }) => {
  await page.goto('/#/break');
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  const menu = page.getByRole('button', { name: /Tray menu/ });
  await menu.click();
  await expect(page.locator('.tray-menu .tray-status-item')).toHaveText(/Next posture break in 30 min/);
  for (const id of ['break-now-posture', 'break-now-stress', 'snooze', 'pause', 'resume', 'meeting', 'settings', 'progress', 'about', 'quit']) await expect(trayItem(page, id)).toBeAttached();
  await trayItem(page, 'pause').click();
  for (const id of ['pause-30', 'pause-60', 'pause-120', 'pause-tomorrow', 'pause-resumed']) await expect(trayItem(page, id)).toBeVisible();
  await trayItem(page, 'pause-30').click();
  await expect(page.getByTestId('tray-status')).toHaveText(/^Paused until/);
  await menu.click();
  await trayItem(page, 'resume').click();
  await expect(page.getByTestId('tray-status')).toHaveText(/Next posture break/);
  await menu.click();
  await trayItem(page, 'meeting').click();
  await expect(page.getByTestId('tray-status')).toHaveText(/meeting/i);
  await menu.click();
  await expect(trayItem(page, 'meeting')).toHaveAttribute('aria-pressed', 'true');
  await trayItem(page, 'meeting').click();
  for (const [id, heading] of [['settings', 'Settings'], ['progress', 'Your progress'], ['about', 'About Unknot']] as const) {
    await menu.click();
    await trayItem(page, id).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  for (const [id, heading] of [['window-onboarding', 'Welcome to Unknot'], ['window-check-in', 'How is your upper back today?']] as const) {
    await menu.click();
    await trayItem(page, id).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await menu.click();
  await trayItem(page, 'break-now-stress').click();
  await expect(page.getByText('Stress break', { exact: true })).toBeVisible();
  await menu.click();
  await trayItem(page, 'quit').click();
  await expect(page.getByRole('status').filter({ hasText: 'In the app, this quits Unknot' })).toBeVisible();
});

test('?speed= drives the break view\'s clock too, so a sped-up break can be watched', async ({ page }) => {
  await page.goto('/?speed=10#/break');
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  await page.getByRole('button', { name: 'Take a break now' }).click();
  const remaining = page.getByTestId('remaining');
  await expect(remaining).toBeVisible();
  // 2 real seconds are 20 s of break at 10×: a 40 s posture break shows about 0:20 left, not 0:38.
  await page.waitForTimeout(2000);
  const [m, s] = (await remaining.textContent())!.split(':').map(Number);
  expect(m! * 60 + s!).toBeLessThanOrEqual(25);
});

test('the published preview keeps the app\'s strict CSP (no nonce, no inline allowance)', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("style-src 'self';");
  expect(csp).toContain("connect-src 'none';");
  expect(csp).not.toMatch(/nonce|unsafe/);
});

for (const [name, media] of [['light', { colorScheme: 'light' }], ['dark', { colorScheme: 'dark' }], ['forced colours', { forcedColors: 'active' }]] as const) {
  test(`the open tray menu has no accessibility violations and Escape closes it (${name})`, async ({ page }) => {
    await page.emulateMedia(media);
    await page.goto('/#/break');
    await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
    await page.getByRole('button', { name: /Tray menu/ }).click();
    await trayItem(page, 'snooze').click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('.tray-menu')).toHaveCount(0);
  });
}

test('the tray stand-in speaks the person\'s language', async ({ page }) => {
  await page.goto('/#/break');
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  await page.evaluate(() => (window as unknown as { unknot: { updateSettings: (p: unknown) => Promise<unknown> } }).unknot.updateSettings({ app: { language: 'de' } }));
  await page.getByRole('button', { name: /Taskleistenmenü/ }).click();
  await expect(page.getByRole('button', { name: 'Jetzt eine Pause machen' })).toBeVisible();
  await expect(page.locator('.tray-menu [data-item="window-check-in"]')).toHaveText('Täglicher Check-in');
  await expect(page.getByTestId('tray-status')).not.toContainText('Next');
});
