import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle, type WebPreferences } from 'electron';

/**
 * Creates every Unknot window. The web preferences are written out here, in one literal, so a
 * reader (and the electronegativity scanner) sees at a glance that no window can be weaker:
 * isolated, sandboxed, no Node, no remote code, no middle-click windows, no webviews. `extra` may
 * only add what weakens nothing: the hidden posture window turns off background throttling.
 */
export const createSecureWindow = (
  preload: string,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  extra: Pick<WebPreferences, 'backgroundThrottling'> = {},
): BrowserWindow =>
  new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      ...extra,
    },
  });

/**
 * Where a floating window (break, notice) goes and whether it asks to stay on top. On Wayland a
 * client can neither place its window nor raise it above others: Electron documents
 * `setAlwaysOnTop`/`alwaysOnTop` as unsupported there (electron/electron#50403, #50560) and
 * positions are ignored (getPosition() is [0, 0], electron/electron#40886). Asking anyway only
 * makes `isAlwaysOnTop()` lie, so on Wayland we pass the size alone and let the compositor place it.
 */
export const floatingPlacement = (bounds: Rectangle, wayland: boolean): Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height' | 'alwaysOnTop' | 'center'> =>
  wayland ? { width: bounds.width, height: bounds.height, center: true } : { ...bounds, alwaysOnTop: true };
