import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

type Bridge = { unknot: { getSettings: () => Promise<{ value: Record<string, unknown> }>; updateSettings: (patch: unknown) => Promise<{ ok: boolean; error?: { message: string } }> } };
const stored = (page: Page, path: string) =>
  page.evaluate((p) => (window as unknown as Bridge).unknot.getSettings().then((r) => p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r.value)), path);

test.beforeEach(async ({ page }) => {
  await page.goto('/?settings#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
});

test('six sections in order, the language near the top and the engine internals under Advanced', async ({ page }) => {
  await expect(page.locator('main.settings > section > h2')).toHaveText(['Basics', 'Schedule', 'When not to interrupt', 'Techniques', 'Posture sensing', 'Advanced']);
  const basics = page.getByRole('region', { name: 'Basics' });
  await expect(basics.getByRole('combobox').first()).toHaveAccessibleName('Language');
  const advanced = page.getByRole('region', { name: 'Advanced' });
  await expect(advanced.getByLabel('Start the cycle again after being away')).toBeVisible();
  await expect(advanced.getByLabel('At least this long between breaks')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Schedule' }).getByLabel('Start the cycle again after being away')).toHaveCount(0);
});

test('every number field refuses a bad value in plain words, and keeps the setting', async ({ page }) => {
  const fields = page.locator('input[type=number]:enabled');
  const count = await fields.count();
  expect(count).toBeGreaterThanOrEqual(12);
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    const path = (await field.getAttribute('data-path'))!;
    await field.fill('-1');
    await expect(field, path).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator(`[id="${(await field.getAttribute('aria-describedby'))!.split(' ').at(-1)}"]`);
    await expect(error, path).toHaveText(/^Use \d+ or more\.$/);
    expect(await stored(page, path), path).not.toBe(-1);
  }
  await page.getByRole('group', { name: 'Posture break' }).getByLabel('Every').fill('7.5');
  await expect(page.getByRole('group', { name: 'Posture break' }).getByText('Use a whole number.')).toBeVisible();
});

test('times accept 9:00 and are kept as 09:00; overlapping spans and bad formats are refused in plain words', async ({ page }) => {
  await page.getByLabel('Only during working hours').check();
  const monday = page.getByLabel('Monday');
  await monday.fill('9:00-12:00, 13:00-17:30');
  await expect.poll(() => stored(page, 'workingHours.days.mon')).toEqual([['09:00', '12:00'], ['13:00', '17:30']]);
  await expect(monday).toHaveValue('09:00-12:00, 13:00-17:30');
  await monday.fill('9:00-12:00, 11:00-17:30');
  const hours = page.getByRole('group', { name: 'Working hours' });
  await expect(hours.getByRole('alert')).toHaveText('These spans overlap; make each one end before the next starts.');
  await monday.fill('nine to five');
  await expect(hours.getByRole('alert')).toHaveText('Write spans as 9:00-12:00, 13:00-17:30.');
  await page.getByLabel('Snooze choices').fill('5, ten');
  await expect(page.getByRole('group', { name: 'Snooze' }).getByRole('alert')).toHaveText('Write whole minutes separated by commas, e.g. 5, 10, 20.');
  expect(await stored(page, 'workingHours.days.mon')).toEqual([['09:00', '12:00'], ['13:00', '17:30']]);
});

test('the default snooze is always one of the choices', async ({ page }) => {
  const choice = page.getByLabel('Default snooze');
  await expect(choice.locator('option')).toHaveText(['5 minutes', '10 minutes', '20 minutes']);
  await page.getByLabel('Snooze choices').fill('5, 15, 30');
  await expect.poll(() => stored(page, 'snooze')).toMatchObject({ options: [5, 15, 30], defaultMinutes: 5 });
  await expect(choice).toHaveValue('5');
  await choice.selectOption('30');
  await expect.poll(() => stored(page, 'snooze.defaultMinutes')).toBe(30);
  const refused = await page.evaluate(() => (window as unknown as Bridge).unknot.updateSettings({ snooze: { defaultMinutes: 12 } }));
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toContain('The default snooze must be one of the choices (5, 15, 30).');
});

test('a change says Saved and the timeline follows it; Restore defaults can be undone', async ({ page }) => {
  const timeline = page.getByTestId('timeline').locator('li');
  await expect(timeline.first()).toBeVisible();
  const before = await timeline.count();
  const every = page.getByRole('group', { name: 'Posture break' }).getByLabel('Every');
  await every.fill('15');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect.poll(() => timeline.count()).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(every).toHaveValue('30');
  await expect(page.getByRole('status').filter({ hasText: 'Every setting is back at its default.' })).toBeVisible();
  await expect.poll(() => timeline.count()).toBe(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(every).toHaveValue('15');
  await expect(page.getByRole('status').filter({ hasText: 'Your previous settings are back.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('fields that depend on a switch are disabled while it is off', async ({ page }) => {
  const posture = page.getByRole('group', { name: 'Posture break' });
  await expect(posture.getByLabel('Every')).toBeEnabled();
  await posture.getByLabel('On', { exact: true }).uncheck();
  await expect(posture.getByLabel('Every')).toBeDisabled();
  await expect(posture.getByLabel('Length')).toBeDisabled();
  await expect(page.getByLabel('Monday')).toBeDisabled();
  await page.getByLabel('Only during working hours').check();
  await expect(page.getByLabel('Monday')).toBeEnabled();
  await expect(page.getByLabel('Wait at most')).toBeEnabled();
  await page.getByLabel('Wait for a pause in my typing (gentle start)').uncheck();
  await expect(page.getByLabel('Wait at most')).toBeDisabled();
  await expect(page.getByLabel('Break now shortcut')).toBeDisabled();
  await page.getByLabel('Wait during calendar events, and take a due break before one').uncheck();
  await expect(page.getByLabel('Calendars', { exact: true })).toBeDisabled();
});

test('a shortcut is recorded by pressing it, and a key without Ctrl, Alt or Cmd is refused', async ({ page }) => {
  await page.getByLabel('Keyboard shortcuts for break now and snooze').check();
  const field = page.getByLabel('Break now shortcut');
  await field.focus();
  await expect(field).toHaveValue('Press the keys now…');
  await page.keyboard.press('Control+Shift+KeyK');
  await expect.poll(() => stored(page, 'shortcuts.breakNow')).toBe('CommandOrControl+Shift+K');
  await expect(field).toHaveValue('CommandOrControl+Shift+K');
  await page.keyboard.press('KeyJ');
  await expect(page.getByRole('group', { name: 'Keyboard shortcuts for break now and snooze' }).getByRole('alert')).toHaveText('Add Ctrl, Alt or Cmd: a key on its own would be taken from every other app.');
  expect(await stored(page, 'shortcuts.breakNow')).toBe('CommandOrControl+Shift+K');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('CommandOrControl+Shift+K');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Snooze shortcut')).toBeFocused();
});

test('every break kind keeps a technique: hiding the last one is refused and it stays shown', async ({ page }) => {
  const rows = page.locator('table.choices tbody tr');
  const postureOnly: string[] = [];
  for (const row of await rows.all()) {
    if ((await row.locator('td').first().textContent())?.includes('Posture break')) postureOnly.push((await row.locator('th').textContent())!);
  }
  expect(postureOnly.length).toBeGreaterThan(1);
  for (const name of postureOnly.slice(0, -1)) await page.getByLabel(`Show ${name}`).uncheck();
  const last = page.getByLabel(`Show ${postureOnly.at(-1)}`);
  await last.click();
  await expect(page.getByRole('group', { name: 'Techniques' }).getByRole('alert')).toHaveText('Keep at least one technique for each kind of break (Posture break).');
  await expect(last).toBeChecked();
});

test('hiding a technique keeps it out of breaks; a favourite is kept', async ({ page }) => {
  await page.getByLabel('Show Upper-arm hold').uncheck();
  await page.getByLabel('Chin tuck is a favourite').check();
  await expect.poll(() => stored(page, 'techniques')).toEqual({ hidden: ['upper-arm-hold'], favourites: ['chin-tuck'] });
  await page.evaluate(() => (window as unknown as { __unknotPreview: { breakNow: () => void } }).__unknotPreview.breakNow());
  await page.evaluate(() => (window.location.hash = '#/break'));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Upper-arm hold');
  await expect(page.getByRole('heading', { name: 'Shrug and drop' })).toBeVisible();
});

for (const [os, shown, absent] of [
  ['linux', 'Works in X11 sessions only', 'Not available on macOS'],
  ['mac', 'Not available on macOS: use Meeting mode while you present.', 'Works in X11 sessions only'],
  ['windows', null, 'Not available on macOS'],
] as const) {
  test(`only this platform's caveats are shown (${os})`, async ({ page }) => {
    await page.goto(`/?os=${os}#/settings`);
    const quiet = page.getByRole('region', { name: 'When not to interrupt' });
    await expect(quiet.getByLabel('Wait while an app is full screen')).toBeVisible();
    if (shown) await expect(quiet.getByText(shown)).toBeVisible();
    await expect(quiet.getByText(absent, { exact: false })).toHaveCount(0);
    await expect(quiet.getByLabel('Wait while an app is full screen')).toBeEnabled({ enabled: os !== 'mac' });
  });
}

test('the language switches live, and errors come in that language', async ({ page }) => {
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Einstellungen', exact: true })).toBeVisible();
  await expect(page.locator('main.settings > section > h2')).toHaveText(['Grundlagen', 'Zeitplan', 'Wann nicht stören', 'Übungen', 'Haltungserkennung', 'Erweitert']);
  await page.getByRole('group', { name: 'Haltungspause' }).getByLabel('Alle').fill('2');
  await expect(page.getByRole('group', { name: 'Haltungspause' }).getByRole('alert')).toHaveText('Mindestens 5.');
  await expect.poll(() => page.title()).toBe('Unknot — Einstellungen');
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations in the ${colorScheme} theme, errors, Saved and Undo shown`, async ({ page }) => {
    test.setTimeout(90_000); // axe over the whole Settings page takes 20-30 s on this shared 2-core machine
    await page.emulateMedia({ colorScheme });
    await page.getByRole('group', { name: 'Posture break' }).getByLabel('Every').fill('0');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('no accessibility violations with forced colours (high contrast)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/?hc#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
