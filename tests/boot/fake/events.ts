/*
 * A note for every fake here: Electron's classes extend Node's EventEmitter (electron.d.ts), so the
 * fakes do too. `on`/`once` stay out of the `Pick<…>` checks only because their declared return is
 * the polymorphic `this` (the whole Electron class); every other member a fake offers is checked.
 */
import type { EventEmitter } from 'node:events';
import type { Event } from 'electron';
import { record } from './recorder';

/** An Electron event object (`preventDefault`, `defaultPrevented`), typed against electron.d.ts. */
export const electronEvent = (): Event => {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
};

/**
 * Real Electron throws "Object has been destroyed" when a destroyed Tray, window or web contents is
 * used, and in the main process that is an uncaught exception dialog (electron/electron-api-demos
 * issue #189). The fakes do the same, and record it so the test names the object.
 */
export const assertAlive = (destroyed: boolean, what: string, method: string): void => {
  if (!destroyed) return;
  record('destroyed-use', { what, method });
  throw new TypeError('Object has been destroyed');
};

/**
 * Emits as Electron's native side does: each listener runs on its own, and one that throws is an
 * uncaught exception (reported as such) that does not stop the others or the operation under way.
 */
export const emitFromNative = (emitter: Pick<EventEmitter, 'listeners'>, name: string, ...args: unknown[]): void => {
  for (const listener of emitter.listeners(name) as Array<(...a: unknown[]) => unknown>) {
    try {
      listener(...args);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
};
