import type { MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from '../core/engine/status';
import type { BreakKind } from '../core/engine/types';

/** The pause choices of the tray's Pause submenu. */
export type PauseChoice = { minutes: number } | { until: 'tomorrow' | 'resumed' };

/** What the tray menu can ask the app to do. */
export interface TrayActions {
  breakNow: (kind: BreakKind) => void;
  snooze: (minutes: number) => void;
  pause: (choice: PauseChoice) => void;
  resume: () => void;
  setMeeting: (on: boolean) => void;
  openSettings: () => void;
  openProgress: () => void;
  openAbout: () => void;
  quit: () => void;
}

/** What the menu shows besides the engine's status. */
export interface TrayContext {
  snoozeOptions: readonly number[];
  meeting: boolean;
}

const PAUSES: [string, string, PauseChoice][] = [
  ['pause-30', '30 minutes', { minutes: 30 }],
  ['pause-60', '1 hour', { minutes: 60 }],
  ['pause-120', '2 hours', { minutes: 120 }],
  ['pause-tomorrow', 'Until tomorrow', { until: 'tomorrow' }],
  ['pause-resumed', 'Until I resume', { until: 'resumed' }],
];

/** The tray menu for a status. Pure, so every item and what it does is unit-tested. */
export const buildTrayMenu = (status: EngineStatus, actions: TrayActions, context: TrayContext): MenuItemConstructorOptions[] => {
  const inBreak = status.mode === 'break';
  const paused = status.mode === 'paused';
  const away = status.mode === 'away';
  const canSnooze = status.snoozeAllowed && !paused && !inBreak;
  return [
    { id: 'status', label: status.text, enabled: false },
    { type: 'separator' },
    { id: 'break-now-posture', label: 'Posture break now', enabled: !inBreak && !away, click: () => actions.breakNow('posture') },
    { id: 'break-now-stress', label: 'Stress break now', enabled: !inBreak && !away, click: () => actions.breakNow('stress') },
    {
      id: 'snooze',
      label: status.snoozeAllowed ? 'Snooze' : 'Snooze — limit reached, take or skip this break',
      enabled: canSnooze,
      submenu: context.snoozeOptions.map((minutes) => ({ id: `snooze-${minutes}`, label: `${minutes} minutes`, enabled: canSnooze, click: () => actions.snooze(minutes) })),
    },
    { id: 'pause', label: 'Pause', enabled: !paused, submenu: PAUSES.map(([id, label, choice]) => ({ id, label, click: () => actions.pause(choice) })) },
    { id: 'resume', label: 'Resume', enabled: paused, click: () => actions.resume() },
    { id: 'meeting', label: 'Meeting mode', type: 'checkbox', checked: context.meeting, click: () => actions.setMeeting(!context.meeting) },
    { type: 'separator' },
    { id: 'settings', label: 'Settings…', click: () => actions.openSettings() },
    { id: 'progress', label: 'Progress…', click: () => actions.openProgress() },
    { id: 'about', label: 'About Unknot', click: () => actions.openAbout() },
    { type: 'separator' },
    { id: 'quit', label: 'Quit Unknot', click: () => actions.quit() },
  ];
};

/** Finds a menu item by id anywhere in the menu, submenus included. */
export const findItem = (items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined => {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = Array.isArray(item.submenu) ? findItem(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
};

/** The tooltip: the app's name and the status line. */
export const trayTooltip = (status: EngineStatus): string => `Unknot — ${status.text}`;

/** Which icon the tray shows for a status. */
export const trayIconState = (status: EngineStatus, meeting: boolean): 'active' | 'snoozed' | 'paused' | 'meeting' =>
  status.mode === 'paused' ? 'paused' : meeting || status.mode === 'quiet' ? 'meeting' : status.mode === 'snoozed' ? 'snoozed' : 'active';
