import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type {
  App,
  OnBeforeRequestListenerDetails,
  OnHeadersReceivedListenerDetails,
  Session,
  WebContents,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WebPreferences,
  WebRequest,
  WebRequestFilter,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronEvent, FakeBrowserWindow } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { isAppUrl, lockDownContents, lockDownSession, setupSecurity } = await import('../../../main/platform/security');
const { createSecureWindow } = await import('../../../main/windows/window-options');

const OWN = 'file:///opt/unknot/resources/app.asar/out/renderer/index.html';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

/** Web contents as the lock-down uses them: navigation events and the window-open handler. */
class FakeContents extends EventEmitter implements Pick<WebContents, 'setWindowOpenHandler'> {
  openHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.openHandler = handler;
  }
  /** What window.open asks for, with Electron's details. */
  open(url: string): ReturnType<WindowOpenHandler> {
    return this.openHandler!({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: OWN, policy: 'strict-origin-when-cross-origin' } });
  }
  asElectron(): WebContents {
    // lockDownContents takes Electron's full class; it uses only `on` and setWindowOpenHandler.
    return this as unknown as WebContents;
  }
}

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
// Parameters<> of an overloaded method reads the last overload: here the one without a filter.
type BeforeRequestListener = Parameters<WebRequest['onBeforeRequest']>[0];
type HeadersReceivedListener = Parameters<WebRequest['onHeadersReceived']>[0];

/** A session that keeps the handlers the lock-down installs, so the test can call them as Electron would. */
const fakeSession = () => {
  const got: { permission: PermissionRequestHandler | null; check: PermissionCheckHandler | null; before: BeforeRequestListener; headers: HeadersReceivedListener } = {
    permission: null,
    check: null,
    before: null,
    headers: null,
  };
  const webRequest = {
    onBeforeRequest: (...args: [BeforeRequestListener] | [WebRequestFilter, BeforeRequestListener]): void => {
      got.before = args.length === 1 ? args[0] : args[1];
    },
    onHeadersReceived: (...args: [HeadersReceivedListener] | [WebRequestFilter, HeadersReceivedListener]): void => {
      got.headers = args.length === 1 ? args[0] : args[1];
    },
  } satisfies Pick<WebRequest, 'onBeforeRequest' | 'onHeadersReceived'>;
  const session = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler | null): void => {
      got.permission = handler;
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler | null): void => {
      got.check = handler;
    },
    // Electron's WebRequest is a class; only the two members above exist.
    webRequest: webRequest as unknown as WebRequest,
  } satisfies Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;
  // The lock-down takes Electron's full Session class; it uses only the members above.
  return { got, session: session as unknown as Session };
};

const request = { id: 1, method: 'GET', resourceType: 'script', referrer: '', timestamp: 0 } as const;

/** Emits a navigation as Electron 45 does (details first, then the deprecated positional url and flags); true if it was refused. */
const navigate = (contents: FakeContents, event: 'will-navigate' | 'will-redirect', url: string) => {
  const details = electronEvent({ url, isSameDocument: false, isMainFrame: true, frame: null } satisfies WebContentsWillNavigateEventParams & WebContentsWillRedirectEventParams);
  contents.emit(event, details, url, false, true, 4, 1);
  return details.defaultPrevented;
};

/** A page asks to attach a <webview>; true if it was refused. */
const attachWebview = (contents: FakeContents, src: string) => {
  const event = electronEvent();
  contents.emit('will-attach-webview', event, {} satisfies WebPreferences, { src });
  return event.defaultPrevented;
};

describe('Electron security checklist', () => {
  it('every window is isolated, sandboxed and without Node', () => {
    createSecureWindow('/p.cjs', { width: 100 });
    expect(FakeBrowserWindow.instances.at(-1)!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('denies navigation away from the app’s own page, redirects and webviews', () => {
    const contents = new FakeContents();
    lockDownContents(contents.asElectron(), OWN);
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(contents, 'will-navigate', `${OWN}#/break`)).toBe(false);
    expect(attachWebview(contents, 'https://example.com/')).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = new FakeContents();
    lockDownContents(contents.asElectron(), OWN);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open(OWN)).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const { got, session } = fakeSession();
    lockDownSession(session);
    const page = new FakeContents().asElectron();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'] as const) {
      const callback = vi.fn<(permissionGranted: boolean) => void>();
      got.permission!(page, permission, callback, { isMainFrame: true, requestingUrl: OWN });
      expect(callback).toHaveBeenCalledWith(false);
      expect(got.check!(page, permission, 'file://', { isMainFrame: true, requestingUrl: OWN })).toBe(false);
    }
  });

  it('loads no remote content: only file:, data: and devtools: requests go through', () => {
    const { got, session } = fakeSession();
    lockDownSession(session);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      got.before!({ ...request, url, uploadData: [] } satisfies OnBeforeRequestListenerDetails, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(cancelled('https://cdn.example.com/x.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true);
    expect(cancelled('ws://localhost:1234/')).toBe(true);
    expect(cancelled(`${OWN}`)).toBe(false);
    expect(cancelled('data:image/svg+xml;base64,AAAA')).toBe(false);
  });

  it('sends a strict Content-Security-Policy header and the page carries the same policy', () => {
    const { got, session } = fakeSession();
    lockDownSession(session);
    let headers: Record<string, string | string[]> = {};
    const details = { ...request, url: OWN, resourceType: 'mainFrame', statusLine: 'HTTP/1.1 200 OK', statusCode: 200, responseHeaders: {} } satisfies OnHeadersReceivedListenerDetails;
    got.headers!(details, (response) => (headers = response.responseHeaders ?? {}));
    const CONTENT_SECURITY_POLICY = [headers['Content-Security-Policy']].flat()[0]!;
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('applies the lock-down to every web contents the app creates', () => {
    const app = new EventEmitter();
    const { session } = fakeSession();
    // setupSecurity takes Electron's full App; it uses only `on('web-contents-created')`.
    setupSecurity(app as unknown as App, session, OWN);
    const contents = new FakeContents();
    app.emit('web-contents-created', electronEvent(), contents.asElectron());
    expect(contents.openHandler).not.toBeNull();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
  });

  it('recognises only the app’s own page as its own', () => {
    expect(isAppUrl(`${OWN}#/break`, OWN)).toBe(true);
    expect(isAppUrl('file:///tmp/evil/index.html', OWN)).toBe(false);
    expect(isAppUrl('https://opt/unknot/resources/app.asar/out/renderer/index.html', OWN)).toBe(false);
    expect(isAppUrl('not a url', OWN)).toBe(false);
  });
});
