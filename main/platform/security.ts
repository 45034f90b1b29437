import type { App, Session, WebContents } from 'electron';

/** True when a URL is one of the app's own files (the built renderer), never anything remote. */
export const isAppUrl = (url: string, rendererHtmlUrl: string): boolean => {
  try {
    const target = new URL(url);
    const own = new URL(rendererHtmlUrl);
    return target.protocol === 'file:' && target.pathname === own.pathname;
  } catch {
    return false;
  }
};

/** Denies navigation away from the app and every new window a page asks for. */
export const lockDownContents = (contents: WebContents, rendererHtmlUrl: string): void => {
  // Electron 45 puts the target in the event's own `url` (the positional argument is deprecated).
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, rendererHtmlUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, rendererHtmlUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/** Denies every permission request, adds the CSP header, and refuses any non-file request. */
export const lockDownSession = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const local = details.url.startsWith('file:') || details.url.startsWith('devtools:') || details.url.startsWith('data:');
    callback({ cancel: !local });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        // The same policy as the <meta> in renderer/index.html (a test keeps the two equal).
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
        ],
      },
    });
  });
};

/** Applies the lock-down to the default session and to every web contents the app ever creates. */
export const setupSecurity = (app: App, session: Session, rendererHtmlUrl: string): void => {
  lockDownSession(session);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, rendererHtmlUrl));
};
