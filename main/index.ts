import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, clipboard, crashReporter, Menu, Notification, powerMonitor, session } from 'electron';
import { startAppCore } from './app-core';
import { setupIpcBridge } from './ipc/setup-ipc-bridge';
import { followLanguageSetting, onLanguageChange, pickLanguage, setMainLanguage } from './i18n';
import { setupAppIdentity } from './platform/app-identity';
import { createCleanup } from './platform/cleanup';
import { commandTargets, onSecondInstance, runCommands } from './platform/command-line';
import { electronIdle, idleForEngine, setupDesktopServices } from './platform/desktop-services';
import { setupDesktopSettings } from './platform/desktop-settings';
import { createDiagnostics } from './platform/diagnostics';
import { setupLaunch } from './platform/launch';
import { catchMainErrors, logRendererErrors, setupLogger } from './platform/logger';
import { setupCrashReports } from './platform/crash-reports';
import { setupPowerEvents } from './platform/power';
import { setupSecurity } from './platform/security';
import { setupSessionFacts } from './platform/session-facts';
import { setupUpdates } from './platform/setup-updates';
import { postureCameraGrant, setupPosture } from './posture/setup-posture';
import { setupMeetingMode } from './quiet/meeting-mode';
import { appPaths } from './storage/app-paths';
import { setupAppTray } from './tray/app-tray';
import { markerFileStore, setupNoTrayNotice } from './tray/no-tray-notice';
import { setupAppWindows } from './windows/app-windows';
import { setupBreakShell } from './windows/break-shell';

const mainDir = dirname(fileURLToPath(import.meta.url));

/** Shows a native notification where the OS has them; the app's own windows cover the rest. */
const tellUser = (title: string, body: string) => {
  if (Notification.isSupported()) new Notification({ title, body }).show();
};

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
  // Errors are logged and the app goes on where it safely can; minidumps stay on this machine.
  catchMainErrors();
  logRendererErrors(app, logger);
  const diagnostics = createDiagnostics();
  // Before 'ready': a renderer started before the crash reporter is not watched.
  setupCrashReports(crashReporter, app, { diagnostics, log: logger.warn });
  const cleanup = createCleanup(log);
  app.on('before-quit', cleanup.run);
  app.on('window-all-closed', () => {
    // A tray app keeps running with no window open.
  });
  await app.whenReady();
  // Quit came while Electron was still starting: build nothing that would only be torn down.
  if (cleanup.quitting()) return;

  // Before anything can notify: Windows matches toasts to the installer's shortcut by this id.
  setupAppIdentity({ app, Menu, platform: process.platform });
  const displayServer = setupSessionFacts(app, diagnostics);
  const paths = appPaths(mainDir, app.getAppPath());
  const rendererUrl = pathToFileURL(paths.rendererHtml).toString();
  setupSecurity(app, session.defaultSession, rendererUrl, postureCameraGrant);

  // The OS language first, so even a settings-repair notice at start-up is in the person's language.
  setMainLanguage(pickLanguage('auto', app.getLocale()));
  const idle = electronIdle();
  const core = startAppCore(app.getPath('userData'), {
    now: () => Date.now(),
    monotonic: () => performance.now(),
    ...idleForEngine(idle),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    log,
    tellUser,
  });
  const { host, settings } = core;
  cleanup.add('engine', () => host.stop());
  cleanup.add('language', followLanguageSetting(settings, () => app.getLocale()));

  const windows = setupAppWindows(paths, host, settings, log, {
    wayland: displayServer === 'wayland',
    // Unsigned macOS builds get no notifications at all (sources in windows/notice.ts); packaged-but-unsigned ones are caught by 'failed'.
    nativeNoticesTrusted: process.platform !== 'darwin' || app.isPackaged,
    diagnostics,
  });
  const meeting = setupMeetingMode(host, (handle) => clearTimeout(handle as NodeJS.Timeout), (ms, fn) => setTimeout(fn, ms));
  const posture = setupPosture({ paths, host, settings, trusted: windows.trusted, userData: app.getPath('userData'), log });
  cleanup.add('posture sensing', posture.stop);
  core.preferTechniques((kind, last) => (kind === 'posture' ? (posture.chooseTechnique(settings.get().techniques.hidden, last)?.technique ?? null) : null));
  const tray = setupAppTray({ assets: paths.assets, host, settings, meeting, open: windows.open, quit: () => app.quit(), posture });
  cleanup.add('tray', () => tray.destroy());
  cleanup.add('language → tray', onLanguageChange(() => tray.update(host.status())));
  setupBreakShell(core, windows, tray.update, cleanup);
  const updates = setupUpdates({ settings, cleanup, diagnostics, log });
  cleanup.add(
    'IPC bridge',
    setupIpcBridge({ core, trusted: windows.trusted, rendererUrl, logPath: logger.path, log, heldBack: windows.notice.heldBack, diagnostics, copyText: (text) => clipboard.writeText(text), updates, openPage: (name) => windows.open(name), posture }),
  );
  cleanup.add('power events', setupPowerEvents(powerMonitor, (event) => host.dispatch(event)));

  const targets = commandTargets(host, meeting, windows.open, () => app.quit());
  app.on('second-instance', onSecondInstance(targets, log));
  cleanup.add('desktop settings', setupDesktopSettings(host, settings, log));

  host.start();
  const noTray = setupNoTrayNotice({ platform: process.platform, store: markerFileStore(app.getPath('userData'), log), tell: tellUser, openSettings: targets.openSettings, log });
  const quiet = setupDesktopServices({
    host,
    settings,
    idle,
    cleanup,
    diagnostics,
    log,
    // The tray watcher records the 'tray' fact in Diagnostics itself.
    onTrayPresence: noTray,
  });
  windows.connectQuiet(quiet);
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
