import { expect, type Page } from '@playwright/test';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import type { BreakInfo } from '../../main/core/ipc/contract';
import type { Technique } from '../../main/core/techniques/types';
import { breakNow, openWithClock, updateSettings } from './helpers';

/** The break window's content size: its 440×600 outer size less a title bar and borders, rounded down. */
export const BREAK_VIEWPORT = { width: 420, height: 520 };

type W = Window & { unknot: { getBreak: () => Promise<{ ok: boolean; value: BreakInfo | null }>; breakAction: (a: unknown) => Promise<unknown> } };

/** Hides the preview's stand-in for the tray (the app's break window has none); through the CSSOM, which the CSP allows. */
export const hidePreviewTray = (page: Page) =>
  page.evaluate(() => document.querySelectorAll<HTMLElement>('#root > :not(main)').forEach((el) => (el.style.display = 'none')));

/** Opens the break page as the break window shows it: its real size, the preview's tray stand-in hidden, a paused fake clock. */
export const openBreakWindow = async (page: Page, language: 'en' | 'de') => {
  await page.setViewportSize(BREAK_VIEWPORT);
  await openWithClock(page);
  await hidePreviewTray(page);
  if (language === 'de') {
    await updateSettings(page, { app: { language: 'de' } });
    await expect(page.getByRole('heading', { name: 'Gerade keine Pause' })).toBeVisible();
  }
};

/** The open break, from the bridge. */
export const currentBreak = async (page: Page): Promise<BreakInfo> => {
  const result = await page.evaluate(() => (window as unknown as W).unknot.getBreak());
  if (!result.ok || !result.value) throw new Error('no break is open');
  return result.value;
};

/** Opens a break of the technique's first kind and asks for another technique until it is the one wanted. */
export const openTechnique = async (page: Page, technique: Technique): Promise<BreakInfo> => {
  await breakNow(page, technique.kinds[0] as 'posture');
  const main = page.locator('main.break[data-technique]');
  for (let tries = 0; tries < 40; tries += 1) {
    await expect(main).toBeVisible();
    if ((await main.getAttribute('data-technique')) === technique.id) return currentBreak(page);
    const before = await main.getAttribute('data-technique');
    await page.evaluate(() => (window as unknown as W).unknot.breakAction({ action: 'another' }));
    await expect(main).not.toHaveAttribute('data-technique', before ?? '');
  }
  throw new Error(`${technique.id} never came up in a ${technique.kinds[0]} break`);
};

type TechniqueText = { name: string; steps: string[]; cautions: string[] };
/** A technique's texts as the catalog of `language` has them (English: the library's own words). */
export const techniqueText = (technique: Technique, language: 'en' | 'de'): TechniqueText => {
  if (language === 'en') return { name: technique.name, steps: technique.steps.map((s) => s.text), cautions: [...technique.cautions] };
  const de = (CATALOGS.de as { technique?: Record<string, TechniqueText> }).technique?.[technique.id];
  if (!de) throw new Error(`no German text for ${technique.id}`);
  return de;
};
