import type { App, Session, WebContents } from 'electron';
import { POSTURE_CSP } from '../core/posture/csp';

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

/**
 * Who may use the camera (posture sensing, issue 14): the posture window's own page, only while
 * sensing is on. Decided by main/posture/media-grant.ts; without one, nothing may.
 */
export interface CameraGrant {
  /** True when `contents` is the live posture window, showing `url` (its own page), and sensing is on. */
  allows: (contents: Pick<WebContents, 'id'> | null, url: string) => boolean;
  /** True for the posture page (any query or hash): the only page that gets the posture CSP (core/posture/csp.ts). */
  isPostureUrl: (url: string) => boolean;
}

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

/**
 * Every permission request is denied, except `media` for the camera alone (every requested type
 * is 'video': no microphone, no screen) from a page the grant allows. Electron passes `media`
 * requests a MediaAccessPermissionRequest with `mediaTypes` (electron.d.ts; docs/api/session.md,
 * setPermissionRequestHandler), and `display-capture` is a separate permission that stays denied.
 */
export const permissionRequestHandler =
  (grant?: CameraGrant): RequestHandler =>
  (contents, permission, callback, details) => {
    const types = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const videoOnly = types.length > 0 && types.every((type) => type === 'video');
    callback(permission === 'media' && videoOnly && details.isMainFrame && (grant?.allows(contents, details.requestingUrl) ?? false));
  };

/** Permission checks (which Chromium makes before a request) follow the same rule: video from the allowed page only. */
export const permissionCheckHandler =
  (grant?: CameraGrant): CheckHandler =>
  (contents, permission, _origin, details) =>
    permission === 'media' && details.mediaType === 'video' && details.isMainFrame && (grant?.allows(contents, details.requestingUrl ?? '') ?? false);

/** Denies every permission request (but the posture window's camera, above), adds the CSP header, and refuses any non-file request. */
export const lockDownSession = (session: Session, grant?: CameraGrant): void => {
  session.setPermissionRequestHandler(permissionRequestHandler(grant));
  session.setPermissionCheckHandler(permissionCheckHandler(grant));
  session.webRequest.onBeforeRequest((details, callback) => {
    const local = details.url.startsWith('file:') || details.url.startsWith('devtools:') || details.url.startsWith('data:');
    callback({ cancel: !local });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {
      ...details.responseHeaders,
      // The same policy as the <meta> in renderer/index.html (a test keeps the two equal).
      'Content-Security-Policy': [
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
      ],
    };
    // The posture page alone gets its own (core/posture/csp.ts): Chromium enforces header and <meta>
    // both, so the app's header would block its wasm. webRequest does reach file:// loads (measured
    // on Electron 41, talex-touch/tuff#689), so the header matters.
    if (grant?.isPostureUrl(details.url)) responseHeaders['Content-Security-Policy'] = [POSTURE_CSP];
    callback({ responseHeaders });
  });
};

/** Applies the lock-down to the default session and to every web contents the app ever creates. */
export const setupSecurity = (app: App, session: Session, rendererHtmlUrl: string, grant?: CameraGrant): void => {
  lockDownSession(session, grant);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, rendererHtmlUrl));
};
