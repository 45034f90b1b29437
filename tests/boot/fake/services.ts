import { EventEmitter } from 'node:events';
import type { Clipboard, Dialog, GlobalShortcut, IpcMain, Net, PowerMonitor, SaveDialogOptions, SaveDialogReturnValue, Session, Shell, WebRequest } from 'electron';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron'; // your own techniques (issue 15 §1)
import type { SystemPreferences } from 'electron'; // posture sensing (issue 14)
import { assertReady } from './app';
import { record } from './recorder';

/** The fake `ipcMain`: handlers are kept; nothing calls them here (no renderer runs). */
export const ipcMain = Object.assign(new EventEmitter(), {
  handle: (channel: string, _listener: Parameters<IpcMain['handle']>[1]): void => {
    record('ipc-handle', { channel });
  },
  removeHandler: (channel: string): void => {
    record('ipc-remove-handler', { channel });
  },
}) satisfies Pick<IpcMain, 'handle' | 'removeHandler'>;

const webRequest = {
  onBeforeRequest: (..._args: unknown[]): void => undefined,
  onHeadersReceived: (..._args: unknown[]): void => undefined,
} satisfies Pick<WebRequest, 'onBeforeRequest' | 'onHeadersReceived'>;

const defaultSession = {
  setPermissionRequestHandler: (_handler: Parameters<Session['setPermissionRequestHandler']>[0]): void => undefined,
  setPermissionCheckHandler: (_handler: Parameters<Session['setPermissionCheckHandler']>[0]): void => undefined,
  webRequest: webRequest as unknown as WebRequest,
} satisfies Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;

/** The fake `session` module; like Electron's, its default session exists only once the app is ready. */
export const session = {
  get defaultSession(): Session {
    assertReady('session.defaultSession');
    return defaultSession as unknown as Session;
  },
} satisfies Pick<typeof import('electron').session, 'defaultSession'>;

/** The fake `dialog`: a save dialog the user cancels. */
export const dialog = {
  showSaveDialog: async (..._args: [SaveDialogOptions] | [unknown, SaveDialogOptions]): Promise<SaveDialogReturnValue> => ({ canceled: true, filePath: '' }),
  // your own techniques (issue 15 §1): the import's open dialog, which the user cancels too.
  showOpenDialog: async (..._args: [OpenDialogOptions] | [unknown, OpenDialogOptions]): Promise<OpenDialogReturnValue> => ({ canceled: true, filePaths: [] }),
} satisfies Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

/** The fake `shell`: opening a file succeeds (an empty error string). */
export const shell = {
  openPath: async (path: string): Promise<string> => {
    record('open-path', { path });
    return '';
  },
  // About's "Open the release page" (main/platform/updates.ts); opens nothing here.
  openExternal: async (url: string): Promise<void> => {
    record('open-external', { url });
  },
} satisfies Pick<Shell, 'openPath' | 'openExternal'>;

/** The clipboard Diagnostics' Copy button writes to. */
export const clipboard = {
  // Electron 45's writeText is asynchronous (electron.d.ts), like navigator.clipboard's.
  writeText: async (text: string): Promise<void> => {
    record('clipboard', { text });
  },
} satisfies Pick<Clipboard, 'writeText'>;

/** The fake `globalShortcut`: every accelerator is free. */
export const globalShortcut = {
  register: (accelerator: string, _callback: () => void): boolean => {
    record('shortcut', { accelerator });
    return true;
  },
  unregisterAll: (): void => {
    record('shortcuts-released');
  },
} satisfies Pick<GlobalShortcut, 'register' | 'unregisterAll'>;

/** The fake `powerMonitor`: never idle, never locked. */
export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: (): number => 0,
  getSystemIdleState: (_idleThreshold: number): ReturnType<PowerMonitor['getSystemIdleState']> => 'active',
  isOnBatteryPower: (): boolean => false, // posture sensing (issue 14): on mains power
}) satisfies Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState' | 'isOnBatteryPower'>;

/** posture sensing (issue 14): the fake `systemPreferences`; macOS's camera question is answered "granted" (only asked on darwin). */
export const systemPreferences = {
  askForMediaAccess: async (mediaType: 'microphone' | 'camera'): Promise<boolean> => {
    record('ask-media-access', { mediaType });
    return true;
  },
  getMediaAccessStatus: (_mediaType: 'microphone' | 'camera' | 'screen'): ReturnType<SystemPreferences['getMediaAccessStatus']> => 'granted',
} satisfies Pick<SystemPreferences, 'askForMediaAccess' | 'getMediaAccessStatus'>;

/** The fake `net`: the test machine's own fetch (the boot profile has no calendar to read). */
export const net = {
  fetch: (input: Parameters<Net['fetch']>[0], init?: Parameters<Net['fetch']>[1]): ReturnType<Net['fetch']> => {
    record('net-fetch', { url: typeof input === 'string' ? input : input.url });
    return fetch(input, init);
  },
  isOnline: (): boolean => true,
} satisfies Pick<Net, 'fetch' | 'isOnline'>;
