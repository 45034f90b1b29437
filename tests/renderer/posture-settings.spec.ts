import { expect, test, type Page } from '@playwright/test';

type Bridge = Record<string, (...args: unknown[]) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>>;
type PreviewWindow = Window & { unknot: Bridge; __unknotPreview: { calls: { name: string; args: unknown[] }[] } };

const open = async (page: Page) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto('/?view=posture#/posture');
  await expect(page.getByRole('heading', { name: 'Posture sensing' }).first()).toBeVisible();
};

const bridge = (page: Page, name: string, ...args: unknown[]) => page.evaluate(([n, a]) => (window as unknown as PreviewWindow).unknot[n as string]!(...(a as unknown[])), [name, args] as const);

const features = { shoulderWidth: 0.35, earShoulderGap: 0.55, noseShoulderGap: 0.75, headSize: 0.09, centerX: 0.5, centerY: 0.7 };

test('explains what it does, that no image is kept, and what the camera light does; off until switched on', async ({ page }) => {
  await open(page);
  const section = page.locator('section.posture-settings');
  await expect(section).toContainText('No image is stored or sent anywhere');
  const toggle = section.getByRole('checkbox', { name: 'Use the camera to notice my posture' });
  await expect(toggle).not.toBeChecked();
  await expect(section.getByRole('button', { name: 'Calibrate…' })).toBeDisabled();
  const radios = section.getByRole('radio');
  await expect(radios).toHaveCount(3);
  for (const radio of await radios.all()) await expect(radio).toBeDisabled();
  await expect(section.getByRole('radio', { name: /A few frames every minute/ })).toBeChecked();
  await expect(section).toContainText('comes on for about two seconds once a minute');
  await expect(section).toContainText('stays on the whole time');
  // The measured figures (main/core/posture/costs.ts); a choice not yet measured says so.
  await expect(section.getByText('Measured cost: about 0.5 % of one processor core')).toHaveCount(1);
  await expect(section.getByText('Measured cost: about 6.7 % of one processor core')).toHaveCount(1);
  await expect(section.getByText('Measured cost: not measured yet')).toHaveCount(1);
  await expect(section.getByTestId('posture-status')).toHaveText('Now: Off');
});

test('one switch turns it on; Calibrate opens the calibration view; a sampling choice is saved', async ({ page }) => {
  await open(page);
  const section = page.locator('section.posture-settings');
  await section.getByRole('checkbox', { name: 'Use the camera to notice my posture' }).check();
  await expect(section.getByTestId('posture-status')).toHaveText('Now: watching');
  await section.getByRole('radio', { name: /every 5 minutes/ }).check();
  await expect.poll(() => page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.calls.filter((c) => c.name === 'updateSettings').map((c) => c.args[0]))).toContainEqual({ posture: { sampling: 'burst-5min' } });
  await section.getByRole('button', { name: 'Calibrate…' }).click();
  await expect.poll(async () => ((await bridge(page, 'getPostureStatus')).value as { calibrating: boolean }).calibrating).toBe(true);
  // The calibration view answers with the averaged features: Settings shows the baseline.
  expect((await bridge(page, 'postureCalibrate', features)).ok).toBe(true);
  await expect(section.getByRole('button', { name: 'Recalibrate…' })).toBeVisible();
  await expect(section).toContainText('Calibrated on');
});

test('frames are numbers only: anything image-like is refused; sensed minutes reach the Progress table', async ({ page }) => {
  await open(page);
  await bridge(page, 'updateSettings', { posture: { enabled: true } });
  await bridge(page, 'postureCalibrate', features);
  const at = Date.parse('2026-03-02T09:00:10Z');
  const frame = (t: number) => ({ ok: true, at: t, features: { ...features, confidence: 0.8 } });
  expect(await bridge(page, 'postureFrame', { ...frame(at), image: 'data:image/png;base64,iVBORw0KGgo' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  expect(await bridge(page, 'postureFrame', { ...frame(at), features: { ...frame(at).features, pixels: [1, 2, 3] } })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  for (const t of [at, at + 1000, at + 2000, at + 61_000]) expect((await bridge(page, 'postureFrame', frame(t))).ok).toBe(true);
  const table = page.locator('section.posture-summary table');
  await expect(table).toBeVisible();
  const row = table.locator('tbody tr').first();
  await expect(row.locator('td').nth(0)).toHaveText('1');
  await expect(row.locator('td').nth(1)).toHaveText('100%');
  await expect(row.locator('td').nth(2)).toHaveText('0');
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('the section speaks German', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto('/?view=posture#/posture');
  await expect(page.locator('section.posture-settings')).toContainText('Kein Bild wird gespeichert');
  await expect(page.getByRole('checkbox', { name: 'Meine Haltung mit der Kamera erkennen' })).toBeVisible();
  await expect(page.getByText('Gemessener Aufwand: etwa 0,5 % eines Prozessorkerns')).toHaveCount(1);
  await expect(page.getByText('Gemessener Aufwand: noch nicht gemessen')).toHaveCount(1);
  });
});
