import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { isAppUrl, lockDownContents, lockDownSession, setupSecurity } = await import('../../main/platform/security');
const { createSecureWindow } = await import('../../main/windows/window-options');

const OWN = 'file:///opt/unknot/resources/app.asar/out/renderer/index.html';

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

type Handlers = {
  permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null;
  check: (() => boolean) | null;
  before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null;
  headers: ((d: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null;
};

const fakeSession = () => {
  const s: Handlers & Record<string, unknown> = {
    permission: null,
    check: null,
    before: null,
    headers: null,
  };
  Object.assign(s, {
    setPermissionRequestHandler: (h: Handlers['permission']) => (s.permission = h),
    setPermissionCheckHandler: (h: Handlers['check']) => (s.check = h),
    webRequest: {
      onBeforeRequest: (h: Handlers['before']) => (s.before = h),
      onHeadersReceived: (h: Handlers['headers']) => (s.headers = h),
    },
  });
  return s;
};

const navigate = (contents: FakeContents, event: string, url: string) => {
  const e = { preventDefault: vi.fn() };
  contents.emit(event, e, url);
  return e.preventDefault.mock.calls.length > 0;
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
    lockDownContents(contents as never, OWN);
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(contents, 'will-navigate', `${OWN}#/break`)).toBe(false);
    expect(navigate(contents, 'will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = new FakeContents();
    lockDownContents(contents as never, OWN);
    expect(contents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: OWN })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const s = fakeSession();
    lockDownSession(s as never);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      s.permission!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(s.check!()).toBe(false);
  });

  it('loads no remote content: only file:, data: and devtools: requests go through', () => {
    const s = fakeSession();
    lockDownSession(s as never);
    const cancelled = (url: string) => {
      let result = { cancel: false };
      s.before!({ url }, (r) => (result = r));
      return result.cancel;
    };
    expect(cancelled('https://cdn.example.com/x.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true);
    expect(cancelled('ws://localhost:1234/')).toBe(true);
    expect(cancelled(`${OWN}`)).toBe(false);
    expect(cancelled('data:image/svg+xml;base64,AAAA')).toBe(false);
  });

  it('sends a strict Content-Security-Policy header and the page carries the same policy', () => {
    const s = fakeSession();
    lockDownSession(s as never);
    let headers: Record<string, string[]> = {};
    s.headers!({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    const CONTENT_SECURITY_POLICY = headers['Content-Security-Policy']![0]!;
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('applies the lock-down to every web contents the app creates', () => {
    const app = new EventEmitter();
    const s = fakeSession();
    setupSecurity(app as never, s as never, OWN);
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
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
