import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, createServer, type ClientRequest, type IncomingMessage, type RequestOptions, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import { AppImageUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateView } from '../../../main/core/ipc/contract';
import { createUpdates, type Updates } from '../../../main/platform/updates';

/**
 * The real electron-updater (its AppImageUpdater, GenericProvider, update-info parser, semver
 * comparison, download with sha512 check, progress and cache) against a local HTTP server: no
 * network, no Electron. Two stand-ins, both typed against electron-updater's own declarations:
 * - the AppAdapter, the constructor's documented second argument (node_modules/electron-updater/out/AppAdapter.d.ts),
 *   replaces ElectronAppAdapter (which reads `require('electron').app`);
 * - the HTTP executor: electron-updater downloads through Electron's `net` (out/electronHttpExecutor.js).
 *   This one extends the same base class (builder-util-runtime's HttpExecutor, which does the
 *   response handling, redirects, checksum and progress) and differs only in `createRequest`:
 *   Node's http.request instead of `net.request`. Its `download` is ElectronHttpExecutor.download's.
 */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return request(options, callback);
  }
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(requestOptions, { destination, options, onCancel, callback: (error) => (error == null ? resolve(destination) : reject(error)), responseHandler: null }, 0);
    });
  }
}

type AppAdapter = NonNullable<ConstructorParameters<typeof AppImageUpdater>[1]>;

const payload = randomBytes(192 * 1024);
const sha512 = createHash('sha512').update(payload).digest('base64');
const metadata = (version: string) =>
  [`version: ${version}`, 'files:', `  - url: Unknot-${version}.AppImage`, `    sha512: ${sha512}`, `    size: ${payload.length}`, `path: Unknot-${version}.AppImage`, `sha512: ${sha512}`, "releaseDate: '2026-05-01T10:00:00.000Z'", ''].join('\n');

type Mode = { yml: string; download: 'whole' | 'cut' };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
let server: Server;
let mode: Mode;
let requests: string[];
let quitHandlers: ((exitCode: number) => void)[];
let updates: Updates;

/** Sends the file in three parts a second apart (so electron-updater reports progress), or cuts the connection half-way. */
const serveFile = async (res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': payload.length });
  const third = Math.floor(payload.length / 3);
  res.write(payload.subarray(0, third));
  await wait(1100);
  if (mode.download === 'cut') {
    res.write(payload.subarray(third, third + 1000));
    await wait(50);
    res.socket?.destroy();
    return;
  }
  res.write(payload.subarray(third, 2 * third));
  await wait(50);
  res.end(payload.subarray(2 * third));
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unknot-updates-'));
  requests = [];
  quitHandlers = [];
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    // latest-linux.yml here; latest.yml / latest-mac.yml when this test runs on Windows or macOS.
    if (/^\/latest.*\.yml$/.test(path)) res.end(mode.yml);
    else if (path.endsWith('.AppImage')) void serveFile(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // What electron-builder writes into resources/app-update.yml, with a generic feed instead of GitHub.
  writeFileSync(join(dir, 'app-update.yml'), `provider: generic\nurl: ${feed}\nupdaterCacheDirName: unknot-updater\n`);
  const oldAppImage = join(dir, 'Unknot-0.1.0.AppImage');
  writeFileSync(oldAppImage, 'the running AppImage');
  // The AppImage runtime sets APPIMAGE; AppImageUpdater refuses to run without it.
  vi.stubEnv('APPIMAGE', oldAppImage);

  const app = {
    version: '0.1.0',
    name: 'Unknot',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'app-update.yml'),
    userDataPath: join(dir, 'user-data'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: (handler: (exitCode: number) => void) => void quitHandlers.push(handler),
  } satisfies AppAdapter;
  const updater = new AppImageUpdater(null, app);
  // httpExecutor is internal (not in AppUpdater.d.ts); with an AppAdapter given, the constructor sets it to null.
  (updater as unknown as { httpExecutor: NodeHttpExecutor }).httpExecutor = new NodeHttpExecutor();
  // The differential path reads a block map out of the old AppImage; this stand-in has none, so go straight to the full download.
  updater.disableDifferentialDownload = true;

  let lastCheck: number | null = null;
  updates = createUpdates({
    packaged: true,
    currentVersion: '0.1.0',
    selfUpdate: true,
    updater: () => updater,
    automatic: () => true,
    lastCheck: { read: () => lastCheck, write: (at) => void (lastCheck = at) },
    now: () => Date.now(),
    openExternal: async () => undefined,
    setTimer: () => null,
    clearTimer: () => undefined,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  rmSync(dir, { recursive: true, force: true });
});

/** Every state About would have shown, until one matches. */
const until = (predicate: (view: UpdateView) => boolean, seen: UpdateView[], ms = 15_000) =>
  new Promise<UpdateView>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such state; saw ${seen.map((v) => v.status.state).join(' → ')}`)), ms);
    const stop = updates.onChange((view) => {
      seen.push(view);
      if (predicate(view)) {
        clearTimeout(timer);
        stop();
        resolve(view);
      }
    });
  });

const pendingFiles = () => {
  const cache = join(dir, 'cache', 'unknot-updater');
  return existsSync(cache) ? readdirSync(cache, { recursive: true }).map(String) : [];
};

describe('updates through the real electron-updater and a local update server', () => {
  it('finds a newer version, downloads it in the background with progress, and offers it only once the file is complete and verified', async () => {
    mode = { yml: metadata('0.2.0'), download: 'whole' };
    const seen: UpdateView[] = [];
    const ready = until((v) => v.status.state === 'downloaded', seen);
    await updates.check();
    const view = await ready;

    expect(seen.map((v) => v.status.state)).toEqual(expect.arrayContaining(['downloading', 'downloaded']));
    const percents = seen.flatMap((v) => (v.status.state === 'downloading' ? [v.status.percent] : []));
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(view.status).toEqual({ state: 'downloaded', version: '0.2.0', installOnQuit: false });
    // The file electron-updater kept is byte for byte what the server published.
    const file = pendingFiles().find((name) => name.endsWith('Unknot-0.2.0.AppImage'));
    expect(file).toBeDefined();
    expect(readFileSync(join(dir, 'cache', 'unknot-updater', file!)).equals(payload)).toBe(true);
    // Nothing is installed on quit until the person agrees ("Install when I quit").
    expect(quitHandlers).toHaveLength(0);
    await updates.choose('install-on-quit');
    expect(updates.view().status).toEqual({ state: 'downloaded', version: '0.2.0', installOnQuit: true });
    expect(quitHandlers).toHaveLength(1);
  });

  it('says Unknot is up to date when the server offers the running version, and downloads nothing', async () => {
    mode = { yml: metadata('0.1.0'), download: 'whole' };
    const view = await updates.check();
    expect(view.status.state).toBe('up-to-date');
    expect(requests.some((path) => path.endsWith('.AppImage'))).toBe(false);
  });

  it('reports broken metadata as a failed check, and the next check works', async () => {
    mode = { yml: 'version: [0.2.0\n  files: {{ this is not yaml', download: 'whole' };
    const broken = await updates.check();
    expect(broken.status).toMatchObject({ state: 'error', during: 'check' });
    expect(broken.status.state === 'error' && broken.status.message).toMatch(/Cannot parse update info/);
    expect(broken.status.state === 'error' && broken.status.message.length).toBeLessThanOrEqual(200);

    mode = { yml: metadata('0.1.0'), download: 'whole' };
    expect((await updates.check()).status.state).toBe('up-to-date');
  });

  it('when the connection drops half-way through the download: a download failure, no install offered, nothing left to install on quit', async () => {
    mode = { yml: metadata('0.2.0'), download: 'cut' };
    const seen: UpdateView[] = [];
    const failed = until((v) => v.status.state === 'error', seen);
    await updates.check();
    const view = await failed;

    expect(view.status).toMatchObject({ state: 'error', during: 'download' });
    expect(seen.some((v) => v.status.state === 'downloaded')).toBe(false);
    await expect(updates.choose('install-on-quit')).rejects.toThrow('No update is ready');
    expect(quitHandlers).toHaveLength(0);
    expect(pendingFiles().filter((name) => name.endsWith('.AppImage'))).toEqual([]);
  });
});
