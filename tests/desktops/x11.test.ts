import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { watchFullScreen } from '../../main/quiet/fullscreen-x11';
import { startDesktop } from '../helpers/desktop';

// One real X server (Xvfb) with a real window manager (openbox) for the file.
const x11 = await startDesktop('x11');
afterAll(() => x11.desktop?.stop());

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((f) => f()));

describe.skipIf(!x11.desktop)('on a real X11 window manager (openbox)', () => {
  const d = x11.desktop!;

  it('notices a full-screen window the window manager makes active, and that it is gone when it closes', async () => {
    const onChange = vi.fn();
    const stop = await watchFullScreen(d.env.DISPLAY, onChange, vi.fn());
    expect(stop).not.toBeNull();
    cleanups.push(stop!);
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false));
    // openbox, not the test, sets _NET_ACTIVE_WINDOW and _NET_WM_STATE_FULLSCREEN for this window.
    const xterm: ChildProcess = spawn('xterm', ['-fullscreen'], { env: d.env, stdio: 'ignore' });
    cleanups.push(() => xterm.kill());
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(true), { timeout: 5000 });
    xterm.kill();
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false), { timeout: 5000 });
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([false, true, false]);
  });

  it('does not call an ordinary window full screen', async () => {
    const onChange = vi.fn();
    const stop = await watchFullScreen(d.env.DISPLAY, onChange, vi.fn());
    cleanups.push(stop!);
    const xterm: ChildProcess = spawn('xterm', ['-geometry', '80x24+10+10'], { env: d.env, stdio: 'ignore' });
    cleanups.push(() => xterm.kill());
    await new Promise((r) => setTimeout(r, 1500));
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([false]);
  });
});
