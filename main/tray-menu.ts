import type { MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from './core/engine/status';

/** What the tray menu can ask the app to do. */
export interface TrayActions {
  breakNow: () => void;
  snooze: (minutes: number) => void;
  openProgress: () => void;
  quit: () => void;
}

/** The tray menu for a status: a disabled status line, then the actions. Pure, so it is unit-tested. */
export const buildTrayMenu = (
  status: EngineStatus,
  actions: TrayActions,
  snoozeMinutes: number,
): MenuItemConstructorOptions[] => {
  const inBreak = status.mode === 'break';
  return [
    { id: 'status', label: status.text, enabled: false },
    { type: 'separator' },
    { id: 'break-now', label: 'Take a break now', enabled: !inBreak && status.mode !== 'away', click: () => actions.breakNow() },
    {
      id: 'snooze',
      label: status.snoozeAllowed ? `Snooze ${snoozeMinutes} minutes` : 'Snooze (limit reached)',
      enabled: status.snoozeAllowed && status.mode !== 'paused',
      toolTip: status.snoozeAllowed ? undefined : 'You have snoozed the maximum times in a row; take or skip this break.',
      click: () => actions.snooze(snoozeMinutes),
    },
    { type: 'separator' },
    { id: 'progress', label: 'Progress…', click: () => actions.openProgress() },
    { type: 'separator' },
    { id: 'quit', label: 'Quit Unknot', role: undefined, click: () => actions.quit() },
  ];
};

/** The tooltip: the app's name and the status line. */
export const trayTooltip = (status: EngineStatus): string => `Unknot — ${status.text}`;
