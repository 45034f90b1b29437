import { mkdtempSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A D-Bus address whose socket accepts and never says a word, counting who came (the app did try). */
export const countingSilentBus = (): Promise<{ address: string; accepted: () => number; stop: () => void }> =>
  new Promise((resolve) => {
    const path = join(mkdtempSync(join(tmpdir(), 'unknot-boot-bus-')), 'bus');
    const sockets = new Set<Socket>();
    let accepted = 0;
    const server = createServer((socket) => {
      accepted += 1;
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    server.listen(path, () =>
      resolve({
        address: `unix:path=${path}`,
        accepted: () => accepted,
        stop: () => {
          sockets.forEach((s) => s.destroy());
          server.close();
        },
      }),
    );
  });
