import { writeFile } from 'node:fs/promises';
import { dialog, ipcMain, shell, webContents } from 'electron';
import type { AppCore } from '../app-core';
import { isAppUrl } from '../platform/security';
import { sendEvent, setupIpc } from './gatekeeper';
import { makeIpcHandlers } from './handlers';

/** What the bridge needs beyond the core. */
export interface IpcBridgeDeps {
  core: AppCore;
  trusted: ReadonlySet<number>;
  rendererUrl: string;
  logPath: string;
  log: (message: string) => void;
}

/**
 * The one IPC gatekeeper (sender must be one of our windows showing our page; every argument
 * checked against the contract), its handlers, and the settings pushed to every open window.
 * Returns the unsubscribe for the settings push.
 */
export const setupIpcBridge = ({ core, trusted, rendererUrl, logPath, log }: IpcBridgeDeps): (() => void) => {
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
    }),
    (event) => trusted.has(event.sender.id) && isAppUrl(event.senderFrame?.url ?? '', rendererUrl),
    log,
  );
  return settings.onChange((next) => {
    for (const id of trusted) {
      const contents = webContents.fromId(id);
      if (contents) sendEvent(contents, 'settingsChanged', next);
    }
  });
};
