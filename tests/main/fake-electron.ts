/**
 * Small stand-ins for the parts of Electron the adapters use. They record what they were asked
 * to do so tests can assert it; nothing here runs Electron. Every Electron-facing member is typed
 * against node_modules/electron/electron.d.ts (`implements Pick<…>`, `satisfies`), so a fake that
 * is synchronous where Electron is asynchronous, or takes other arguments, fails `tsc`; members
 * marked "test-only" are not Electron's.
 */
import { EventEmitter } from 'node:events';
import type { App, IpcMain, PowerMonitor, Shell } from 'electron';
import { FakeImage, FakeMenu, FakeNotification, FakeTray, fakeNativeImage, MenuFake, NotificationFake, TrayFake } from './fake-electron-tray';
import { BrowserWindowFake, FakeBrowserWindow, FakeWebContents, fakeScreen, invokeEvent } from './fake-electron-windows';
import { electronEvent } from './fake-electron-event';

export { electronEvent, FakeBrowserWindow, FakeImage, FakeMenu, FakeNotification, FakeTray, FakeWebContents, fakeScreen, invokeEvent, MenuFake };
export type { Template } from './fake-electron-tray';

type InvokeListener = Parameters<IpcMain['handle']>[1];

/** The fake `ipcMain`: keeps each channel's handler so a test can invoke it. (electron-store also listens with `on`.) */
export const fakeIpcMain = Object.assign(new EventEmitter(), {
  handlers: new Map<string, InvokeListener>(),
  handle(channel: string, listener: InvokeListener): void {
    fakeIpcMain.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    fakeIpcMain.handlers.delete(channel);
  },
}) satisfies Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The fake `powerMonitor`: a test sets `idleSeconds` and emits lock, unlock, suspend and resume. */
export const fakePowerMonitor = Object.assign(new EventEmitter(), {
  idleSeconds: 0,
  getSystemIdleTime(): number {
    return fakePowerMonitor.idleSeconds;
  },
}) satisfies Pick<PowerMonitor, 'getSystemIdleTime'>;

/** `fakePowerMonitor` where code asks for Electron's whole PowerMonitor (its `on` returns the whole interface). */
export const fakePowerMonitorAsElectron = (): PowerMonitor => fakePowerMonitor as unknown as PowerMonitor;

/** The fake `app` (electron-store reads the user-data folder and the version from it). */
export const fakeApp = Object.assign(new EventEmitter(), {
  getPath: (_name: Parameters<App['getPath']>[0]): string => '/tmp/unknot-test',
  getAppPath: (): string => process.cwd(),
  getName: (): string => 'Unknot',
  getVersion: (): string => '0.0.0-test',
  isPackaged: false,
}) satisfies Pick<App, 'getPath' | 'getAppPath' | 'getName' | 'getVersion' | 'isPackaged'>;

/** The fake `shell`: opening a file succeeds (Electron answers an empty error string). */
export const fakeShell = {
  openPath: async (_path: string): Promise<string> => '',
} satisfies Pick<Shell, 'openPath'>;

const electronApi = {
  Menu: MenuFake,
  Notification: NotificationFake,
  Tray: TrayFake,
  BrowserWindow: BrowserWindowFake,
  nativeImage: fakeNativeImage,
  screen: fakeScreen,
  ipcMain: fakeIpcMain,
  powerMonitor: fakePowerMonitor,
  app: fakeApp,
  shell: fakeShell,
} satisfies Partial<Record<keyof typeof import('electron'), unknown>>;

/** The module that replaces `electron` in adapter tests (named exports and a default, as Electron has). */
export const electronFake = { ...electronApi, default: electronApi };

/** Clears what the fakes recorded between tests. */
export const resetFakes = (): void => {
  FakeTray.instances = [];
  FakeBrowserWindow.instances = [];
  FakeNotification.instances = [];
  FakeNotification.supported = true;
  fakeScreen.cursor = { x: 2500, y: 300 };
  fakeIpcMain.handlers.clear();
  fakePowerMonitor.removeAllListeners();
  fakePowerMonitor.idleSeconds = 0;
};
