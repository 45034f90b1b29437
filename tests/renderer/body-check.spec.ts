import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildHarness, serveHarness } from './body-check-harness-server';
import { bridgeCalls } from './helpers';

// The routine's views are mounted by a spec-only harness until renderer/app.tsx routes them.
let outDir = '';
test.beforeAll(async () => {
  outDir = await buildHarness('routine-harness-body-check');
});
test.beforeEach(async ({ page }) => serveHarness(page, outDir));

const axeClean = async (page: import('@playwright/test').Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

test('the body self-check: five tests with a picture each, plainly not a diagnosis, and what it finds', async ({ page }) => {
  await page.goto('/__routine/?view=body-check');
  await expect(page.getByRole('heading', { name: 'Body self-check', level: 1 })).toBeVisible();
  await expect(page.getByTestId('not-diagnosis')).toContainText('This is not a diagnosis');
  await expect(page.getByRole('img')).toHaveCount(5);
  await expect(page.getByRole('img', { name: /wall/ })).toBeVisible();
  const save = page.getByRole('button', { name: 'Save answers' });
  await expect(save).toBeDisabled();
  await page.getByRole('group', { name: 'How did turning go?' }).getByLabel('One side turned clearly less').check();
  await page.getByRole('group', { name: /Where did your shoulders sit/ }).getByLabel(/Level and low/).check();
  await page.getByRole('group', { name: 'Does the back of your head touch the wall?' }).getByLabel('Only when I tip my chin up').check();
  await page.getByRole('group', { name: 'Which made turning easier?' }).getByLabel(/I skipped this one/).check();
  await expect(save).toBeDisabled();
  await expect(page.getByTestId('pain-note')).toHaveCount(0);
  await page.getByRole('group', { name: 'How did your lower back feel?' }).getByLabel(/It hurt/).check();
  await expect(page.getByTestId('pain-note')).toContainText('doctor');
  await axeClean(page);
  await save.click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const findings = page.getByTestId('body-check-findings').locator('li');
  await expect(findings).toHaveCount(3);
  expect(await findings.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-finding')))).toEqual(['neck-stiff', 'head-forward', 'lower-back-painful']);
  await expect(save).toBeDisabled();
  const call = (await bridgeCalls(page)).find((c) => c.name === 'submitBodyCheck')!;
  expect(call.args[0]).toEqual({ 'head-turn': 'one-side-less', shoulders: 'level-low', wall: 'chin-up', 'slump-vs-tall': 'skipped', 'lower-back': 'painful' });
  // The programme now raises what fits, and keeps back bends out after a painful lower-back test.
  const programme = await page.evaluate(() => (window as unknown as { unknot: { getProgramme: () => Promise<{ ok: true; value: { weights: Record<string, number> } }> } }).unknot.getProgramme());
  expect(programme.value.weights['chin-tuck']).toBe(3);
  expect(programme.value.weights['seated-pelvic-tilt']).toBe(2);
  expect(programme.value.weights['standing-back-extension']).toBeUndefined();
});

test('the body self-check in German, axe clean', async ({ page }) => {
  await page.goto('/__routine/?view=body-check&lang=de');
  await expect(page.getByRole('heading', { name: 'Körper-Selbstcheck', level: 1 })).toBeVisible();
  await expect(page.getByTestId('not-diagnosis')).toContainText('keine Diagnose');
  await expect(page.getByRole('group')).toHaveCount(5);
  await expect(page.getByRole('group', { name: 'Berührt dein Hinterkopf die Wand?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Antworten speichern' })).toBeDisabled();
  await axeClean(page);
});

test('the last check and when it is due again', async ({ page }) => {
  await page.goto('/__routine/?view=body-check&routine=demo');
  await expect(page.getByTestId('last-body-check')).toContainText('Worth repeating from');
});

test('"Why this?" names the body self-check when the programme raised the technique, and says nothing otherwise', async ({ page }) => {
  await page.goto('/__routine/?view=reason&routine=demo&technique=chin-tuck');
  await expect(page.getByTestId('programme-reason')).toHaveText(/your head stayed forward of the wall/);
  await page.goto('/__routine/?view=reason&routine=demo&technique=cyclic-sigh');
  await expect(page.getByRole('heading', { name: 'Why this?' })).toBeVisible();
  await expect(page.getByTestId('programme-reason')).toHaveCount(0);
});

test('Progress: answers over time beside the trend, and how each technique felt with its counts', async ({ page }) => {
  await page.goto('/__routine/?view=progress&routine=demo&seed=demo');
  const trend = page.getByTestId('body-check-trend');
  await expect(trend.getByRole('table')).toBeVisible();
  await expect(trend.locator('thead th')).toHaveCount(4);
  await expect(trend.locator('tbody tr')).toHaveCount(5);
  // The wall test moved from "does not reach" to "chin up": both still point the programme there.
  expect(await trend.locator('tr[data-test="wall"] td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-choice')))).toEqual(['does-not-reach', 'chin-up', 'chin-up']);
  await expect(trend).toContainText('Patterns change more slowly than pain');
  const felt = page.getByTestId('technique-feedback');
  await expect(felt.locator('tr[data-technique="chin-tuck"]')).toContainText('Better 2 of 3');
  await expect(felt).toContainText('Fewer than 10 ratings');
  await expect(felt).not.toContainText('%');
  await axeClean(page);
});

test('Progress with no body self-check invites one', async ({ page }) => {
  await page.goto('/__routine/?view=progress&lang=de');
  await expect(page.getByTestId('body-check-trend')).toContainText('Noch kein Körper-Selbstcheck');
  await expect(page.getByRole('link', { name: 'Körper-Selbstcheck' })).toHaveAttribute('href', '#/body-check');
  await axeClean(page);
});
