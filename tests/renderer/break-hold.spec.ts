import { expect, test } from '@playwright/test';
import { findTechnique } from '../../main/core/techniques/library';
import { timeline } from '../../main/core/techniques/timeline';
import { currentBreak, openBreakWindow, openTechnique } from './break-helpers';
import { engineEffects } from './helpers';

const hold = findTechnique('upper-arm-hold')!;
const closes = async (page: import('@playwright/test').Page) => (await engineEffects(page)).filter((e) => e.type === 'break-close');

test.describe('Keep holding (the upper-arm hold asks for a few minutes; a posture break gives it 20 s)', () => {
  test.beforeEach(async ({ page }) => {
    await openBreakWindow(page, 'en');
    await openTechnique(page, hold);
  });

  test('is offered only on the hold step, and holds the break for minutes until Done', async ({ page }) => {
    const keep = page.getByRole('button', { name: 'Keep holding' });
    await expect(page.getByTestId('step')).toHaveText(hold.steps[0]!.text);
    await expect(keep).toHaveCount(0);
    await page.clock.fastForward(20_000);
    await expect(page.getByTestId('step')).toHaveText(hold.steps[2]!.text);
    await keep.click();
    await expect(page.getByTestId('extra')).toHaveText('+0:00');
    expect((await currentBreak(page)).heldAt).not.toBeNull();
    // Three minutes on: still open, still on the hold, counting up; not shown as paused.
    await page.clock.runFor(180_000);
    await expect(page.getByTestId('extra')).toHaveText('+3:00');
    await expect(page.getByTestId('step')).toHaveText(hold.steps[2]!.text);
    await expect(page.getByTestId('step-timer')).toContainText('3:04');
    await expect(page.getByRole('main')).toHaveAttribute('data-held', 'false');
    const note = page.getByText('Hold for a few minutes, then press Done.');
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the note is not cut off').toBe(true);
    expect(await closes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
    expect(await closes(page)).toEqual([expect.objectContaining({ outcome: 'done' })]);
  });

  test('Carry on lets the remaining steps play and the break completes by itself', async ({ page }) => {
    await page.clock.fastForward(20_000);
    await page.getByRole('button', { name: 'Keep holding' }).click();
    await page.clock.runFor(60_000);
    await page.getByRole('button', { name: 'Carry on' }).click();
    await expect(page.getByTestId('remaining')).toHaveText('0:20');
    await page.clock.runFor(17_000);
    await expect(page.getByTestId('step')).toHaveText(hold.steps[3]!.text);
    await page.clock.runFor(5_000);
    await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
    expect(await closes(page)).toEqual([expect.objectContaining({ outcome: 'completed' })]);
  });
});

test('the two-minute band raise raises for exactly two minutes of a four-minute stress break', async ({ page }) => {
  const band = findTechnique('band-raise')!;
  const raise = timeline(band, 240).find((s) => s.text.startsWith('Raise both arms'))!;
  expect(raise.end - raise.start).toBe(120);
  await openBreakWindow(page, 'en');
  const info = await openTechnique(page, band);
  expect((info.endsAt - info.startedAt) / 1000).toBe(240);
  const step = page.getByTestId('step');
  await page.clock.fastForward((raise.start + 1) * 1000);
  await expect(step).toHaveText(raise.text);
  await page.clock.fastForward(118_000);
  await expect(step).toHaveText(raise.text);
  await page.clock.fastForward(2_000);
  await expect(step).not.toHaveText(raise.text);
});

test('paused looks paused: a clear "Paused", the guidance muted, the clock still, the time left labelled', async ({ page }) => {
  await openBreakWindow(page, 'en');
  await openTechnique(page, findTechnique('slow-breathing')!);
  await expect(page.getByText('Time left', { exact: true })).toBeVisible();
  await page.clock.fastForward(12_000);
  const guide = page.locator('.guide');
  const running = await guide.evaluate((el) => getComputedStyle(el).color);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('status')).toContainText('Paused');
  await expect(page.getByRole('main')).toHaveAttribute('data-held', 'true');
  expect(await guide.evaluate((el) => getComputedStyle(el).color)).not.toBe(running);
  expect(await page.locator('.pacer-circle').evaluate((el) => getComputedStyle(el).transitionProperty + getComputedStyle(el).transitionDuration)).toMatch(/none|0s$/);
  const frozen = await page.getByTestId('remaining').textContent();
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('remaining')).toHaveText(frozen!);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
});
