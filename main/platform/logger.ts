import { join } from 'node:path';
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
