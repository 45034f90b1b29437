import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildHarness, serveHarness } from './body-check-harness-server';
import { bridgeCalls } from './helpers';

// The tap is mounted by a spec-only harness; the break helper wires it into the finished break.
let outDir = '';
test.beforeAll(async () => {
  outDir = await buildHarness('routine-harness-feedback');
});
test.beforeEach(async ({ page }) => serveHarness(page, outDir));

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};
const done = (page: Page) => page.evaluate(() => document.body.getAttribute('data-feedback-done'));

test('one optional tap after a break: Better / Same / Worse, stored for that technique', async ({ page }) => {
  await page.goto('/__routine/?view=tap&technique=chin-tuck');
  const group = page.getByRole('group', { name: 'How do you feel now?' });
  await expect(group.getByRole('button')).toHaveText(['Better', 'Same', 'Worse', 'Skip']);
  await expect(group.getByRole('button', { name: 'Better' })).toBeFocused();
  await axeClean(page);
  await group.getByRole('button', { name: 'Better' }).click();
  await expect(page.getByRole('status')).toHaveText('Thanks, noted.');
  await expect(page.getByRole('button')).toHaveCount(0);
  expect(await done(page)).toBe('true');
  expect((await bridgeCalls(page)).filter((c) => c.name === 'submitFeedback')).toEqual([{ name: 'submitFeedback', args: [{ technique: 'chin-tuck', rating: 'better' }] }]);
});

test('skipping stores nothing and asks nothing more', async ({ page }) => {
  await page.goto('/__routine/?view=tap&technique=chin-tuck');
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByTestId('feedback-tap')).toHaveCount(0);
  expect(await done(page)).toBe('true');
  expect((await bridgeCalls(page)).map((c) => c.name)).not.toContain('submitFeedback');
});

test('a technique rated worse twice is offered to hide, and hiding it is one tap', async ({ page }) => {
  // The demo has one "worse" for the shoulder rolls already.
  await page.goto('/__routine/?view=tap&technique=shoulder-rolls&routine=demo');
  await page.getByRole('button', { name: 'Worse' }).click();
  await expect(page.getByRole('group')).toContainText('You have rated “Backward shoulder rolls” worse twice. Hide it from your breaks?');
  await axeClean(page);
  await page.getByRole('button', { name: 'Hide it' }).click();
  await expect(page.getByRole('status')).toContainText('Hidden');
  const update = (await bridgeCalls(page)).find((c) => c.name === 'updateSettings' && JSON.stringify(c.args).includes('hidden'));
  expect(update?.args[0]).toEqual({ techniques: { hidden: ['shoulder-rolls'] } });
});

test('keeping it changes nothing', async ({ page }) => {
  await page.goto('/__routine/?view=tap&technique=shoulder-rolls&routine=demo');
  await page.getByRole('button', { name: 'Worse' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('status')).toHaveText('Thanks, noted.');
  expect((await bridgeCalls(page)).filter((c) => c.name === 'updateSettings' && JSON.stringify(c.args).includes('hidden'))).toEqual([]);
});

test('off with one setting: no question at all', async ({ page }) => {
  await page.goto('/__routine/?view=tap&technique=chin-tuck&feedback-off');
  await expect.poll(() => done(page)).toBe('true');
  await expect(page.getByTestId('feedback-tap')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
});

test('in German, axe clean', async ({ page }) => {
  await page.goto('/__routine/?view=tap&technique=seated-pelvic-tilt&lang=de&routine=demo');
  const group = page.getByRole('group', { name: 'Wie fühlst du dich jetzt?' });
  await expect(group.getByRole('button')).toHaveText(['Besser', 'Gleich', 'Schlechter', 'Überspringen']);
  await axeClean(page);
  await group.getByRole('button', { name: 'Gleich' }).click();
  await expect(page.getByRole('status')).toHaveText('Danke, notiert.');
});
