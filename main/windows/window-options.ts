import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/**
 * Creates every Unknot window. The web preferences are written out here, in one literal, so a
 * reader (and the electronegativity scanner) sees at a glance that no window can be weaker:
 * isolated, sandboxed, no Node, no remote code, no middle-click windows, no webviews.
 */
export const createSecureWindow = (preload: string, options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow =>
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
    },
  });
