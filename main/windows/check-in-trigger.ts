import type { AppCore } from '../app-core';

/** The daily check-in: after the first finished break of the day, once, dismissible. Returns the unsubscribe. */
export const setupCheckInTrigger = ({ host, settings, data, config }: AppCore, openCheckIn: () => void, now: () => number = Date.now): (() => void) =>
  host.on((effect) => {
    const finished = effect.type === 'break-close' && (effect.outcome === 'completed' || effect.outcome === 'done');
    if (finished && settings.get().checkIn.daily && !data.checkedInToday(now(), config().timeZone)) openCheckIn();
  });
