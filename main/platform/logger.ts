import { join } from 'node:path';
import type { App, Details, Event, RenderProcessGoneDetails, WebContents, WebContentsConsoleMessageEventParams } from 'electron';
import log from 'electron-log/node';

/** The most a log file grows before it is rotated to main.old.log. */
export const LOG_MAX_BYTES = 1024 * 1024;

/** A plain logger. */
export interface Logger {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
  /** The current log file, shown in About. */
  path: string;
}

/**
 * Logs to logs/main.log in the user-data folder, rotated at 1 MiB (electron-log keeps the file
 * transport and rotation; its Node entry is used so it adds no IPC channel of its own).
 */
export const setupLogger = (userData: string, console = true): Logger => {
  const path = join(userData, 'logs', 'main.log');
  log.transports.file.resolvePathFn = () => path;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.format = '{y}-{m}-{d} {h}:{i}:{s}.{ms} [{level}] {text}';
  log.transports.console.level = console ? 'info' : false;
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message) => log.error(message),
    path,
  };
};

/**
 * Logs every uncaught error and unhandled rejection in the main process, with its stack, and lets
 * the app go on: a timer or a desktop service that threw once should not cost the person their
 * breaks. electron-log's Node ErrorHandler listens on process 'uncaughtException' and
 * 'unhandledRejection' (node_modules/electron-log/src/node/ErrorHandler.js), and a listener there
 * is what keeps Node (and Electron) from ending the process; `showDialog: false` drops the
 * "A JavaScript error occurred" box (its Node entry never shows one anyway). Returns the unsubscribe.
 */
export const catchMainErrors = (): (() => void) => {
  log.errorHandler.startCatching({ showDialog: false });
  return () => log.errorHandler.stopCatching();
};

type ConsoleMessage = Event<WebContentsConsoleMessageEventParams>;
type ContentsCreated = (event: Event, contents: WebContents) => void;
type RendererGone = (event: Event, contents: WebContents, details: RenderProcessGoneDetails) => void;
type ChildGone = (event: Event, details: Details) => void;

/**
 * The three `app` events the renderer-error log listens to, with Electron's listener types
 * (electron.d.ts, App); Electron's `app` is one, and so is a plain EventEmitter in tests.
 */
export interface AppProcessEvents {
  on(event: 'web-contents-created', listener: ContentsCreated): unknown;
  on(event: 'render-process-gone', listener: RendererGone): unknown;
  on(event: 'child-process-gone', listener: ChildGone): unknown;
  removeListener(event: 'web-contents-created', listener: ContentsCreated): unknown;
  removeListener(event: 'render-process-gone', listener: RendererGone): unknown;
  removeListener(event: 'child-process-gone', listener: ChildGone): unknown;
}

/**
 * Sends what goes wrong in the app's pages to the same log, with no IPC channel of its own:
 * Chromium reports a page's uncaught errors and unhandled rejections as console messages of level
 * 'error' ("Uncaught Error: …", "Uncaught (in promise) …"), so those are logged with their source
 * line; a preload that throws, and a renderer or helper process that dies (crash, out of memory,
 * killed), are logged from their own events. Pages' other console output stays out of the log.
 */
export const logRendererErrors = (app: AppProcessEvents, logger: Pick<Logger, 'error' | 'warn'>): (() => void) => {
  const onContents: ContentsCreated = (_event, contents) => {
    // Electron 45 puts the details on the event; the positional arguments are deprecated.
    contents.on('console-message', (event: ConsoleMessage) => {
      if (event.level === 'error') logger.error(`renderer ${contents.id}: ${event.message} (${event.sourceId}:${event.lineNumber})`);
    });
    contents.on('preload-error', (_e, preloadPath, error) => logger.error(`renderer ${contents.id}: the preload ${preloadPath} failed: ${error.stack ?? error.message}`));
  };
  const onRendererGone: RendererGone = (_event, contents, details) =>
    logger.error(`renderer ${contents.id} is gone (${details.reason}, exit code ${details.exitCode}); its window stays until closed`);
  const onChildGone: ChildGone = (_event, details) => {
    // A GPU or utility process ending cleanly is routine; only the others are worth a line.
    if (details.reason !== 'clean-exit') logger.warn(`${details.type} process is gone (${details.reason}, exit code ${details.exitCode}${details.name ? `, ${details.name}` : ''})`);
  };
  app.on('web-contents-created', onContents);
  app.on('render-process-gone', onRendererGone);
  app.on('child-process-gone', onChildGone);
  return () => {
    app.removeListener('web-contents-created', onContents);
    app.removeListener('render-process-gone', onRendererGone);
    app.removeListener('child-process-gone', onChildGone);
  };
};

/** `true` when Electron's own `app` fits what logRendererErrors takes (a compile-time check for the tests). */
export type AppFitsProcessEvents = App extends AppProcessEvents ? true : never;
