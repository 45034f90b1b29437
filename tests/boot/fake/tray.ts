import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { KeyboardEvent, Menu, MenuItem, MenuItemConstructorOptions, NativeImage, Notification, NotificationConstructorOptions, Size, Tray } from 'electron';
import type { AddRepresentationOptions, CreateFromBitmapOptions, ToBitmapOptions } from 'electron'; // tray ring (issue 15)
import { assertReady } from './app';
import { assertAlive } from './events';
import { record } from './recorder';

type Template = Array<MenuItemConstructorOptions | MenuItem>;

/** A native image made from a file: remembers the path; empty when the file is missing, as in Electron. */
class FakeNativeImage implements Pick<NativeImage, 'isEmpty' | 'getSize' | 'setTemplateImage' | 'isTemplateImage' | 'toBitmap' | 'getScaleFactors' | 'addRepresentation'> {
  #template = false;
  constructor(readonly path: string) {}
  isEmpty(): boolean {
    return !existsSync(this.path);
  }
  getSize(_scaleFactor?: number): Size {
    return this.isEmpty() ? { width: 0, height: 0 } : { width: 22, height: 22 };
  }
  setTemplateImage(option: boolean): void {
    this.#template = option;
  }
  isTemplateImage(): boolean {
    return this.#template;
  }
  /** tray ring (issue 15): a blank bitmap of the reported size; a file image has the one scale 1. */
  toBitmap(_options?: ToBitmapOptions): Buffer {
    const { width, height } = this.getSize();
    return Buffer.alloc(width * height * 4);
  }
  getScaleFactors(): number[] {
    return this.isEmpty() ? [] : [1];
  }
  addRepresentation(_options: AddRepresentationOptions): void {}
}

const pathOf = (image: NativeImage | string): string => (typeof image === 'string' ? image : image instanceof FakeNativeImage ? image.path : '(not a file image)');

/** The fake `nativeImage` module. */
export const nativeImage = {
  createFromPath: (path: string): NativeImage => new FakeNativeImage(path) as unknown as NativeImage,
  // tray ring (issue 15): the tray records it as '(bitmap WxH)', not a file.
  createFromBitmap: (_buffer: Buffer, options: CreateFromBitmapOptions): NativeImage => new FakeNativeImage(`(bitmap ${options.width}x${options.height})`) as unknown as NativeImage,
} satisfies Pick<typeof import('electron').nativeImage, 'createFromPath' | 'createFromBitmap'>;

/** A menu keeps its template, so a click runs the item's own `click` as Electron would. */
class FakeMenu extends EventEmitter {
  constructor(readonly template: Template) {
    super();
  }
  static buildFromTemplate(template: Template): Menu {
    return new FakeMenu(template) as unknown as Menu;
  }
  static setApplicationMenu(menu: Menu | null): void {
    record('application-menu', { items: menu === null ? null : (menu as unknown as FakeMenu).template.map((item) => item.role ?? item.label ?? item.id) });
  }
}

/** The fake `Menu` class. */
export const MenuFake = FakeMenu satisfies Pick<typeof import('electron').Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

const trays: FakeTray[] = [];

/** The tray icon: records its icon file, tooltip and menu; unusable after `destroy`, as in Electron. */
class FakeTray extends EventEmitter implements Pick<Tray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy' | 'isDestroyed'> {
  #destroyed = false;
  #menu: Template = [];
  constructor(image: NativeImage | string, _guid?: string) {
    super();
    assertReady('Tray');
    trays.push(this);
    const icon = pathOf(image);
    record('tray', { icon, iconExists: existsSync(icon) });
  }
  setImage(image: NativeImage | string): void {
    assertAlive(this.#destroyed, 'tray', 'setImage');
    const icon = pathOf(image);
    record('tray-image', { icon, iconExists: existsSync(icon) });
  }
  setToolTip(toolTip: string): void {
    assertAlive(this.#destroyed, 'tray', 'setToolTip');
    record('tray-tooltip', { text: toolTip });
  }
  setContextMenu(menu: Menu | null): void {
    assertAlive(this.#destroyed, 'tray', 'setContextMenu');
    this.#menu = menu === null ? [] : (menu as unknown as FakeMenu).template;
    record('tray-menu', { items: this.#menu.map((item) => ({ id: item.id, label: item.label, enabled: item.enabled !== false })) });
  }
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    record('tray-destroyed');
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  /** Finds an item the user can reach: every menu on the way open, the item itself enabled and visible. */
  reachable(id: string, items: Template = this.#menu): MenuItemConstructorOptions | MenuItem | undefined {
    for (const item of items) {
      if (item.visible === false || item.enabled === false) continue;
      if (item.id === id) return item;
      const inner = Array.isArray(item.submenu) ? this.reachable(id, item.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  }
}

/** The fake `Tray` class; its constructor is checked against Electron's. */
export const TrayFake = FakeTray satisfies new (image: NativeImage | string, guid?: string) => Pick<Tray, 'destroy'>;

/** Clicks a tray menu item as a user would: only a live tray, only an item that is enabled and shown. */
export const clickTrayItem = (id: string): void => {
  const tray = trays.filter((t) => !t.isDestroyed()).at(-1);
  if (!tray) throw new Error('there is no tray icon to click');
  const item = tray.reachable(id);
  if (!item) throw new Error(`tray item ${id} is missing, hidden or disabled`);
  record('tray-click', { id });
  // Electron flips a checkbox before it calls click(menuItem, focusedWindow, event), from the
  // native menu: what the app's handler throws is an uncaught exception, not the command's failure.
  const menuItem = { ...item, checked: item.type === 'checkbox' ? !item.checked : item.checked } as unknown as MenuItem;
  const event: KeyboardEvent = { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, triggeredByAccelerator: false };
  setImmediate(() => (item.click as MenuItemConstructorOptions['click'])?.(menuItem, undefined, event));
};

/** A desktop notification: records what it says. */
class FakeNotification extends EventEmitter implements Pick<Notification, 'show' | 'close'> {
  readonly #options: NotificationConstructorOptions;
  constructor(options: NotificationConstructorOptions = {}) {
    super();
    this.#options = options;
  }
  show(): void {
    record('notification', { title: this.#options.title, body: this.#options.body });
  }
  close(): void {
    record('notification-closed', { title: this.#options.title });
  }
  static isSupported(): boolean {
    return true;
  }
}

/** The fake `Notification` class; its constructor and `isSupported` are checked against Electron's. */
export const NotificationFake = FakeNotification satisfies Pick<typeof import('electron').Notification, 'isSupported'> &
  (new (options?: NotificationConstructorOptions) => Pick<Notification, 'show' | 'close'>);
