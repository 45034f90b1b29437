/**
 * What `import 'electron'` gives the built main process in the boot test (a loader hook maps the
 * specifier here). Each piece is typed against node_modules/electron/electron.d.ts in its own
 * file; this module adds the control channel: commands on stdin, a scheduled Quit, and the
 * main-process error handling Electron has (an uncaught exception is reported, the app goes on).
 */
import { app } from './app';
import { crashReporter } from './crash-reporter';
import { onRecorded, readCommands, record } from './recorder';
import { clickTrayItem, MenuFake, nativeImage, NotificationFake, TrayFake } from './tray';
import { clipboard, dialog, globalShortcut, ipcMain, net, powerMonitor, session, shell } from './services';
import { systemPreferences } from './services'; // posture sensing (issue 14)
import { BrowserWindowFake, screen, webContents } from './windows';

export { app, clipboard, crashReporter, dialog, globalShortcut, ipcMain, nativeImage, net, powerMonitor, screen, session, shell, webContents };
export { systemPreferences }; // posture sensing (issue 14)
export const BrowserWindow = BrowserWindowFake;
export const Menu = MenuFake;
export const Notification = NotificationFake;
export const Tray = TrayFake;

/** electron-store (and other CommonJS-minded code) imports the default export. */
export default { app, BrowserWindow, clipboard, crashReporter, dialog, globalShortcut, ipcMain, Menu, nativeImage, net, Notification, powerMonitor, screen, session, shell, Tray, webContents, systemPreferences /* posture sensing (issue 14) */ };

// Electron shows "A JavaScript error occurred in the main process" and keeps running; the test reads these.
process.on('uncaughtException', (error) => {
  record('uncaught', { message: String(error?.message ?? error), stack: String(error?.stack ?? '') });
  process.stderr.write(`Uncaught Exception:\n${error?.stack ?? String(error)}\n`);
});
process.on('unhandledRejection', (reason) => {
  const error = reason as Error | undefined;
  record('unhandled-rejection', { message: String(error?.message ?? reason), stack: String(error?.stack ?? '') });
  process.stderr.write(`Unhandled rejection:\n${error?.stack ?? String(reason)}\n`);
});

readCommands(
  ([verb, arg]) => {
    if (verb === 'click' && arg) clickTrayItem(arg);
    else if (verb === 'quit') app.quit();
    else if (verb === 'exit') app.exit(Number(arg ?? 0));
    else throw new Error(`unknown command ${verb}`);
  },
  // The test went away: leave as on logout rather than linger.
  () => app.quit(),
);

// A Quit at a chosen moment: N ms after this module loaded, or right after a recorded event.
const quitAt = process.env.UNKNOT_BOOT_QUIT_AT_MS;
if (quitAt !== undefined) setTimeout(() => app.quit(), Number(quitAt));
const quitOn = process.env.UNKNOT_BOOT_QUIT_ON;
if (quitOn) {
  const [type, delay] = quitOn.split('+');
  onRecorded(type!, () => (delay ? setTimeout(() => app.quit(), Number(delay)) : app.quit()));
}
record('loaded', { argv: process.argv.slice(1) });
