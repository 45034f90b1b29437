/**
 * `?speed=N` in the browser preview: the views read the wall clock (`Date.now()`, e.g. the break
 * view's countdown in break/use-now.ts), so they are given the engine's sped-up clock too; without
 * it a break at 60× ended while its countdown still showed 0:38. Only the preview installs this.
 */
export const speedUpWallClock = (clock: () => number, speed: number): void => {
  if (speed === 1) return;
  Date.now = () => Math.round(clock());
};
