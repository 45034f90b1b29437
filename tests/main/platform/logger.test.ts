import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Details, RenderProcessGoneDetails, WebContentsConsoleMessageEventParams, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { LOG_MAX_BYTES, logRendererErrors, setupLogger, type AppFitsProcessEvents, type AppProcessEvents } from '../../../main/platform/logger';
import { bundleChild } from '../../helpers/bundle-child';
import { electronEvent } from '../fake-electron-event';
import { FakeWebContents } from '../fake-electron-windows';

describe('the log file', () => {
  it('writes to logs/main.log in the user-data folder and rotates at the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-log-'));
    const logger = setupLogger(dir, false);
    expect(logger.path).toBe(join(dir, 'logs', 'main.log'));
    logger.warn('settings: 1 problem(s)');
    const line = 'x'.repeat(1000);
    for (let i = 0; i < (LOG_MAX_BYTES / 1000) * 1.5; i += 1) logger.info(line);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(join(dir, 'logs', 'main.old.log'))).toBe(true);
    expect(statSync(logger.path).size).toBeLessThanOrEqual(LOG_MAX_BYTES);
    expect(readFileSync(join(dir, 'logs', 'main.old.log'), 'utf8')).toMatch(/\[warn\]\s+settings: 1 problem\(s\)/);
  });
});

/** Bundles a tiny main process that sets up the logger, optionally catches errors, then throws twice. */
const errorsChild = async (dir: string): Promise<string> => {
  return bundleChild(join(dir, 'errors-child.mjs'), {
    stdin: {
      contents: `
        import { catchMainErrors, setupLogger } from './main/platform/logger';
        const logger = setupLogger(process.argv[2], false);
        if (process.argv[3] === 'catch') catchMainErrors();
        setTimeout(() => { throw new Error('a timer threw'); }, 10);
        void Promise.reject(new Error('a promise was rejected'));
        setTimeout(() => { logger.info('still running'); setTimeout(() => process.exit(0), 100); }, 60);
      `,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
  });
};

describe('errors in the main process', () => {
  it('an uncaught error and an unhandled rejection are logged with their stacks, and the app goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-errors-'));
    const run = spawnSync(process.execPath, [await errorsChild(dir), dir, 'catch'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf8');
    expect(text).toMatch(/\[error\]\s+Unhandled Error: a timer threw\n\s+at /);
    expect(text).toMatch(/\[error\]\s+Unhandled rejection Error: a promise was rejected\n\s+at /);
    expect(text).toMatch(/\[info\]\s+still running/);
  });

  it('control: without catching, the same process dies at the first error and logs nothing of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-errors-'));
    const run = spawnSync(process.execPath, [await errorsChild(dir), dir], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    const log = join(dir, 'logs', 'main.log');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').not.toMatch(/still running|a promise was rejected/);
  });
});

/** Electron's `app` as far as the renderer-error log uses it: the events it listens to (typed in AppProcessEvents). */
const fakeApp = () => new EventEmitter() satisfies AppProcessEvents;
// Electron's real `app` fits the same type, so the fake and the app cannot drift apart.
const appFits: AppFitsProcessEvents = true;
const consoleMessage = (level: WebContentsConsoleMessageEventParams['level'], message: string) =>
  // `frame` is a whole WebFrameMain; the log reads only level, message, sourceId and lineNumber.
  electronEvent({ level, message, lineNumber: 12, sourceId: 'file:///opt/Unknot/resources/app.asar/out/renderer/assets/index.js', frame: null as unknown as WebFrameMain });

describe('errors in the renderers reach the log, with no IPC channel', () => {
  const setup = () => {
    const app = fakeApp();
    const lines: string[] = [];
    const stop = logRendererErrors(app, { error: (m) => lines.push(`error ${m}`), warn: (m) => lines.push(`warn ${m}`) });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', electronEvent(), contents);
    return { app, lines, stop, contents };
  };

  it("a page's uncaught error and unhandled rejection (console level 'error') are logged; its other console output is not", () => {
    const { lines, contents } = setup();
    contents.emit('console-message', consoleMessage('error', 'Uncaught TypeError: steps is undefined'));
    contents.emit('console-message', consoleMessage('error', 'Uncaught (in promise) Error: no technique'));
    contents.emit('console-message', consoleMessage('info', 'rendered in 4 ms'));
    contents.emit('console-message', consoleMessage('warning', 'deprecated'));
    expect(lines).toEqual([
      `error renderer ${contents.id}: Uncaught TypeError: steps is undefined (file:///opt/Unknot/resources/app.asar/out/renderer/assets/index.js:12)`,
      `error renderer ${contents.id}: Uncaught (in promise) Error: no technique (file:///opt/Unknot/resources/app.asar/out/renderer/assets/index.js:12)`,
    ]);
  });

  it('a failing preload, a dead renderer and a crashed helper process are logged; a clean helper exit is not', () => {
    const { app, lines, contents } = setup();
    contents.emit('preload-error', electronEvent(), '/opt/Unknot/resources/app.asar/out/preload/index.cjs', new Error('contextBridge failed'));
    app.emit('render-process-gone', electronEvent(), contents, { reason: 'oom', exitCode: 9 } satisfies RenderProcessGoneDetails);
    app.emit('child-process-gone', electronEvent(), { type: 'GPU', reason: 'crashed', exitCode: 139 } satisfies Details);
    app.emit('child-process-gone', electronEvent(), { type: 'Utility', reason: 'clean-exit', exitCode: 0, name: 'network' } satisfies Details);
    expect(lines[0]).toMatch(new RegExp(`^error renderer ${contents.id}: the preload /opt/Unknot/resources/app.asar/out/preload/index.cjs failed: Error: contextBridge failed\\n\\s+at `));
    expect(lines.slice(1)).toEqual([`error renderer ${contents.id} is gone (oom, exit code 9); its window stays until closed`, 'warn GPU process is gone (crashed, exit code 139)']);
  });

  it('unsubscribing stops all of it', () => {
    expect(appFits).toBe(true);
    const { app, lines, stop } = setup();
    stop();
    expect(app.listenerCount('web-contents-created') + app.listenerCount('render-process-gone') + app.listenerCount('child-process-gone')).toBe(0);
    expect(lines).toEqual([]);
  });
});
