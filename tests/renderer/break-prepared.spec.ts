import { expect, test } from '@playwright/test';

type RevealTiming = { frameMs: number; stepVisible: boolean };
type PreviewWindow = Window & { __unknotPreview: { reveal?: () => Promise<RevealTiming>; effects: { type: string; technique?: string }[] } };

// The preview's stand-in for the break window prepared at a notice (renderer/preview/prepared-preview.ts).
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto('/?prepare=posture#/break');
  await page.clock.pauseAt(new Date('2026-03-02T09:00:05Z'));
});

test('the prepared page has the coming technique and its first step drawn while hidden, and its clock stands still', async ({ page }) => {
  const step = page.getByTestId('step');
  await expect(step).toContainText('Sit back, stand or lie down');
  await expect(step).toBeHidden();
  await expect(page.getByTestId('remaining')).toHaveText('0:40');
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('remaining')).toHaveText('0:40');
  // Nothing has opened: the engine has no break and the chime has had no reason to play.
  const opens = await page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.effects.filter((e) => e.type === 'break-open'));
  expect(opens).toEqual([]);
});

test('revealing shows the same page at once and starts its countdown', async ({ page }) => {
  await expect(page.getByTestId('step')).toContainText('Sit back, stand or lie down');
  // A mark on the prepared page's DOM: it survives only if the break is shown, not re-rendered from nothing.
  await page.locator('main.break').evaluate((el) => (el.dataset.probe = 'prepared'));
  // The paused fake clock holds animation frames too: reveal, then let one frame run.
  await page.evaluate(() => {
    const w = window as unknown as PreviewWindow & { revealed?: Promise<RevealTiming> };
    w.revealed = w.__unknotPreview.reveal!();
  });
  await page.clock.runFor(100);
  const timing = await page.evaluate(() => (window as unknown as { revealed: Promise<RevealTiming> }).revealed);
  expect(timing.stepVisible).toBe(true);
  await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveAttribute('data-probe', 'prepared');
  const opened = await page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.effects.find((e) => e.type === 'break-open'));
  expect(opened?.technique).toBe('upper-arm-hold');
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('remaining')).toHaveText('0:35');
});
