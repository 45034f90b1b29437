import { expect, test } from '@playwright/test';

type Preview = { breakNow: () => void; effects: unknown[]; calls: unknown[] };
type W = Window & { __unknotPreview: Preview; unknot: { breakAction: (a: unknown) => Promise<unknown> } };

test('the renderer heap after 200 break cycles stays within 10 % of its size after 20', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/break');
  await expect(page.getByRole('heading', { name: 'No break right now' })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const cycles = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      await page.evaluate(() => (window as unknown as W).__unknotPreview.breakNow());
      await page.getByTestId('step').waitFor();
      await page.evaluate(() => (window as unknown as W).unknot.breakAction({ action: 'done' }).then(() => undefined));
      await page.getByRole('heading', { name: 'No break right now' }).waitFor();
    }
    // The preview keeps a log of every call and effect for tests; empty it so only the app is weighed.
    await page.evaluate(() => {
      const preview = (window as unknown as W).__unknotPreview;
      preview.effects.length = 0;
      preview.calls.length = 0;
    });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const after20 = await cycles(20);
  const after200 = after20 && (await cycles(180));
  console.log(`renderer heap: ${(after20 / 1024).toFixed(0)} KB after 20 cycles, ${(after200 / 1024).toFixed(0)} KB after 200`);
  expect(after200).toBeLessThanOrEqual(after20 * 1.1);
});
