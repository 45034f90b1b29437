/**
 * The tray, menu, image and notification parts of the `electron` fake (fake-electron.ts), each typed
 * against node_modules/electron/electron.d.ts. Electron's classes extend EventEmitter, so these do
 * too; `on`/`once` stay out of the `Pick<…>` checks only because their declared return type is the
 * polymorphic `this` (the whole Electron class).
 */
import { EventEmitter } from 'node:events';
import type {
  KeyboardEvent,
  Menu,
  MenuItem,
  MenuItemConstructorOptions,
  NativeImage,
  Notification,
  NotificationActionEventParams,
  NotificationConstructorOptions,
  Tray,
} from 'electron';
import { electronEvent } from './fake-electron-event';

/** What `Menu.buildFromTemplate` accepts (electron.d.ts). */
export type Template = Array<MenuItemConstructorOptions | MenuItem>;

/** A menu that keeps the template it was built from, so a test can read and click its items. */
export class FakeMenu extends EventEmitter {
  constructor(readonly template: Template) {
    super();
  }
  static buildFromTemplate(template: Template): Menu {
    // The tray hands the menu back to Electron, which needs the full class; only the template exists here.
    return new FakeMenu(template) as unknown as Menu;
  }
}

/** The fake `Menu` class, checked against Electron's static side. */
export const MenuFake = FakeMenu satisfies Pick<typeof Menu, 'buildFromTemplate'>;

/** An image made from a file: it only remembers the path and the template flag. */
export class FakeImage implements Pick<NativeImage, 'setTemplateImage' | 'isTemplateImage'> {
  template = false;
  constructor(readonly path: string) {}
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

/** The fake `nativeImage` module. */
export const fakeNativeImage = {
  // Tray and setImage take Electron's full NativeImage class; only FakeImage's members exist here.
  createFromPath: (path: string): NativeImage => new FakeImage(path) as unknown as NativeImage,
} satisfies Pick<typeof import('electron').nativeImage, 'createFromPath'>;

const pathOf = (image: NativeImage | string): string => (typeof image === 'string' ? image : image instanceof FakeImage ? image.path : '(not a file image)');

/** The tray icon: records its icon file, tooltip and menu; unusable after `destroy`, as in Electron. */
export class FakeTray extends EventEmitter implements Pick<Tray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy' | 'isDestroyed'> {
  static instances: FakeTray[] = [];
  tooltip = '';
  imagePath: string;
  menu: Menu | null = null;
  #destroyed = false;
  constructor(image: NativeImage | string, _guid?: string) {
    super();
    FakeTray.instances.push(this);
    this.imagePath = pathOf(image);
  }
  setImage(image: NativeImage | string): void {
    this.#assertAlive();
    this.imagePath = pathOf(image);
  }
  setToolTip(toolTip: string): void {
    this.#assertAlive();
    this.tooltip = toolTip;
  }
  setContextMenu(menu: Menu | null): void {
    this.#assertAlive();
    this.menu = menu;
  }
  destroy(): void {
    this.#destroyed = true;
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  /** Test-only: the items of the menu last set, as the app built them. */
  template(): Template {
    return this.menu instanceof FakeMenu ? this.menu.template : [];
  }
  /** Test-only: finds an item a person can reach: every menu on the way enabled and shown, the item too. */
  reachable(id: string, items: Template = this.template()): Template[number] | undefined {
    for (const item of items) {
      if (item.visible === false || item.enabled === false) continue;
      if (item.id === id) return item;
      const inner = Array.isArray(item.submenu) ? this.reachable(id, item.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  }
  /** Test-only: clicks a menu item as a person would, with the arguments Electron passes to `click`. */
  click(id: string): void {
    this.#assertAlive();
    const item = this.reachable(id);
    if (!item) throw new Error(`menu item ${id} is missing, hidden or disabled`);
    const event: KeyboardEvent = { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, triggeredByAccelerator: false };
    // Electron passes its own MenuItem, built from these options, with a checkbox already flipped.
    const menuItem = { ...item, checked: item.type === 'checkbox' ? !item.checked : item.checked } as unknown as MenuItem;
    (item.click as MenuItemConstructorOptions['click'])?.(menuItem, undefined, event);
  }
  // Electron throws "Object has been destroyed" when a destroyed tray is used.
  #assertAlive(): void {
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }
}

/** The fake `Tray` class; its constructor is checked against Electron's. */
export const TrayFake = FakeTray satisfies new (image: NativeImage | string, guid?: string) => Pick<Tray, 'destroy'>;

/** A desktop notification: records its options and whether it was shown and closed. */
export class FakeNotification extends EventEmitter implements Pick<Notification, 'show' | 'close'> {
  static instances: FakeNotification[] = [];
  static supported = true;
  shown = false;
  closed = false;
  constructor(readonly options: NotificationConstructorOptions = {}) {
    super();
    FakeNotification.instances.push(this);
  }
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
  }
  /** Test-only: the person clicks the notification's body. */
  clickBody(): void {
    this.emit('click', electronEvent());
  }
  /**
   * Test-only: the person clicks button `actionIndex`, as Electron 45 reports it in the event's
   * details. The deprecated positional index is left out on purpose, so code still reading it fails.
   */
  clickButton(actionIndex: number): void {
    this.emit('action', electronEvent<NotificationActionEventParams>({ actionIndex, selectionIndex: -1 }));
  }
  /** Test-only: the OS refuses the notification (Windows, or an unsigned macOS build), as Electron reports it. */
  fail(error: string): void {
    this.emit('failed', electronEvent(), error);
  }
}

/** The fake `Notification` class; its constructor and `isSupported` are checked against Electron's. */
export const NotificationFake = FakeNotification satisfies Pick<typeof Notification, 'isSupported'> &
  (new (options?: NotificationConstructorOptions) => Pick<Notification, 'show' | 'close'>);
