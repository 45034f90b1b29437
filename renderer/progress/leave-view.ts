/**
 * Where a page view goes once it is finished. A view reached from Progress (`#/check-in?from=progress`)
 * returns there, in the same window. Otherwise the view is alone in a window main opened for it
 * (the daily check-in, onboarding), which closes; in the browser preview the tab belongs to the
 * person, so nothing closes it and `fallback` is shown instead.
 */
export const leaveView = (fallback: string): void => {
  if (cameFrom() === 'progress') {
    window.location.hash = '#/progress';
    return;
  }
  if (import.meta.env.MODE === 'web') window.location.hash = fallback;
  else window.close();
};

/** The view that sent the person here (`?from=` inside the hash), if any. */
export const cameFrom = (): string | null => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('from');
