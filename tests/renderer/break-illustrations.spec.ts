import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import { TECHNIQUES, findTechnique } from '../../main/core/techniques/library';
import { POSES, type PoseName } from '../../renderer/illustrations/poses';
import { TECHNIQUE_POSES, signaturePose } from '../../renderer/illustrations/technique-poses';
import { openBreakWindow, openTechnique } from './break-helpers';

const drawn = (pose: PoseName) => JSON.stringify(POSES[pose]());

test('every technique of the library has its own picture, one per step', () => {
  for (const technique of TECHNIQUES) {
    expect(TECHNIQUE_POSES[technique.id], `${technique.id} has pictures`).toBeDefined();
    expect(TECHNIQUE_POSES[technique.id], `${technique.id}: one picture per step`).toHaveLength(technique.steps.length);
  }
  // The picture a technique is known by (its longest step's) is drawn differently from every other technique's.
  const signatures = TECHNIQUES.map((t) => drawn(signaturePose(t)));
  const clashes = TECHNIQUES.filter((_, i) => signatures.indexOf(signatures[i]!) !== i).map((t) => t.id);
  expect(clashes).toEqual([]);
  // The two stretches the old pictures could not tell apart.
  expect(drawn(signaturePose(findTechnique('levator-scapulae')!))).not.toBe(drawn(signaturePose(findTechnique('upper-trapezius')!)));
});

test('every pose is a different drawing and has a description in English and German', () => {
  const names = Object.keys(POSES) as PoseName[];
  expect(new Set(names.map(drawn)).size).toBe(names.length);
  for (const language of ['en', 'de'] as const) {
    const poses = (CATALOGS[language] as { break: { pose: Record<string, string> } }).break.pose;
    for (const name of names) expect(poses[name], `${language} ${name}`).toMatch(/\S{3,}/);
  }
});

test('the picture follows the step: the upper-trapezius stretch shows the lift, then the lean', async ({ page }) => {
  await openBreakWindow(page, 'en');
  await openTechnique(page, findTechnique('upper-trapezius')!);
  const picture = page.locator('main.break svg.illo');
  await expect(picture).toHaveAttribute('data-pose', 'trap-lift-right');
  await expect(picture).toHaveAccessibleName(/lifting that shoulder/);
  await page.clock.fastForward(6_000);
  await expect(picture).toHaveAttribute('data-pose', 'trap-tilt-left');
  await expect(picture).toHaveAccessibleName(/tipping the left ear/);
});

for (const [scheme, expected] of [
  ['light', 'rgb(29, 42, 47)'],
  ['dark', 'rgb(238, 242, 239)'],
] as const) {
  test(`the picture is drawn in the text colour of the ${scheme} theme, and of forced colours`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openBreakWindow(page, 'en');
    await openTechnique(page, findTechnique('upper-arm-hold')!);
    const colours = () => page.locator('.illo-body path').evaluate((el) => ({ stroke: getComputedStyle(el).stroke, text: getComputedStyle(el.closest('main')!).color }));
    expect(await colours()).toEqual({ stroke: expected, text: expected });
    await page.emulateMedia({ colorScheme: scheme, forcedColors: 'active' });
    const forced = await colours();
    expect(forced.stroke).toBe(forced.text);
  });
}

for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { forcedColors: 'active' }] as const) {
  test(`the break window is axe-clean (${JSON.stringify(media)}): guiding, paused, "Why this?", keep holding`, async ({ page }) => {
    await page.emulateMedia(media);
    await openBreakWindow(page, 'de');
    await openTechnique(page, findTechnique('upper-arm-hold')!);
    // axe-core schedules its own work with timers: let time flow (the states checked below do not change with it).
    await page.clock.resume();
    const check = async (what: string) => expect((await new AxeBuilder({ page }).include('main').analyze()).violations, what).toEqual([]);
    await check('guiding');
    await page.clock.fastForward(20_000);
    await page.getByRole('button', { name: 'Weiter halten' }).click();
    await expect(page.getByTestId('extra')).toBeVisible();
    expect(await page.locator('.step-next').evaluate((el) => el.scrollWidth <= el.clientWidth), 'the German note is not cut off').toBe(true);
    await check('keep holding');
    await page.getByRole('button', { name: 'Fortfahren' }).click();
    await page.getByRole('button', { name: 'Anhalten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Angehalten' })).toBeVisible();
    await check('paused');
    await page.getByRole('button', { name: 'Warum diese Übung?' }).click();
    await check('why');
  });
}
