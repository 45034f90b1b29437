import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { App, CommandLine, Settings } from 'electron';
import { electronEvent, emitFromNative } from './events';
import { record } from './recorder';
import { closeAllWindows } from './windows';

/** The app folder as Electron finds it for `electron .`: where the package.json that names the entry script is. */
const findAppPath = (entry: string): string => {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return dirname(entry);
};

const appPath = findAppPath(process.argv[1] ?? process.cwd());
const packageJson = JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as { name: string; productName?: string; version: string };
// Electron stands in for Chromium start-up with a short delay, so a Quit can come before 'ready'.
const READY_DELAY_MS = Number(process.env.UNKNOT_BOOT_READY_DELAY_MS ?? 50);

type PathName = Parameters<App['getPath']>[0];

/** Chromium's command line as the app sees it: switches appended by the app, none from the user. */
class FakeCommandLine implements CommandLine {
  readonly #switches = new Map<string, string>();
  appendArgument(value: string): void {
    record('command-line-argument', { value });
  }
  appendSwitch(the_switch: string, value = ''): void {
    this.#switches.set(the_switch, value);
    record('command-line-switch', { switch: the_switch, value });
  }
  getSwitchValue(the_switch: string): string {
    return this.#switches.get(the_switch) ?? '';
  }
  hasSwitch(the_switch: string): boolean {
    return this.#switches.has(the_switch);
  }
  removeSwitch(the_switch: string): void {
    this.#switches.delete(the_switch);
  }
}

/**
 * `app`, with Electron's lifetime: 'ready' after start-up, and Quit as shell/browser/browser.cc
 * (electron/electron) does it: `before-quit` at once (cancellable), then every window closed, then
 * `will-quit` and `quit`, then the process ends with code 0 whatever handles are still open.
 * `exit(code)` ends at once without those events (electron.d.ts, App.exit).
 */
class FakeApp
  extends EventEmitter
  implements
    Pick<
      App,
      'whenReady' | 'isReady' | 'quit' | 'exit' | 'getPath' | 'setPath' | 'getAppPath' | 'getVersion' | 'getName' | 'requestSingleInstanceLock' | 'setLoginItemSettings' | 'setAppUserModelId' | 'isPackaged' | 'dock' | 'commandLine'
      | 'getLocale' /* language (issue 13): main/i18n follows app.language, "auto" by the OS locale */
    >
{
  readonly isPackaged = false;
  readonly commandLine = new FakeCommandLine();
  // Linux: there is no dock.
  readonly dock = undefined;
  #ready = false;
  #quitting = false;
  #readyPromise: Promise<void>;
  #readyTimer: NodeJS.Timeout;
  #paths = new Map<string, string>();

  constructor() {
    super();
    const home = process.env.HOME ?? homedir();
    const appData = process.env.XDG_CONFIG_HOME || join(home, '.config');
    this.#paths.set('home', home).set('appData', appData).set('temp', tmpdir()).set('userData', join(appData, packageJson.productName ?? packageJson.name));
    // Electron keeps minidumps in a "Crashpad" folder under user data (docs/api/crash-reporter.md).
    this.#paths.set('crashDumps', join(this.#paths.get('userData')!, 'Crashpad'));
    let resolveReady = () => undefined as void;
    this.#readyPromise = new Promise((resolve) => (resolveReady = resolve));
    this.#readyTimer = setTimeout(() => {
      this.#ready = true;
      record('ready');
      emitFromNative(this, 'ready', electronEvent(), {});
      resolveReady();
    }, READY_DELAY_MS);
    // Electron's main loop keeps the process alive until Quit, whatever the app has open.
    setInterval(() => undefined, 2 ** 30);
  }

  whenReady(): Promise<void> {
    return this.#readyPromise;
  }

  isReady(): boolean {
    return this.#ready;
  }

  getPath(name: PathName): string {
    const path = this.#paths.get(name) ?? (name === 'logs' ? join(this.getPath('userData'), 'logs') : undefined);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.#paths.set(name, path);
    record('set-path', { name, path });
  }

  getAppPath(): string {
    return appPath;
  }

  // language (issue 13): the OS locale main/i18n uses for app.language "auto".
  getLocale(): string {
    return 'en-US';
  }

  getVersion(): string {
    return packageJson.version;
  }

  getName(): string {
    return packageJson.productName ?? packageJson.name;
  }

  // Every boot runs on its own profile, so this process is always the first instance.
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    record('single-instance-lock', { additionalData });
    return true;
  }

  setLoginItemSettings(settings: Settings): void {
    record('login-item', { settings });
  }

  setAppUserModelId(id: string): void {
    record('app-user-model-id', { id });
  }

  quit(): void {
    if (this.#quitting) return;
    record('quit-requested', { ready: this.#ready });
    const beforeQuit = electronEvent();
    this.#quitting = true;
    emitFromNative(this, 'before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) {
      this.#quitting = false;
      record('quit-prevented', { by: 'before-quit' });
      return;
    }
    record('before-quit-done');
    clearTimeout(this.#readyTimer);
    closeAllWindows(() => {
      const willQuit = electronEvent();
      emitFromNative(this, 'will-quit', willQuit);
      if (willQuit.defaultPrevented) {
        this.#quitting = false;
        record('quit-prevented', { by: 'will-quit' });
        return;
      }
      emitFromNative(this, 'quit', electronEvent(), 0);
      this.#end(0, 'quit');
    });
  }

  exit(exitCode = 0): void {
    this.#end(exitCode, 'exit');
  }

  #end(code: number, how: string): never {
    // What was still open: a desktop service the app never let go of shows up here (informational).
    record('end', { code, how, handles: process.getActiveResourcesInfo() });
    process.exit(code);
  }
}

/** The fake `app`. */
export const app = new FakeApp();

/** Electron refuses windows, trays and sessions before 'ready' ("Cannot create BrowserWindow before app is ready"). */
export const assertReady = (what: string): void => {
  if (app.isReady()) return;
  record('used-before-ready', { what });
  throw new Error(`${what} cannot be used before the app is ready`);
};
