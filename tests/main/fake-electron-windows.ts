/**
 * The window, web contents and screen parts of the `electron` fake (fake-electron.ts), each typed
 * against node_modules/electron/electron.d.ts (`on`/`once` left out of the `Pick<…>` checks only
 * because their declared return type is the whole Electron class).
 */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Display,
  IpcMainInvokeEvent,
  LoadFileOptions,
  Point,
  Rectangle,
  RenderProcessGoneDetails,
  Screen,
  WebContents,
  WebFrameMain,
} from 'electron';
import { electronEvent } from './fake-electron-event';

let nextId = 1;

/** A window's web contents: records what the app sends it; dies with its window. */
export class FakeWebContents extends EventEmitter implements Pick<WebContents, 'id' | 'send' | 'isDestroyed'> {
  readonly id = nextId++;
  sent: Array<{ channel: string; args: unknown[] }> = [];
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** Test-only: the renderer process dies, reported as Electron does. */
  crash(reason: RenderProcessGoneDetails['reason'] = 'crashed', exitCode = 139): void {
    this.emit('render-process-gone', electronEvent(), { reason, exitCode } satisfies RenderProcessGoneDetails);
  }
  /** Test-only: this object where code under test asks for Electron's full `WebContents` class. */
  asElectron(): WebContents {
    // Only the members above exist; the code under test uses no others.
    return this as unknown as WebContents;
  }
}

type AlwaysOnTopLevel = NonNullable<Parameters<BrowserWindow['setAlwaysOnTop']>[1]>;

/** A BrowserWindow: records its options, what it loads and how it was shown; 'ready-to-show' follows a load. */
export class FakeBrowserWindow
  extends EventEmitter
  implements Pick<BrowserWindow, 'showInactive' | 'show' | 'focus' | 'flashFrame' | 'isDestroyed' | 'close' | 'destroy' | 'setAlwaysOnTop' | 'loadFile' | 'setBounds'>
{
  static instances: FakeBrowserWindow[] = [];
  readonly contents = new FakeWebContents();
  // The adapters read webContents as Electron's full class (id, on); only FakeWebContents' members exist.
  readonly webContents = this.contents.asElectron();
  shownInactive = 0;
  shownWithFocus = 0;
  focusRequests = 0;
  flashing = false;
  alwaysOnTopLevel: AlwaysOnTopLevel | null = null;
  loaded: { file: string; options?: LoadFileOptions } | null = null;
  /** Where the app last placed the window after creating it (setBounds), or null. */
  bounds: Partial<Rectangle> | null = null;
  destroyed = false;
  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  /** Test-only: the windows not yet destroyed. */
  static alive(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  setAlwaysOnTop(flag: boolean, level?: AlwaysOnTopLevel, _relativeLevel?: number): void {
    // Electron's default level is 'floating'.
    this.alwaysOnTopLevel = flag ? (level ?? 'floating') : null;
  }
  setBounds(bounds: Partial<Rectangle>, _animate?: boolean): void {
    this.bounds = bounds;
  }
  showInactive(): void {
    this.shownInactive += 1;
  }
  show(): void {
    this.shownWithFocus += 1;
  }
  focus(): void {
    this.focusRequests += 1;
  }
  flashFrame(flag: boolean): void {
    this.flashing = flag;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    this.loaded = { file: filePath, options };
    // One microtask later, as the tests await it: the page has loaded and can be shown.
    queueMicrotask(() => {
      if (!this.destroyed) this.emit('ready-to-show', electronEvent());
    });
    return Promise.resolve();
  }
  /** Electron emits a cancellable 'close', then destroys the window unless a listener prevented it. */
  close(): void {
    const event = electronEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.contents.destroyed = true;
    this.emit('closed');
  }
  /** Test-only: the person brings the window to the front. */
  focusByUser(): void {
    this.emit('focus', electronEvent());
  }
}

/** The fake `BrowserWindow` class; its constructor is checked against Electron's. */
export const BrowserWindowFake = FakeBrowserWindow satisfies new (options?: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadFile' | 'close'>;

const display = (id: number, workArea: Rectangle): Display => ({
  accelerometerSupport: 'unknown',
  bounds: { ...workArea, height: workArea.height + 40 },
  colorDepth: 24,
  colorSpace: 'srgb',
  depthPerComponent: 8,
  detected: true,
  displayFrequency: 60,
  id,
  internal: false,
  label: `Test display ${id}`,
  maximumCursorSize: { width: 64, height: 64 },
  monochrome: false,
  nativeOrigin: { x: workArea.x, y: workArea.y },
  rotation: 0,
  scaleFactor: 1,
  size: { width: workArea.width, height: workArea.height + 40 },
  touchSupport: 'unknown',
  workArea,
  workAreaSize: { width: workArea.width, height: workArea.height },
});

/** The fake `screen`: two displays side by side; a test moves `cursor` (on the second display at first). */
export const fakeScreen = Object.assign(
  {
    cursor: { x: 2500, y: 300 } as Point,
    displays: [display(1, { x: 0, y: 0, width: 1920, height: 1040 }), display(2, { x: 1920, y: 0, width: 1280, height: 984 })],
  },
  {
    getCursorScreenPoint(): Point {
      return fakeScreen.cursor;
    },
    getDisplayNearestPoint(point: Point): Display {
      return fakeScreen.displays.find((d) => point.x >= d.workArea.x && point.x < d.workArea.x + d.workArea.width) ?? fakeScreen.displays[0]!;
    },
  } satisfies Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint'>,
);

/** An `ipcMain.handle` event from `sender`'s main frame at `frameUrl`, with Electron's fields. */
export const invokeEvent = (sender: FakeWebContents, frameUrl: string): IpcMainInvokeEvent => ({
  ...electronEvent(),
  frameId: 1,
  processId: 4,
  type: 'frame',
  sender: sender.asElectron(),
  // The gatekeeper reads only the frame's url; Electron's WebFrameMain is a full class.
  senderFrame: { url: frameUrl } as unknown as WebFrameMain,
});
