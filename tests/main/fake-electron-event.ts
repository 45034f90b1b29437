import type { Event } from 'electron';

/** An Electron event object (`preventDefault`, `defaultPrevented`, plus the event's details), typed against electron.d.ts. */
export const electronEvent = <Params extends object = Record<never, never>>(params?: Params): Event<Params> => {
  let prevented = false;
  const base = {
    preventDefault: (): void => {
      prevented = true;
    },
    get defaultPrevented(): boolean {
      return prevented;
    },
  };
  return Object.assign(base, params ?? ({} as Params));
};
