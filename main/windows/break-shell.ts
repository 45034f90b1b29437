import type { AppCore } from '../app-core';
import { breakInfoOf, upcomingBreakInfo } from '../core/ipc/break-info';
import type { EngineStatus } from '../core/engine/status';
import { sendEvent } from '../ipc/gatekeeper';
import type { Cleanup } from '../platform/cleanup';
import type { AppWindows } from './app-windows';
import { setupBreakController } from './break-controller';
import { setupCheckInTrigger } from './check-in-trigger';

/**
 * What a break looks like on screen: the engine's effects drive the notice, the break window and
 * the tray, and a finished break can bring the daily check-in. Clean-up runs newest first, so
 * these let go of the engine before the tray goes; Quit closes the break window itself, which is
 * not the person skipping the break (the engine restores a break in progress at the next start).
 */
export const setupBreakShell = (core: AppCore, windows: AppWindows, updateTray: (status: EngineStatus) => void, cleanup: Cleanup): void => {
  const { host, config } = core;
  cleanup.add(
    'break controller',
    setupBreakController({
      host,
      notice: windows.notice,
      breakInfo: () => breakInfoOf(host.snapshot(), config()),
      upcoming: (kind, startsAt) => upcomingBreakInfo(host.snapshot(), config(), kind, startsAt),
      window: windows.breakWindow,
      notifyRenderer: (info) => {
        const contents = windows.breakWindow.window()?.webContents;
        if (contents) sendEvent(contents, 'breakChanged', info);
      },
      updateTray,
    }),
  );
  cleanup.add('break window', () => {
    windows.notice.close();
    windows.breakWindow.close();
  });
  cleanup.add('check-in trigger', setupCheckInTrigger(core, () => windows.open('check-in')));
};
