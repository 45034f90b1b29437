import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFullScreen } from '../../main/quiet/fullscreen-x11';
import { fakeWindowManager, hasXvfb, startXvfb } from '../helpers/xvfb';

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
