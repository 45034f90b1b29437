import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, Notification, powerMonitor, session } from 'electron';
import { startAppCore } from './app-core';
import { breakInfoOf } from './core/ipc/break-info';
import { parseCommandLine } from './core/cli/parse';
import { sendEvent } from './ipc/gatekeeper';
import { setupIpcBridge } from './ipc/setup-ipc-bridge';
import { createCleanup } from './platform/cleanup';
import { runCommands } from './platform/command-line';
import { setupDesktopServices, electronIdle } from './platform/desktop-services';
import { setupDesktopSettings } from './platform/desktop-settings';
import { setupLaunch } from './platform/launch';
import { setupLogger } from './platform/logger';
import { setupPowerEvents } from './platform/power';
import { setupSecurity } from './platform/security';
import { setupMeetingMode } from './quiet/meeting-mode';
import { appPaths } from './storage/app-paths';
import { setupAppTray } from './tray/app-tray';
import { setupAppWindows } from './windows/app-windows';
import { setupBreakController } from './windows/break-controller';
import { setupCheckInTrigger } from './windows/check-in-trigger';

const mainDir = dirname(fileURLToPath(import.meta.url));

/**
 * The composition root, in start-up order: the launch decision, then storage and the engine,
 * windows, tray and IPC — none of which waits on anything outside the app — and only then the
 * desktop services, which join when they answer. Every step registers its own clean-up.
 */
const main = async () => {
  const launch = setupLaunch(app, process.argv, process.env);
  if (!launch) return;
  if (process.platform === 'darwin') app.dock?.hide();
  const logger = setupLogger(app.getPath('userData'));
  const log = logger.info;
  const cleanup = createCleanup(log);
  app.on('before-quit', cleanup.run);
  app.on('window-all-closed', () => {
    // A tray app keeps running with no window open.
  });
  await app.whenReady();
  // Quit came while Electron was still starting: build nothing that would only be torn down.
  if (cleanup.quitting()) return;

  const paths = appPaths(mainDir, app.getAppPath());
  const rendererUrl = pathToFileURL(paths.rendererHtml).toString();
  setupSecurity(app, session.defaultSession, rendererUrl);

  const idle = electronIdle();
  const core = startAppCore(app.getPath('userData'), {
    now: () => Date.now(),
    monotonic: () => performance.now(),
    idleSeconds: () => idle.read(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    log,
    tellUser: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
  });
  const { host, settings, config } = core;
  cleanup.add('engine', () => host.stop());

  const windows = setupAppWindows(paths, host, settings, log);
  const meeting = setupMeetingMode(host, (handle) => clearTimeout(handle as NodeJS.Timeout), (ms, fn) => setTimeout(fn, ms));
  const tray = setupAppTray({ assets: paths.assets, host, settings, meeting, open: windows.open, quit: () => app.quit() });
  cleanup.add('tray', () => tray.destroy());

  // Clean-up runs newest first, so everything below lets go of the engine before the tray goes.
  cleanup.add(
    'break controller',
    setupBreakController({
      host,
      notice: windows.notice,
      breakInfo: () => breakInfoOf(host.snapshot(), config()),
      window: windows.breakWindow,
      notifyRenderer: (info) => {
        const contents = windows.breakWindow.window()?.webContents;
        if (contents) sendEvent(contents, 'breakChanged', info);
      },
      updateTray: tray.update,
    }),
  );
  // Quit closes every window; the break window closed by Quit is not the person skipping the
  // break (the engine restores a break in progress at the next start).
  cleanup.add('break window', () => {
    windows.notice.close();
    windows.breakWindow.close();
  });
  cleanup.add('check-in trigger', setupCheckInTrigger(core, () => windows.open('check-in')));
  cleanup.add('IPC bridge', setupIpcBridge({ core, trusted: windows.trusted, rendererUrl, logPath: logger.path, log }));
  cleanup.add('power events', setupPowerEvents(powerMonitor, (event) => host.dispatch(event)));

  const targets = {
    dispatch: (event: Parameters<typeof host.dispatch>[0]) => host.dispatch(event),
    setMeeting: meeting.set,
    openSettings: () => windows.open('settings'),
    openProgress: () => windows.open('progress'),
  };
  app.on('second-instance', (_event, argv) => {
    const forwarded = parseCommandLine(argv.slice(1));
    if (forwarded.ok) runCommands(forwarded.commands, targets);
    else log(`second launch: ${forwarded.error}`);
  });
  cleanup.add('desktop settings', setupDesktopSettings(host, settings, log));

  host.start();
  setupDesktopServices({ host, settings, idle, cleanup, log });
  runCommands(launch.commands, targets);
  if (!settings.get().app.onboarded && process.env.UNKNOT_E2E !== '1') windows.open('onboarding');
  if (process.env.UNKNOT_E2E === '1') {
    // The end-to-end suite cannot open a native tray menu, so it clicks items through this hook.
    Object.assign(globalThis, { unknotTest: { clickTray: tray.click, status: () => host.status(), historyPath: core.history.path } });
  }
  log('ready');
};

main().catch((error: unknown) => {
  console.error('[unknot] failed to start', error);
  app.exit(1);
});
