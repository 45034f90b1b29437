import { spawn, spawnSync } from 'node:child_process';
import x11 from 'x11';

/** True when Debian's Xvfb is installed (.ci/run installs it). */
export const hasXvfb = (): boolean => spawnSync('which', ['Xvfb']).status === 0;

/** A private X server: it tells its display number on fd 3 once it accepts connections. */
export const startXvfb = (): Promise<{ display: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const server = spawn('Xvfb', ['-displayfd', '3', '-noreset', '-nolisten', 'tcp', '-screen', '0', '640x480x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    server.stdio[3]!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => server.kill() });
    });
    server.on('error', reject);
  });

/** Plays the window manager: a window, made active, whose _NET_WM_STATE the test sets. */
export const fakeWindowManager = (display: string): Promise<{ setFullScreen: (on: boolean) => void; stop: () => void }> =>
  new Promise((resolve, reject) => {
    x11.createClient({ display }, (error, connection) => {
      if (error) return reject(error);
      const X = connection.client;
      const root = connection.screen[0]!.root;
      const atoms: Record<string, number> = {};
      const names = ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN'];
      let pending = names.length;
      names.forEach((name) =>
        X.InternAtom(false, name, (_e, atom) => {
          atoms[name] = atom;
          if (--pending > 0) return;
          const wid = X.AllocID();
          X.CreateWindow(wid, root, 0, 0, 100, 100, 0, 0, 0, 0, {});
          X.ChangeProperty(0, root, atoms._NET_ACTIVE_WINDOW!, 33, 32, [wid]);
          resolve({
            setFullScreen: (on) => X.ChangeProperty(0, wid, atoms._NET_WM_STATE!, 4, 32, on ? [atoms._NET_WM_STATE_FULLSCREEN!] : []),
            stop: () => X.terminate(),
          });
        }),
      );
    });
  });
