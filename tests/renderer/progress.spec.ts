import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { bridgeCalls } from './helpers';

test('the check-in takes two ratings and an optional note', async ({ page }) => {
  await page.goto('/?checkin#/check-in');
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();
  await page.getByRole('group', { name: 'Upper-back and neck discomfort right now' }).getByLabel('6').check();
  await page.getByRole('group', { name: 'Stress right now' }).getByLabel('3').check();
  await page.getByLabel('Note (optional)').fill('long meeting day');
  await save.click();
  await expect(page.getByRole('status')).toHaveText('Saved. Thank you.');
  expect(await bridgeCalls(page)).toContainEqual({ name: 'submitCheckIn', args: [{ discomfort: 6, stress: 3, note: 'long meeting day' }] });
});

test('the check-in can be dismissed for today', async ({ page }) => {
  await page.goto('/?checkin#/check-in');
  await page.getByRole('button', { name: 'Not today' }).click();
  await expect(page.getByRole('status')).toHaveText('No problem. See you tomorrow.');
  expect((await bridgeCalls(page)).map((c) => c.name)).toContain('dismissCheckIn');
});

test('the self-check keeps its answers and says when to repeat it', async ({ page }) => {
  await page.goto('/?selfcheck#/self-check');
  const questions = page.getByRole('group');
  await expect(questions).toHaveCount(6);
  for (let i = 0; i < 6; i += 1) await questions.nth(i).getByLabel(i % 2 ? 'Yes' : 'Sometimes').check();
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expect(page.getByTestId('last-self-check')).toContainText('worth repeating from');
  const call = (await bridgeCalls(page)).find((c) => c.name === 'submitSelfCheck')!;
  expect(call.args[0]).toMatchObject({ 'screen-height': 'sometimes', 'shoulders-relaxed': 'yes' });
});

test('the Progress window: chart and table agree, ranges switch, the keep-going nudge shows', async ({ page }) => {
  await page.goto('/?seed=demo#/progress');
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Keep the routine going');
  await page.getByRole('button', { name: '30 days' }).click();
  await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
  const bars = await page.locator('figure.chart-box').first().locator('g[data-day]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-day'), g.getAttribute('data-completed'), g.getAttribute('data-prompted')]));
  expect(bars).toHaveLength(30);
  const total = bars.reduce((sum, [, completed]) => sum + Number(completed), 0);
  await expect(page.getByTestId('total-completed')).toHaveText(new RegExp(`^${total} /`));
  await page.getByRole('button', { name: 'Show as a table' }).click();
  const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-day'), tr.children[2]!.textContent, tr.children[1]!.textContent]));
  // The table lists the newest day first.
  expect(rows).toEqual([...bars].reverse());
});

test('export and delete-all are there, and deleting needs a confirmation', async ({ page }) => {
  await page.goto('/?seed=demo#/progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^unknot-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Keep my data' }).click();
  expect((await bridgeCalls(page)).map((c) => c.name)).not.toContain('deleteAllData');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').last()).toHaveText('All your data has been deleted.');
  await expect(page.getByTestId('empty-progress')).toContainText('No breaks yet');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations in the ${colorScheme} theme: progress (chart and table), check-in, self-check`, async ({ page }) => {
    test.setTimeout(60_000); // several axe scans; the shared machine can be slow
    await page.emulateMedia({ colorScheme });
    await page.goto('/?seed=demo#/progress');
    await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Show as a table' }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto('/?a#/check-in');
    await expect(page.getByRole('heading', { name: 'How is your upper back today?' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto('/?b#/self-check');
    await expect(page.getByRole('heading', { name: 'Workstation self-check' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
