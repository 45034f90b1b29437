import { expect, type Page } from '@playwright/test';

type Preview = {
  calls: { name: string; args: unknown[] }[];
  effects: { type: string; outcome?: string; technique?: string }[];
  breakNow: (kind?: 'posture' | 'stress') => void;
};
type PreviewWindow = Window & { __unknotPreview: Preview; unknot: { updateSettings: (patch: unknown) => Promise<unknown> } };

/** Opens the break page in the preview with a paused fake clock, so time moves only when told. */
export const openWithClock = async (page: Page, query = '') => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto(`/?fake-clock${query}#/break`);
  await page.clock.pauseAt(new Date('2026-03-02T09:00:05Z'));
  await expect(page.getByRole('heading', { name: /No break right now|Gerade keine Pause/ })).toBeVisible();
};

/** Starts a break through the preview's stand-in for the tray. */
export const breakNow = (page: Page, kind?: 'posture' | 'stress') =>
  page.evaluate((k) => (window as unknown as PreviewWindow).__unknotPreview.breakNow(k), kind);

/** Every bridge call the page made. */
export const bridgeCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.calls.map((c) => ({ name: c.name, args: c.args })));

/** Every engine effect of the preview so far. */
export const engineEffects = (page: Page) => page.evaluate(() => (window as unknown as PreviewWindow).__unknotPreview.effects);

/** Changes settings through the same bridge call the settings window uses. */
export const updateSettings = (page: Page, patch: unknown) =>
  page.evaluate((p) => (window as unknown as PreviewWindow).unknot.updateSettings(p), patch);
