import type { MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from '../core/engine/status';
import type { BreakKind } from '../core/engine/types';
import { t, tTable } from '../i18n';

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
  /** The language the labels are in (main/i18n mainLanguage()); part of the context so a change of language rebuilds the menu. */
  language?: string;
  /** What posture sensing last noticed and still sees (issue 14), shown under the status line; absent when nothing is. */
  posture?: string | null;
  /** The break kinds switched on, for "Start … now" (issue 15); without it, posture and stress. */
  kinds?: readonly BreakKind[];
}

const PAUSES: [string, string, PauseChoice][] = [
  ['pause-30', 'm30', { minutes: 30 }],
  ['pause-60', 'm60', { minutes: 60 }],
  ['pause-120', 'm120', { minutes: 120 }],
  ['pause-tomorrow', 'tomorrow', { until: 'tomorrow' }],
  ['pause-resumed', 'resumed', { until: 'resumed' }],
];

const kindLabel = (kind: BreakKind) => t(`kind.${kind}`);

// Reasons are keys with spaces and commas, so they are looked up in the table, not by dotted key.
const quietReasonText = (reason: string): string => {
  const table = tTable('quietReason');
  return table[reason] ?? reason.split(', ').map((part) => table[part] ?? part).join(', ');
};

/**
 * The status line in the current language. Built from the status's fields; the two facts the
 * core only has as text (the pause's end, the quiet reason) are read from its fixed English
 * wording in core/engine/status.ts (`Paused until …`, `Waiting: …`).
 */
export const statusLine = (status: EngineStatus): string => {
  switch (status.mode) {
    case 'break':
      return status.kind ? t('tray.status.inBreak', { kind: kindLabel(status.kind) }) : status.text;
    case 'away':
      return t('tray.status.away');
    case 'paused': {
      const until = /^Paused until (.+)$/.exec(status.text)?.[1];
      return until === undefined || until === 'you resume' ? t('tray.status.pausedUntilResume') : t('tray.status.pausedUntil', { time: until });
    }
    case 'quiet': {
      const reason = /^Waiting: (.+)$/.exec(status.text)?.[1] ?? '';
      return t('tray.status.waiting', { reason: quietReasonText(reason) });
    }
    case 'off-hours':
      return t('tray.status.offHours');
    default:
      if (!status.kind || status.minutes === undefined) return t('tray.status.none');
      if (status.minutes === 0 && status.text.endsWith('starting')) return t('tray.status.starting', { kind: kindLabel(status.kind) });
      return status.minutes <= 1 ? t('tray.status.nextSoon', { kind: kindLabel(status.kind) }) : t('tray.status.next', { kind: kindLabel(status.kind), minutes: status.minutes });
  }
};

/** The tray menu for a status. Pure, so every item and what it does is unit-tested. */
export const buildTrayMenu = (status: EngineStatus, actions: TrayActions, context: TrayContext): MenuItemConstructorOptions[] => {
  const inBreak = status.mode === 'break';
  const paused = status.mode === 'paused';
  const away = status.mode === 'away';
  const canSnooze = status.snoozeAllowed && !paused && !inBreak;
  return [
    { id: 'status', label: statusLine(status), enabled: false },
    ...(context.posture ? [{ id: 'posture', label: t(`posture.main.tray.${context.posture}`), enabled: false }] : []),
    { type: 'separator' },
    ...(context.kinds ?? (['posture', 'stress'] as const)).map((kind): MenuItemConstructorOptions => ({
      id: `break-now-${kind}`,
      label: t('tray.breakNow', { kind: kindLabel(kind) }),
      enabled: !inBreak && !away,
      click: () => actions.breakNow(kind),
    })),
    {
      id: 'snooze',
      label: status.snoozeAllowed ? t('tray.snooze') : t('tray.snoozeLimit'),
      enabled: canSnooze,
      submenu: context.snoozeOptions.map((minutes) => ({ id: `snooze-${minutes}`, label: t('tray.minutes', { count: minutes }), enabled: canSnooze, click: () => actions.snooze(minutes) })),
    },
    { id: 'pause', label: t('tray.pause'), enabled: !paused, submenu: PAUSES.map(([id, key, choice]) => ({ id, label: t(`tray.pauseFor.${key}`), click: () => actions.pause(choice) })) },
    { id: 'resume', label: t('tray.resume'), enabled: paused, click: () => actions.resume() },
    { id: 'meeting', label: t('tray.meeting'), type: 'checkbox', checked: context.meeting, click: () => actions.setMeeting(!context.meeting) },
    { type: 'separator' },
    { id: 'settings', label: t('tray.settings'), click: () => actions.openSettings() },
    { id: 'progress', label: t('tray.progress'), click: () => actions.openProgress() },
    { id: 'about', label: t('tray.about'), click: () => actions.openAbout() },
    { type: 'separator' },
    { id: 'quit', label: t('tray.quit'), click: () => actions.quit() },
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
export const trayTooltip = (status: EngineStatus): string => t('tray.tooltip', { status: statusLine(status) });

/** Which icon the tray shows for a status. */
export const trayIconState = (status: EngineStatus, meeting: boolean): 'active' | 'snoozed' | 'paused' | 'meeting' =>
  status.mode === 'paused' ? 'paused' : meeting || status.mode === 'quiet' ? 'meeting' : status.mode === 'snoozed' ? 'snoozed' : 'active';
