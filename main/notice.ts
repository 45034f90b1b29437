import { Notification } from 'electron';
import type { BreakKind } from './core/engine/types';

/** What the notice can ask for. */
export interface NoticeActions {
  startNow: () => void;
  snooze: (minutes: number) => void;
}

/** Shows and withdraws the "break coming" notice. */
export interface NoticeHandle {
  show: (kind: BreakKind, startsAt: number, now: number) => void;
  close: () => void;
}

const TITLES: Record<BreakKind, string> = { posture: 'Posture break', stress: 'Stress break' };

/**
 * The notice before a break, as a native notification: clicking it starts the break; where the
 * OS shows buttons (macOS, Windows) it offers "Start now" and "Snooze".
 */
export const setupNotice = (actions: NoticeActions, snoozeMinutes: () => number): NoticeHandle => {
  let current: Notification | null = null;
  const close = () => {
    current?.close();
    current = null;
  };
  const show = (kind: BreakKind, startsAt: number, now: number) => {
    close();
    if (!Notification.isSupported()) return;
    const seconds = Math.max(0, Math.round((startsAt - now) / 1000));
    const minutes = snoozeMinutes();
    const notice = new Notification({
      title: `${TITLES[kind]} in ${seconds} s`,
      body: 'Finish your sentence; Unknot waits for a pause in your typing. Click to start now.',
      silent: true,
      timeoutType: 'default',
      actions: [
        { type: 'button', text: 'Start now' },
        { type: 'button', text: `Snooze ${minutes} min` },
      ],
    });
    notice.on('click', () => actions.startNow());
    notice.on('action', (_event, index) => (index === 0 ? actions.startNow() : actions.snooze(minutes)));
    notice.show();
    current = notice;
  };
  return { show, close };
};
