import type { NotificationConstructorOptions } from 'electron';

/** The parts of Electron's Notification the posture notice uses. */
export interface NotificationHandle {
  show: () => void;
  close: () => void;
}

/**
 * The posture nudge as a native notification: silent, low urgency, and never focusing anything
 * (a notification is drawn by the desktop; no app window is shown or raised). Only the newest
 * stays: a new nudge replaces the old one rather than stacking up.
 */
export const postureNotice = (create: (options: NotificationConstructorOptions) => NotificationHandle, supported: () => boolean) => {
  let last: NotificationHandle | null = null;
  return (title: string, body: string): boolean => {
    if (!supported()) return false;
    last?.close();
    last = create({ title, body, silent: true, urgency: 'low' });
    last.show();
    return true;
  };
};
