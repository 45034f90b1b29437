import type { EngineHost } from '../core/engine/host';
import type { SettingsHandle } from '../storage/settings-store';
import { setupBreakWindow } from './break-window';
import { setupNotice } from './notice';
import { pageWindows } from './page-window';

/** Where the built renderer pieces are, and the set of windows allowed to call IPC. */
export interface WindowPaths {
  preload: string;
  rendererHtml: string;
}

/** The app's page windows, each by name, with its title and size in one place. */
export const PAGES = {
  settings: { title: 'Unknot — Settings', size: { width: 640, height: 760 } },
  progress: { title: 'Unknot — Progress', size: { width: 720, height: 760 } },
  about: { title: 'About Unknot', size: { width: 520, height: 620 } },
  onboarding: { title: 'Welcome to Unknot', size: { width: 520, height: 640 } },
  'check-in': { title: 'Unknot — How is your upper back today?', size: { width: 480, height: 620 } },
} as const;

/** A page window's name. */
export type PageName = keyof typeof PAGES;

/**
 * Every window the app opens: the page windows, the break window and the notice. Each window's
 * contents join the trusted set while it lives; the IPC gatekeeper accepts calls only from them.
 */
export const setupAppWindows = (paths: WindowPaths, host: EngineHost, settings: SettingsHandle, log: (message: string) => void) => {
  const trusted = new Set<number>();
  const trust = (id: number) => {
    trusted.add(id);
    return () => trusted.delete(id);
  };
  const deps = { preload: paths.preload, rendererHtml: paths.rendererHtml, trust };
  const pages = pageWindows(deps);
  const breakWindow = setupBreakWindow({
    ...deps,
    onClosedByUser: () => host.dispatch({ type: 'user', action: 'skip' }),
    onCrashed: (reason) => {
      log(`break window renderer gone (${reason}); the break is recorded as skipped`);
      host.dispatch({ type: 'user', action: 'skip' });
    },
  });
  const notice = setupNotice(
    {
      startNow: () => host.dispatch({ type: 'user', action: 'start-now' }),
      snooze: (minutes) => host.dispatch({ type: 'user', action: 'snooze', minutes }),
    },
    () => settings.get().snooze.defaultMinutes,
    deps,
  );
  return {
    trusted,
    pages,
    breakWindow,
    notice,
    /** Opens (or brings forward) one of the page windows. */
    open: (name: PageName) => pages.show(name, PAGES[name].title, PAGES[name].size),
  };
};

/** The windows as the rest of the app sees them. */
export type AppWindows = ReturnType<typeof setupAppWindows>;
