import x11 from 'x11';

const ATOM_ATOM = 4;
const ATOM_WINDOW = 33;

/** How long connecting and the first replies may take before the detector gives up (ms). */
export const X11_SETUP_TIMEOUT_MS = 2000;

/**
 * x11's terminate() only ends the socket (node_modules/x11/lib/xcore.js, XClient.prototype.terminate):
 * a server that never answers keeps it, and the process, alive. Destroy the stream too.
 */
const destroy = (client: x11.XClient) => {
  try {
    client.terminate();
  } catch {
    // not set up yet: there is only the stream
  }
  (client as unknown as { stream?: { destroy?: () => void } }).stream?.destroy?.();
};

/**
 * X11 full-screen detector: follows the window manager's _NET_ACTIVE_WINDOW on the root window
 * and that window's _NET_WM_STATE through PropertyNotify events, so nothing is polled and no
 * process is spawned. Calls `onChange` with whether the active window is full screen.
 */
export const watchFullScreen = (
  display: string | undefined,
  onChange: (fullScreen: boolean) => void,
  log: (message: string) => void,
  timeoutMs = X11_SETUP_TIMEOUT_MS,
): Promise<(() => void) | null> =>
  new Promise((resolve) => {
    if (!display) {
      log('quiet: no X11 display (Wayland or macOS/Windows): full-screen apps are not detected here');
      resolve(null);
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      log(`quiet: the X server ${display} did not answer within ${timeoutMs} ms; full screen is not followed`);
      destroy(client);
      resolve(null);
    }, timeoutMs);
    const client = x11.createClient({ display }, (error, connection) => {
      if (error) {
        if (settled) return;
        log(`quiet: cannot reach the X server ${display}: ${error.message}`);
        settled = true;
        clearTimeout(timer);
        resolve(null);
        return;
      }
      if (settled) return destroy(connection.client); // answered after we gave up
      const X = connection.client;
      const root = connection.screen[0]!.root;
      const atoms: Record<string, number> = {};
      const names = ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN'];
      let active = 0;
      let last: boolean | null = null;
      const report = (value: boolean) => {
        if (value !== last) onChange((last = value));
      };
      const readState = () => {
        if (!active) return report(false);
        X.GetProperty(0, active, atoms._NET_WM_STATE!, ATOM_ATOM, 0, 64, (err, prop) => {
          if (err) return report(false);
          const states: number[] = [];
          for (let i = 0; i + 4 <= prop.data.length; i += 4) states.push(prop.data.readUInt32LE(i));
          report(states.includes(atoms._NET_WM_STATE_FULLSCREEN!));
        });
      };
      const readActive = () =>
        X.GetProperty(0, root, atoms._NET_ACTIVE_WINDOW!, ATOM_WINDOW, 0, 1, (err, prop) => {
          active = !err && prop.data.length >= 4 ? prop.data.readUInt32LE(0) : 0;
          // Structure events too: openbox leaves _NET_ACTIVE_WINDOW naming a window that is gone
          // (measured with xterm -fullscreen, tests/desktops/x11.test.ts), so its end must be seen here.
          if (active) X.ChangeWindowAttributes(active, { eventMask: x11.eventMask.PropertyChange! | x11.eventMask.StructureNotify! });
          readState();
        });
      X.on('error', (err) => log(`quiet: X11 error: ${err.message}`));
      // The X server went away (the session ended or restarted): nothing is full screen any more,
      // and a quiet reason left on would hold breaks back until the next start.
      X.on('end', () => {
        log('quiet: the X11 connection closed; full screen is no longer followed');
        active = 0;
        report(false);
      });
      X.on('event', (event) => {
        if ((event.name === 'DestroyNotify' || event.name === 'UnmapNotify') && event.wid === active) {
          if (event.name === 'DestroyNotify') active = 0;
          return report(false);
        }
        if (event.name === 'MapNotify' && event.wid === active) return readState();
        if (event.name !== 'PropertyNotify') return;
        if (event.wid === root && event.atom === atoms._NET_ACTIVE_WINDOW) readActive();
        else if (event.wid === active && event.atom === atoms._NET_WM_STATE) readState();
      });
      let pending = names.length;
      for (const name of names) {
        X.InternAtom(false, name, (err, atom) => {
          atoms[name] = atom;
          pending -= 1;
          if (pending > 0 || settled) return;
          X.ChangeWindowAttributes(root, { eventMask: x11.eventMask.PropertyChange! });
          readActive();
          log('quiet: following the active window for full screen over X11');
          settled = true;
          clearTimeout(timer);
          resolve(() => destroy(X));
        });
      }
    });
    client.on?.('error', (error: Error) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        log(`quiet: X11 connection failed: ${error.message}`);
        resolve(null);
      }
    });
  });
