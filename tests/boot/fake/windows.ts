import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions, Display, LoadFileOptions, Point, Rectangle, Screen, WebContents } from 'electron';
import { app, assertReady } from './app';
import { assertAlive, electronEvent, emitFromNative } from './events';
import { record } from './recorder';

let nextId = 1;
const live = new Set<FakeBrowserWindow>();
const contentsById = new Map<number, FakeWebContents>();

/** A window's web contents: what the app sends it is recorded; it dies with its window. */
class FakeWebContents extends EventEmitter implements Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'setWindowOpenHandler'> {
  readonly id = nextId++;
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    assertAlive(this.destroyed, `web contents ${this.id}`, 'send');
    record('send', { contents: this.id, channel, args: args.length });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(..._args: Parameters<WebContents['setWindowOpenHandler']>): void {
    record('window-open-handler', { contents: this.id });
  }
}

/**
 * A BrowserWindow: records its title, preload and what it loads (and whether those files exist);
 * shows 'ready-to-show' once the file "loads", and rejects loading a missing file as Electron does
 * (ERR_FILE_NOT_FOUND).
 */
class FakeBrowserWindow
  extends EventEmitter
  implements Pick<BrowserWindow, 'id' | 'loadFile' | 'show' | 'showInactive' | 'focus' | 'close' | 'destroy' | 'isDestroyed' | 'setAlwaysOnTop' | 'getTitle' | 'flashFrame' | 'setBounds'>
{
  readonly id = nextId++;
  readonly #contents = new FakeWebContents();
  // The app reads webContents as Electron's full type; only the members above exist here.
  readonly webContents = this.#contents as unknown as WebContents;
  #destroyed = false;
  readonly #title: string;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    assertReady('BrowserWindow');
    this.#title = options.title ?? '';
    const prefs = options.webPreferences ?? {};
    live.add(this);
    contentsById.set(this.#contents.id, this.#contents);
    record('window', {
      id: this.id,
      contents: this.#contents.id,
      title: this.#title,
      preload: prefs.preload,
      preloadExists: prefs.preload !== undefined && existsSync(prefs.preload),
      sandbox: prefs.sandbox,
      contextIsolation: prefs.contextIsolation,
      nodeIntegration: prefs.nodeIntegration,
    });
    emitFromNative(app, 'web-contents-created', electronEvent(), this.webContents);
  }

  async loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'loadFile');
    const exists = existsSync(filePath);
    record('window-load', { id: this.id, file: filePath, exists, hash: options?.hash, query: options?.query });
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (!exists) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading 'file://${filePath}'`);
    if (this.#destroyed) return;
    emitFromNative(this.#contents, 'did-finish-load', electronEvent());
    emitFromNative(this, 'ready-to-show', electronEvent());
  }

  flashFrame(flag: boolean): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'flashFrame');
    record('window-flash', { id: this.id, flag });
  }

  show(): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'show');
    record('window-show', { id: this.id, focus: true });
  }

  showInactive(): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'showInactive');
    record('window-show', { id: this.id, focus: false });
  }

  focus(): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'focus');
  }

  setBounds(bounds: Partial<Rectangle>, _animate?: boolean): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'setBounds');
    record('window-bounds', { id: this.id, ...bounds });
  }

  setAlwaysOnTop(_flag: boolean, _level?: Parameters<BrowserWindow['setAlwaysOnTop']>[1], _relativeLevel?: number): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'setAlwaysOnTop');
  }

  getTitle(): string {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'getTitle');
    return this.#title;
  }

  close(): void {
    assertAlive(this.#destroyed, `window ${this.#title}`, 'close');
    const event = electronEvent();
    emitFromNative(this, 'close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#contents.destroyed = true;
    live.delete(this);
    contentsById.delete(this.#contents.id);
    record('window-closed', { id: this.id, title: this.#title });
    emitFromNative(this, 'closed');
    emitFromNative(this.#contents, 'destroyed');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  static getAllWindows(): BrowserWindow[] {
    return [...live] as unknown as BrowserWindow[];
  }
}

/** The fake `BrowserWindow` class; its constructor is checked against Electron's. */
export const BrowserWindowFake = FakeBrowserWindow satisfies new (options?: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadFile' | 'close'>;

/** The fake `webContents` module. */
export const webContents = {
  fromId: (id: number): WebContents | undefined => contentsById.get(id) as unknown as WebContents | undefined,
  getAllWebContents: (): WebContents[] => [...contentsById.values()] as unknown as WebContents[],
} satisfies Pick<typeof import('electron').webContents, 'fromId' | 'getAllWebContents'>;

/** Closes every window as Quit does, each on its own turn (each may refuse), then calls `done`. */
export const closeAllWindows = (done: () => void): void => {
  for (const win of [...live]) setImmediate(() => win.close());
  setImmediate(done);
};

const DISPLAY: Display = {
  accelerometerSupport: 'unknown',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  colorDepth: 24,
  colorSpace: 'srgb',
  depthPerComponent: 8,
  detected: true,
  displayFrequency: 60,
  id: 1,
  internal: false,
  label: 'Boot test display',
  maximumCursorSize: { width: 64, height: 64 },
  monochrome: false,
  nativeOrigin: { x: 0, y: 0 },
  rotation: 0,
  scaleFactor: 1,
  size: { width: 1920, height: 1080 },
  touchSupport: 'unknown',
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  workAreaSize: { width: 1920, height: 1040 },
};

/** The fake `screen`: one 1920×1080 display with the cursor in its middle. */
export const screen = Object.assign(new EventEmitter(), {
  getCursorScreenPoint: (): Point => (assertReady('screen'), { x: 960, y: 540 }),
  getDisplayNearestPoint: (_point: Point): Display => DISPLAY,
  getPrimaryDisplay: (): Display => DISPLAY,
  getAllDisplays: (): Display[] => [DISPLAY],
}) satisfies Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getPrimaryDisplay' | 'getAllDisplays'>;
