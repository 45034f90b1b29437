import { writeFile } from 'node:fs/promises';
import { app, dialog, ipcMain, shell, webContents } from 'electron';
import type { AppCore } from '../app-core';
import type { Diagnostics } from '../platform/diagnostics';
import type { Updates } from '../platform/updates';
import { isAppUrl } from '../platform/security';
import type { EventName } from '../core/ipc/channels';
import type { EventPayload } from '../core/ipc/contract';
import { TECHNIQUES } from '../core/techniques/library';
import { t } from '../i18n';
import type { PostureSensing } from '../posture/posture-sensing';
import { postureSenderCheck } from '../posture/sender-check';
import { sendEvent, setupIpc, withPostureSender, type SenderCheck } from './gatekeeper';
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
  /** Opens one of the app's pages (onboarding's "Change the schedule"). */
  openPage: HandlerDeps['openPage'];
  /** Posture sensing (issue 14): its calls, and the hidden camera window as a second kind of sender. */
  posture?: PostureSensing;
}

/**
 * The one IPC gatekeeper (sender must be one of our windows showing our page; every argument
 * checked against the contract), its handlers, and the settings pushed to every open window.
 * Returns the unsubscribe for the settings push.
 */
export const setupIpcBridge = ({ core, trusted, rendererUrl, logPath, log, heldBack, diagnostics, copyText, updates, openPage, posture }: IpcBridgeDeps): (() => void) => {
  const { host, settings, config, data } = core;
  const appWindow: SenderCheck = (event) => trusted.has(event.sender.id) && isAppUrl(event.senderFrame?.url ?? '', rendererUrl);
  setupIpc(
    ipcMain,
    makeIpcHandlers(host, settings, config, {
      data,
      techniques: { store: core.techniques, dialog, now: () => Date.now() },
      routine: core.routine,
      now: () => Date.now(),
      saveFile: async (defaultName, content) => {
        const choice = await dialog.showSaveDialog({ title: t('dialog.exportTitle'), defaultPath: defaultName });
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
      ...(openPage && { openPage }),
      ...(posture && { posture }),
      // Minidumps stay on this machine (platform/crash-reports.ts); About opens their folder.
      openCrashReports: async () => {
        const dir = app.getPath('crashDumps');
        const problem = await shell.openPath(dir);
        if (problem) throw new Error(problem);
        return dir;
      },
    }),
    posture ? withPostureSender(appWindow, postureSenderCheck(posture, rendererUrl)) : appWindow,
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
  const stopTechniques = core.techniques.onChange((list) => toEveryWindow('techniquesChanged', [...TECHNIQUES, ...list]));
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
    stopTechniques();
    stopDiagnostics();
    if (pending) clearTimeout(pending);
  };
};
