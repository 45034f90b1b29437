import { expect, test } from '@playwright/test';

type PreviewWindow = Window & { __unknotPreview: { calls: { name: string; args: unknown[] }[]; effects: { type: string; outcome?: string }[] } };

const callsOf = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.calls.map((c) => ({ name: c.name, args: c.args })));

test.beforeEach(async ({ page }) => {
  await page.goto('/#/break');
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
});

test('a break opens with the upper-arm hold, its first step and a countdown', async ({ page }) => {
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
  await expect(page.getByText('Posture break', { exact: true })).toBeVisible();
  await expect(page.getByTestId('step')).toContainText('Sit back, stand or lie down');
  await expect(page.getByTestId('remaining')).toHaveText(/^0:(40|39|38)$/);
  // Cautions are on screen, not only behind "Why this?".
  await expect(page.getByRole('list', { name: 'Take care' })).toContainText('Rest lightly; never press on a sore or injured spot.');
});

test('Done closes the break, records it, and the bridge saw the call', async ({ page }) => {
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  expect(await callsOf(page)).toContainEqual({ name: 'breakAction', args: [{ action: 'done' }] });
  const closes = await page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.effects.filter((e) => e.type === 'break-close'));
  expect(closes).toEqual([expect.objectContaining({ outcome: 'done' })]);
  await expect(page.getByTestId('tray-status')).toHaveText('Next posture break in 30 min');
});

test('Snooze closes the break for the minutes it shows', async ({ page }) => {
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Snooze 10 min' }).click();
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  expect(await callsOf(page)).toContainEqual({ name: 'breakAction', args: [{ action: 'snooze', minutes: 10 }] });
});

test('the countdown advances and the steps follow the clock', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  // A new document (not a same-page hash change), so the fake clock is in place from the start.
  await page.goto('/?fake-clock#/break');
  await page.clock.pauseAt(new Date('2026-03-02T09:00:05Z'));
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await expect(page.getByTestId('remaining')).toHaveText('0:40');
  await page.clock.runFor(17_000);
  await expect(page.getByTestId('remaining')).toHaveText('0:23');
  await expect(page.getByTestId('step')).toContainText('Let your fingertips rest there');
  await page.clock.runFor(24_000);
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  const closes = await page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.effects.filter((e) => e.type === 'break-close'));
  expect(closes).toEqual([expect.objectContaining({ outcome: 'completed' })]);
});
