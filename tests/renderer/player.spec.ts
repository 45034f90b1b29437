import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { breakNow, bridgeCalls, engineEffects, openWithClock, updateSettings } from './helpers';

const main = (page: Page) => page.getByRole('main');
const lastAction = async (page: Page) => (await bridgeCalls(page)).filter((c) => c.name === 'breakAction').at(-1)?.args[0];
const idle = (page: Page) => expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();

test.describe('buttons', () => {
  test.beforeEach(async ({ page }) => {
    await openWithClock(page);
    await breakNow(page);
    await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
  });

  test('Skip closes the break as skipped', async ({ page }) => {
    await main(page).getByRole('button', { name: 'Skip' }).click();
    await idle(page);
    expect(await lastAction(page)).toEqual({ action: 'skip' });
    expect((await engineEffects(page)).filter((e) => e.type === 'break-close').at(-1)?.outcome).toBe('skipped');
  });

  test('Another technique switches to the next one and restarts the time', async ({ page }) => {
    await page.clock.runFor(10_000);
    await main(page).getByRole('button', { name: 'Another technique' }).click();
    await expect(page.getByRole('heading', { name: 'Shrug and drop' })).toBeVisible();
    await expect(page.getByTestId('remaining')).toHaveText('0:40');
  });

  test('Pause freezes the countdown and Resume carries on', async ({ page }) => {
    await page.clock.runFor(5_000);
    await main(page).getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('status')).toHaveText(/Paused/);
    const frozen = await page.getByTestId('remaining').textContent();
    await page.clock.runFor(20_000);
    await expect(page.getByTestId('remaining')).toHaveText(frozen!);
    await main(page).getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(5_000);
    await expect(page.getByTestId('remaining')).not.toHaveText(frozen!);
    expect((await engineEffects(page)).some((e) => e.type === 'break-close')).toBe(false);
  });

  test('"Why this?" shows the evidence and every caution, and hides again', async ({ page }) => {
    const why = main(page).getByRole('button', { name: 'Why this?' });
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await why.click();
    const panel = page.getByRole('region', { name: 'Why this technique' });
    await expect(panel).toContainText('traditional, unproven');
    await expect(panel).toContainText('Traditional and unproven: enjoy it as a calm pause');
    await expect(panel).toContainText('LI14');
    await main(page).getByRole('button', { name: 'Hide why' }).click();
    await expect(panel).toBeHidden();
  });
});

test.describe('keyboard', () => {
  const cases: [string, string, object][] = [
    ['Enter', 'Done', { action: 'done' }],
    ['s', 'Snooze', { action: 'snooze', minutes: 10 }],
    ['Escape', 'Skip', { action: 'skip' }],
    ['n', 'Another technique', { action: 'another' }],
    [' ', 'Pause', { action: 'hold-break' }],
  ];
  for (const [key, name, action] of cases) {
    test(`${key === ' ' ? 'Space' : key} is ${name}`, async ({ page }) => {
      await openWithClock(page);
      await breakNow(page);
      await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => lastAction(page)).toEqual(action);
    });
  }

  test('every control is reachable with Tab and shows its focus', async ({ page }) => {
    await openWithClock(page);
    await breakNow(page);
    await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
    const names: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { name: el.textContent ?? '', outline: getComputedStyle(el).outlineStyle };
      });
      if (focused.name) names.push(focused.name);
      if (['Done', 'Skip'].includes(focused.name)) expect(focused.outline).not.toBe('none');
    }
    for (const name of ['Done', 'Snooze 10 min', 'Skip', 'Another technique', 'Pause', 'Why this?']) expect(names).toContain(name);
  });
});

test('the breathing pacer goes in for 4 s and out for 6 s, to within 100 ms, over three cycles', async ({ page }) => {
  await openWithClock(page);
  await breakNow(page, 'stress');
  await main(page).getByRole('button', { name: 'Another technique' }).click();
  await expect(page.getByRole('heading', { name: 'Slow breathing' })).toBeVisible();
  // The breathing step starts 10 s in; each cycle is 4 s in, 6 s out.
  let at = 0;
  const goTo = async (seconds: number) => {
    await page.clock.runFor(Math.round((seconds - at) * 1000));
    at = seconds;
  };
  const pacer = page.getByTestId('pacer');
  for (let cycle = 0; cycle < 3; cycle += 1) {
    const start = 10 + cycle * 10;
    await goTo(start + 0.1);
    await expect(pacer).toHaveAttribute('data-phase', 'in');
    await goTo(start + 3.9);
    await expect(pacer).toHaveAttribute('data-phase', 'in');
    await goTo(start + 4.1);
    await expect(pacer).toHaveAttribute('data-phase', 'out');
    await goTo(start + 9.9);
    await expect(pacer).toHaveAttribute('data-phase', 'out');
  }
  await goTo(40.1);
  await expect(pacer).toHaveAttribute('data-phase', 'in');
});

test('with reduced motion the pacer stops moving and counts instead', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithClock(page);
  await breakNow(page, 'stress');
  await main(page).getByRole('button', { name: 'Another technique' }).click();
  await page.clock.runFor(11_000);
  const circle = page.locator('.pacer-circle');
  const style = await circle.evaluate((el) => ({ transition: getComputedStyle(el).transitionProperty, transform: getComputedStyle(el).transform }));
  expect(style.transition).toBe('none');
  expect(['none', 'matrix(1, 0, 0, 1, 0, 0)']).toContain(style.transform);
  await expect(page.locator('.pacer-label')).toHaveText('Breathe in 3');
});

test('the language follows the setting, technique texts included', async ({ page }) => {
  await openWithClock(page);
  await updateSettings(page, { app: { language: 'de' } });
  await expect(page.getByRole('heading', { name: 'Gerade keine Pause' })).toBeVisible();
  await breakNow(page);
  await expect(page.getByRole('heading', { name: 'Oberarm-Griff' })).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Fertig' })).toBeVisible();
  await expect(page.getByTestId('step')).toContainText('Lehn dich zurück');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await updateSettings(page, { app: { language: 'en' } });
  await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations in the ${colorScheme} theme: player, "Why this?", onboarding`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // Real time here: axe-core schedules its own work with timers.
    await page.goto('/#/break');
    await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
    await breakNow(page);
    await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await main(page).getByRole('button', { name: 'Why this?' }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto('/?onboarding#/onboarding');
    await expect(page.getByRole('heading', { name: 'Welcome to Unknot' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('onboarding shows the red flags and its one button records that it was seen', async ({ page }) => {
  await page.goto('/?onboarding#/onboarding');
  await expect(page.getByText('Not medical advice')).toBeVisible();
  await expect(page.getByText(/Sudden weakness, numbness, or trouble speaking/)).toBeVisible();
  await expect(page.getByText(/more than six weeks/)).toBeVisible();
  await page.getByRole('button', { name: 'Start Unknot' }).click();
  await expect.poll(async () => (await bridgeCalls(page)).find((c) => c.name === 'updateSettings')?.args[0]).toEqual({ app: { onboarded: true } });
});

test('the notice window (Linux) says which break comes and starts it on request', async ({ page }) => {
  await openWithClock(page);
  await page.clock.runFor(29 * 60_000 + 40_000);
  await page.evaluate(() => (window.location.hash = '#/notice'));
  // The notice view is a lazy chunk; React commits it on a timer, which the paused clock must release.
  await page.clock.runFor(1000);
  await expect(page.getByRole('heading', { name: /Posture break in 0:[0-3]\d/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect.poll(async () => (await engineEffects(page)).some((e) => e.type === 'break-open')).toBe(true);
  expect(await lastAction(page)).toEqual({ action: 'start-now' });
});
