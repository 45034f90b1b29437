import type { EngineHost } from '../core/engine/host';
import type { Diagnostics } from '../platform/diagnostics';
import { t } from '../i18n';
import type { SettingsHandle } from '../storage/settings-store';
import { setupBreakWindow } from './break-window';
import { setupNotice } from './notice';
import { pageWindows } from './page-window';

/** Where the built renderer pieces are, and the set of windows allowed to call IPC. */
export interface WindowPaths {
  preload: string;
  rendererHtml: string;
}

/** What the desktop session allows the floating windows (see break-window.ts and notice.ts). */
export interface WindowShellOptions {
  /** Electron runs on Wayland (display.ts `displayServerOf`): no placement, no always-on-top. */
  wayland?: boolean;
  /** Native notices can be trusted to arrive (on macOS: a packaged, signed build). */
  nativeNoticesTrusted?: boolean;
  diagnostics?: Pick<Diagnostics, 'report'>;
}

/** The app's page windows, each by name, with its English title and size in one place; `pageTitle` gives the title in the current language. */
export const PAGES = {
  settings: { title: 'Unknot — Settings', size: { width: 640, height: 760 } },
  progress: { title: 'Unknot — Progress', size: { width: 720, height: 760 } },
  about: { title: 'About Unknot', size: { width: 520, height: 620 } },
  onboarding: { title: 'Welcome to Unknot', size: { width: 520, height: 640 } },
  'check-in': { title: 'Unknot — How is your upper back today?', size: { width: 480, height: 620 } },
} as const;

/** A page window's name. */
export type PageName = keyof typeof PAGES;

/** A page window's title in the current language (catalog `windowTitle.<name>`); the English one where a page has none yet. */
export const pageTitle = (name: PageName): string => t(`windowTitle.${name}`, { defaultValue: PAGES[name].title });

/**
 * Every window the app opens: the page windows, the break window and the notice. Each window's
 * contents join the trusted set while it lives; the IPC gatekeeper accepts calls only from them.
 */
export const setupAppWindows = (paths: WindowPaths, host: EngineHost, settings: SettingsHandle, log: (message: string) => void, shell: WindowShellOptions = {}) => {
  const trusted = new Set<number>();
  const trust = (id: number) => {
    trusted.add(id);
    return () => trusted.delete(id);
  };
  const deps = { preload: paths.preload, rendererHtml: paths.rendererHtml, trust };
  const pages = pageWindows(deps);
  const breakWindow = setupBreakWindow({
    ...deps,
    wayland: shell.wayland === true,
    onClosedByUser: () => host.dispatch({ type: 'user', action: 'skip' }),
    onCrashed: (reason) => {
      log(`break window renderer gone (${reason}); the break is recorded as skipped`);
      host.dispatch({ type: 'user', action: 'skip' });
    },
  });
  // The quiet detectors start after the windows; the held-back notice reaches them through this.
  let ignoreToday: (reason: string) => void = (reason) => log(`held-back notice: cannot ignore "${reason}" yet, the detectors are not running`);
  const notice = setupNotice(
    {
      startNow: () => host.dispatch({ type: 'user', action: 'start-now' }),
      snooze: (minutes) => host.dispatch({ type: 'user', action: 'snooze', minutes }),
      keepWaiting: () => host.dispatch({ type: 'user', action: 'keep-waiting' }),
      dismiss: () => host.dispatch({ type: 'user', action: 'dismiss-notice' }),
      ignoreToday: (reason) => ignoreToday(reason),
    },
    () => settings.get().snooze.defaultMinutes,
    deps,
    { wayland: shell.wayland === true, nativeTrusted: shell.nativeNoticesTrusted !== false, log, diagnostics: shell.diagnostics },
  );
  return {
    trusted,
    pages,
    breakWindow,
    notice,
    /** Connects the held-back notice's "ignore this detector today" to the running detectors. */
    connectQuiet: (quiet: { ignoreToday: (reason: string) => void }) => {
      ignoreToday = quiet.ignoreToday;
    },
    /** Opens (or brings forward) one of the page windows. */
    open: (name: PageName) => pages.show(name, pageTitle(name), PAGES[name].size),
  };
};

/** The windows as the rest of the app sees them. */
export type AppWindows = ReturnType<typeof setupAppWindows>;
