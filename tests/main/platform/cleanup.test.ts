import type { App } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createCleanup } from '../../../main/platform/cleanup';

/** `app` as far as Quit goes: `on` from Node's EventEmitter (as electron.d.ts's App extends it) and a typed `quit`. */
const fakeApp = () => {
  const emitter = new EventEmitter();
  const app = Object.assign(emitter, {
    quit: (): void => void emitter.emit('before-quit'),
  }) satisfies Pick<App, 'quit'>;
  return app;
};

describe('clean-up at Quit', () => {
  it('runs every step once at before-quit, newest first, even when one fails', () => {
    const done: string[] = [];
    const logged: string[] = [];
    const cleanup = createCleanup((m) => logged.push(m));
    const app = fakeApp();
    app.on('before-quit', cleanup.run);
    cleanup.add('engine', () => done.push('engine'));
    cleanup.add('tray', () => {
      throw new Error('already gone');
    });
    cleanup.add('break controller', () => done.push('break controller'));
    expect(cleanup.quitting()).toBe(false);
    app.quit();
    app.quit();
    expect(done).toEqual(['break controller', 'engine']);
    expect(logged).toEqual(['quit: tray failed to clean up (already gone)']);
    expect(cleanup.quitting()).toBe(true);
  });

  it('a Quit before a service exists never touches it; one that joins after Quit is cleaned at once', () => {
    const done: string[] = [];
    const cleanup = createCleanup();
    cleanup.add('tray', () => done.push('tray'));
    cleanup.run();
    expect(done).toEqual(['tray']);
    const remove = cleanup.add('idle source', () => done.push('idle source'));
    expect(done).toEqual(['tray', 'idle source']);
    remove();
    cleanup.run();
    expect(done).toEqual(['tray', 'idle source']);
  });

  it('a step removed before Quit does not run', () => {
    const done: string[] = [];
    const cleanup = createCleanup();
    const remove = cleanup.add('calendar', () => done.push('calendar'));
    cleanup.add('tray', () => done.push('tray'));
    remove();
    cleanup.run();
    expect(done).toEqual(['tray']);
  });
});
