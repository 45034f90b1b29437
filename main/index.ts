import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { app, dialog, globalShortcut, ipcMain, Notification, powerMonitor, session, shell, webContents } from 'electron';
import { startAppCore } from './app-core';
import { appPaths } from './storage/app-paths';
import { onSliceChange } from './storage/settings-store';
import { setupLogger } from './platform/logger';
import { chooseIdleSource } from './platform/idle-source';
import { applyAutostart } from './platform/autostart';
import { applyShortcuts } from './platform/shortcuts';
import { runCommands } from './platform/command-line';
import { HELP, parseCommandLine } from './core/cli/parse';
import { breakInfoOf } from './core/ipc/break-info';
import { setupBreakController } from './windows/break-controller';
import { setupBreakWindow } from './windows/break-window';
import { sendEvent, setupIpc } from './ipc/gatekeeper';
import { makeIpcHandlers } from './ipc/handlers';
import { setupMeetingMode } from './quiet/meeting-mode';
import { setupNotice } from './windows/notice';
import { setupQuiet } from './quiet/setup-quiet';
import { setupPowerEvents } from './platform/power';
import { pageWindows } from './windows/page-window';
import { isAppUrl, setupSecurity } from './platform/security';
import { setupTray } from './tray/tray';

const mainDir = dirname(fileURLToPath(import.meta.url));

/** The composition root: wires the pure core to each Electron adapter, in order. */
const main = async () => {
  // Tests point the app at a throw-away profile; a user never needs this.
  if (process.env.UNKNOT_USER_DATA) app.setPath('userData', process.env.UNKNOT_USER_DATA);
  // Bad options are refused here, in the launching process, before anything is forwarded or changed.
  const parsed = parseCommandLine(process.argv.slice(1));
  if (!parsed.ok) {
    console.error(`unknot: ${parsed.error}`);
    app.exit(2);
    return;
  }
  if (parsed.commands.some((c) => c.do === 'help' || c.do === 'version')) {
    console.log(parsed.commands.some((c) => c.do === 'help') ? HELP : `Unknot ${app.getVersion()}`);
    app.exit(0);
    return;
  }
  // A second launch hands its arguments to the running instance (second-instance below) and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'darwin') app.dock?.hide();
  await app.whenReady();

  const logger = setupLogger(app.getPath('userData'));
  const log = logger.info;
  const paths = appPaths(mainDir, app.getAppPath());
  const rendererUrl = pathToFileURL(paths.rendererHtml).toString();
  setupSecurity(app, session.defaultSession, rendererUrl);

  const idle = await chooseIdleSource(process.env, () => powerMonitor.getSystemIdleTime(), log);
  const { host, settings, history, data, config } = startAppCore(app.getPath('userData'), {
    now: () => Date.now(),
    monotonic: () => performance.now(),
    idleSeconds: idle.read,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    log,
    tellUser: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
  });

  const trusted = new Set<number>();
  const trust = (id: number) => {
    trusted.add(id);
    return () => trusted.delete(id);
  };
  const pages = pageWindows({ preload: paths.preload, rendererHtml: paths.rendererHtml, trust });
  const breakWindow = setupBreakWindow({
    preload: paths.preload,
    rendererHtml: paths.rendererHtml,
    trust,
    onClosedByUser: () => host.dispatch({ type: 'user', action: 'skip' }),
    onCrashed: (reason) => {
      log(`break window renderer gone (${reason}); the break is recorded as skipped`);
      host.dispatch({ type: 'user', action: 'skip' });
    },
  });

  const meeting = setupMeetingMode(host, (handle) => clearTimeout(handle as NodeJS.Timeout), (ms, fn) => setTimeout(fn, ms));
  const tray = setupTray(
    paths.assets,
    {
      breakNow: (kind) => host.dispatch({ type: 'user', action: 'start-now', kind }),
      snooze: (minutes) => host.dispatch({ type: 'user', action: 'snooze', minutes }),
      pause: (choice) => host.dispatch({ type: 'user', action: 'pause', ...choice }),
      resume: () => host.dispatch({ type: 'user', action: 'resume' }),
      setMeeting: (on) => meeting.set(on),
      openSettings: () => pages.show('settings', 'Unknot — Settings', { width: 640, height: 760 }),
      openProgress: () => pages.show('progress', 'Unknot — Progress', { width: 720, height: 760 }),
      openAbout: () => pages.show('about', 'About Unknot', { width: 520, height: 620 }),
      quit: () => app.quit(),
    },
    () => ({ snoozeOptions: settings.get().snooze.options, meeting: meeting.on() }),
    host.status(),
  );
  meeting.onChange(() => tray.update(host.status()));

  const notice = setupNotice(
    {
      startNow: () => host.dispatch({ type: 'user', action: 'start-now' }),
      snooze: (minutes) => host.dispatch({ type: 'user', action: 'snooze', minutes }),
    },
    () => settings.get().snooze.defaultMinutes,
    { preload: paths.preload, rendererHtml: paths.rendererHtml, trust },
  );

  // The daily check-in: after the first finished break of the day, once, dismissible.
  host.on((effect) => {
    const finished = effect.type === 'break-close' && (effect.outcome === 'completed' || effect.outcome === 'done');
    if (finished && settings.get().checkIn.daily && !data.checkedInToday(Date.now(), config().timeZone)) {
      pages.show('check-in', 'Unknot — How is your upper back today?', { width: 480, height: 620 });
    }
  });

  setupBreakController({
    host,
    notice,
    breakInfo: () => breakInfoOf(host.snapshot(), config()),
    window: breakWindow,
    notifyRenderer: (info) => {
      const contents = breakWindow.window()?.webContents;
      if (contents) sendEvent(contents, 'breakChanged', info);
    },
    updateTray: tray.update,
  });

  setupIpc(
    ipcMain,
    makeIpcHandlers(host, settings, config, {
      data,
      now: () => Date.now(),
      saveFile: async (defaultName, content) => {
        const choice = await dialog.showSaveDialog({ title: 'Export your Unknot data', defaultPath: defaultName });
        if (choice.canceled || !choice.filePath) return null;
        await writeFile(choice.filePath, content, 'utf8');
        return choice.filePath;
      },
      openLog: async () => {
        const problem = await shell.openPath(logger.path);
        if (problem) throw new Error(problem);
        return logger.path;
      },
    }),
    (event) => trusted.has(event.sender.id) && isAppUrl(event.senderFrame?.url ?? '', rendererUrl),
    log,
  );
  settings.onChange((next) => {
    for (const id of trusted) {
      const contents = webContents.fromId(id);
      if (contents) sendEvent(contents, 'settingsChanged', next);
    }
  });
  setupPowerEvents(powerMonitor, (event) => host.dispatch(event));

  app.on('window-all-closed', () => {
    // A tray app keeps running with no window open.
  });
  app.on('before-quit', () => {
    globalShortcut.unregisterAll();
    idle.close();
    quiet.stop();
    host.stop();
    tray.destroy();
  });
  const targets = {
    dispatch: (event: Parameters<typeof host.dispatch>[0]) => host.dispatch(event),
    setMeeting: meeting.set,
    openSettings: () => pages.show('settings', 'Unknot — Settings', { width: 640, height: 760 }),
    openProgress: () => pages.show('progress', 'Unknot — Progress', { width: 720, height: 760 }),
  };
  app.on('second-instance', (_event, argv) => {
    const forwarded = parseCommandLine(argv.slice(1));
    if (forwarded.ok) runCommands(forwarded.commands, targets);
    else log(`second launch: ${forwarded.error}`);
  });
  const applyDesktopSettings = () => {
    const current = settings.get();
    // Autostart is on by default, but only once the person has seen the onboarding.
    if (current.app.onboarded && app.isPackaged) applyAutostart(current.app.autostart, { platform: process.platform, app, exec: process.execPath });
    const failed = applyShortcuts(globalShortcut, current.shortcuts, {
      breakNow: () => host.dispatch({ type: 'user', action: 'start-now' }),
      snooze: () => host.dispatch({ type: 'user', action: 'snooze' }),
    });
    if (failed.length > 0) log(`shortcuts: the system refused ${failed.join(', ')}`);
  };
  applyDesktopSettings();
  onSliceChange(settings, (s) => [s.app.autostart, s.app.onboarded, s.shortcuts], applyDesktopSettings);

  const quiet = await setupQuiet(host, settings, log);
  host.start();
  quiet.start();
  runCommands(parsed.commands, targets);
  if (!settings.get().app.onboarded && process.env.UNKNOT_E2E !== '1') pages.show('onboarding', 'Welcome to Unknot');
  if (process.env.UNKNOT_E2E === '1') {
    // The end-to-end suite cannot open a native tray menu, so it clicks items through this hook.
    Object.assign(globalThis, { unknotTest: { clickTray: tray.click, status: () => host.status(), historyPath: history.path } });
  }
  log('ready');
};

main().catch((error: unknown) => {
  console.error('[unknot] failed to start', error);
  app.exit(1);
});
