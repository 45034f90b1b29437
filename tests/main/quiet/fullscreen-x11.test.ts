import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFullScreen } from '../../../main/quiet/fullscreen-x11';
import { fakeWindowManager, hasXvfb, startXvfb } from '../../helpers/xvfb';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const xvfb = hasXvfb();
if (!xvfb) console.log('full-screen X11 tests skipped: Xvfb is not installed (apt-get install xvfb; .ci/run does)');

describe.skipIf(!xvfb)('full screen on a real X server (Xvfb)', () => {
  it('follows the active window into full screen and back, by property events', async () => {
    const server = await startXvfb();
    cleanups.push(server.stop);
    const wm = await fakeWindowManager(server.display);
    cleanups.push(wm.stop);
    const onChange = vi.fn();
    const stop = await watchFullScreen(server.display, onChange, vi.fn());
    cleanups.push(() => stop?.());
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false));
    wm.setFullScreen(true);
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(true));
    wm.setFullScreen(false);
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false));
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([false, true, false]);
  });
});

describe('full screen without X11', () => {
  it('says plainly that it is unavailable', async () => {
    const log = vi.fn();
    expect(await watchFullScreen(undefined, vi.fn(), log)).toBeNull();
    expect(log.mock.calls[0]![0]).toMatch(/full-screen apps are not detected here/);
  });
});

describe('full screen with an X server that never answers', () => {
  it('gives up within the bound, says so, and lets the socket go', async () => {
    const { createServer } = await import('node:net');
    const { mkdirSync } = await import('node:fs');
    mkdirSync('/tmp/.X11-unix', { recursive: true });
    const number = 900 + Math.floor(Math.random() * 99);
    const sockets = new Set<import('node:net').Socket>();
    const server = createServer((s) => {
      sockets.add(s);
      s.resume();
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((done) => server.listen(`/tmp/.X11-unix/X${number}`, done));
    cleanups.push(() => (sockets.forEach((s) => s.destroy()), server.close()));
    const log = vi.fn();
    const started = Date.now();
    expect(await watchFullScreen(`:${number}`, vi.fn(), log, 300)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(log.mock.calls.at(-1)![0]).toMatch(/did not answer within 300 ms/);
    await vi.waitFor(() => expect(sockets.size).toBe(0));
  });
});
