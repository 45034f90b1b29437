import { writeFile } from 'node:fs/promises';
import { app, dialog, ipcMain, shell, webContents } from 'electron';
import type { AppCore } from '../app-core';
import type { Diagnostics } from '../platform/diagnostics';
import type { Updates } from '../platform/updates';
import { isAppUrl } from '../platform/security';
import type { EventName } from '../core/ipc/channels';
import type { EventPayload } from '../core/ipc/contract';
import { sendEvent, setupIpc } from './gatekeeper';
import { makeIpcHandlers, type HandlerDeps } from './handlers';

/** What the bridge needs beyond the core. */
export interface IpcBridgeDeps {
  core: AppCore;
  trusted: ReadonlySet<number>;
  rendererUrl: string;
  logPath: string;
  log: (message: string) => void;
  /** The held-back notice the renderer's notice window shows and answers. */
  heldBack: HandlerDeps['heldBack'];
  diagnostics: Diagnostics;
  /** Puts text on the system clipboard (the renderer's clipboard permission is denied). */
  copyText: (text: string) => Promise<void>;
  /** Update checks, downloads and the person's choice (platform/updates.ts). */
  updates: Updates;
}

/**
 * The one IPC gatekeeper (sender must be one of our windows showing our page; every argument
 * checked against the contract), its handlers, and the settings pushed to every open window.
 * Returns the unsubscribe for the settings push.
 */
export const setupIpcBridge = ({ core, trusted, rendererUrl, logPath, log, heldBack, diagnostics, copyText, updates }: IpcBridgeDeps): (() => void) => {
  const { host, settings, config, data } = core;
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
        const problem = await shell.openPath(logPath);
        if (problem) throw new Error(problem);
        return logPath;
      },
      heldBack,
      diagnostics,
      copyText,
      updates,
      // Minidumps stay on this machine (platform/crash-reports.ts); About opens their folder.
      openCrashReports: async () => {
        const dir = app.getPath('crashDumps');
        const problem = await shell.openPath(dir);
        if (problem) throw new Error(problem);
        return dir;
      },
    }),
    (event) => trusted.has(event.sender.id) && isAppUrl(event.senderFrame?.url ?? '', rendererUrl),
    log,
  );
  const toEveryWindow = <K extends EventName>(channel: K, payload: EventPayload<K>) => {
    for (const id of trusted) {
      const contents = webContents.fromId(id);
      if (contents) sendEvent(contents, channel, payload);
    }
  };
  const stopSettings = settings.onChange((next) => toEveryWindow('settingsChanged', next));
  const stopUpdates = updates.onChange((view) => toEveryWindow('updateChanged', view));
  // Detectors report often (idle samples): the open windows hear at most one update a second.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const stopDiagnostics = diagnostics.onChange(() => {
    pending ??= setTimeout(() => {
      pending = null;
      toEveryWindow('diagnosticsChanged', diagnostics.snapshot());
    }, 1000);
  });
  return () => {
    stopSettings();
    stopUpdates();
    stopDiagnostics();
    if (pending) clearTimeout(pending);
  };
};
