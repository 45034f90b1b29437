/**
 * Small stand-ins for the parts of Electron the adapters use. They record what they were asked
 * to do so tests can assert it; nothing here runs Electron.
 */
import { EventEmitter } from 'node:events';

type Template = Array<Record<string, unknown>>;

export class FakeMenu {
  constructor(readonly template: Template) {}
  static buildFromTemplate(template: Template) {
    return new FakeMenu(template);
  }
}

export class FakeTray {
  static instances: FakeTray[] = [];
  tooltip = '';
  imagePath = '';
  menu: FakeMenu | null = null;
  destroyed = false;
  constructor(readonly image: FakeImage) {
    FakeTray.instances.push(this);
    this.imagePath = image.path;
  }
  setImage(image: FakeImage) {
    this.imagePath = image.path;
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu) {
    this.menu = menu;
  }
  destroy() {
    this.destroyed = true;
  }
  /** Clicks the menu item with this id, as a user would. */
  click(id: string) {
    const item = this.menu?.template.find((entry) => entry.id === id);
    if (!item) throw new Error(`no menu item ${id}`);
    if (item.enabled === false) throw new Error(`menu item ${id} is disabled`);
    (item.click as () => void)();
  }
}

export class FakeImage {
  template = false;
  constructor(readonly path: string) {}
  setTemplateImage(value: boolean) {
    this.template = value;
  }
}

export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  shown = false;
  closed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.instances.push(this);
  }
  static isSupported() {
    return FakeNotification.supported;
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
  }
  /**
   * The person clicks button `actionIndex`, as Electron 45 reports it in the event's details. The
   * deprecated positional index is left out on purpose, so code still reading it fails the tests.
   */
  clickButton(actionIndex: number) {
    const details = { actionIndex, selectionIndex: -1 } satisfies Electron.NotificationActionEventParams;
    this.emit('action', details);
  }
  /** The OS refuses the notification (Windows, or an unsigned macOS build), as Electron reports it. */
  fail(error: string) {
    this.emit('failed', { preventDefault: () => undefined, defaultPrevented: false } satisfies Electron.Event, error);
  }
}

// The fakes' methods must keep the shapes of Electron's own, so a sync/async or argument mismatch fails tsc.
type FakeWindowShape = Pick<Electron.BrowserWindow, 'showInactive' | 'show' | 'focus' | 'flashFrame' | 'isDestroyed' | 'close' | 'destroy'>;
type FakeNotificationShape = Pick<Electron.Notification, 'show' | 'close'>;
export const fakeShapesMatch = (w: FakeBrowserWindow, n: FakeNotification): [FakeWindowShape, FakeNotificationShape] => [w, n];

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  id = nextId++;
  sent: Array<{ channel: string; payload: unknown }> = [];
  destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  shownInactive = 0;
  shownWithFocus = 0;
  focusRequests = 0;
  flashing = false;
  alwaysOnTopLevel: string | null = null;
  loaded: { file: string; options?: { hash?: string } } | null = null;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  static alive() {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  setAlwaysOnTop(_flag: boolean, level: string) {
    this.alwaysOnTopLevel = level;
  }
  showInactive() {
    this.shownInactive += 1;
  }
  show() {
    this.shownWithFocus += 1;
  }
  focus() {
    this.focusRequests += 1;
  }
  flashFrame(flag: boolean) {
    this.flashing = flag;
  }
  isDestroyed() {
    return this.destroyed;
  }
  loadFile(file: string, options?: { hash?: string }) {
    this.loaded = { file, options };
    queueMicrotask(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  close() {
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export const fakeScreen = {
  cursor: { x: 2500, y: 300 },
  displays: [
    { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 984 } },
  ],
  getCursorScreenPoint() {
    return this.cursor;
  },
  getDisplayNearestPoint(point: { x: number; y: number }) {
    return this.displays.find((d) => point.x >= d.workArea.x && point.x < d.workArea.x + d.workArea.width) ?? this.displays[0]!;
  },
};

export const fakeIpcMain = Object.assign(new EventEmitter(), {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  handle(channel: string, handler: (...args: unknown[]) => unknown) {
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
});

export const fakePowerMonitor = Object.assign(new EventEmitter(), { idle: 0, getSystemIdleTime: () => 0 });

export const fakeApp = Object.assign(new EventEmitter(), {
  getPath: () => '/tmp/unknot-test',
  getAppPath: () => process.cwd(),
  getName: () => 'Unknot',
  getVersion: () => '0.0.0-test',
  isPackaged: false,
});

const electronApi = {
  Menu: FakeMenu,
  Notification: FakeNotification,
  Tray: FakeTray,
  BrowserWindow: FakeBrowserWindow,
  nativeImage: { createFromPath: (path: string) => new FakeImage(path) },
  screen: fakeScreen,
  ipcMain: fakeIpcMain,
  powerMonitor: fakePowerMonitor,
  app: fakeApp,
  shell: { openPath: async () => '' },
};

/** The module that replaces `electron` in adapter tests (named exports and a default, as Electron has). */
export const electronFake = { ...electronApi, default: electronApi };

/** Clears what the fakes recorded between tests. */
export const resetFakes = () => {
  FakeTray.instances = [];
  FakeBrowserWindow.instances = [];
  FakeNotification.instances = [];
  FakeNotification.supported = true;
  fakeIpcMain.handlers.clear();
  fakePowerMonitor.removeAllListeners();
};
