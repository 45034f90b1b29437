import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-next';

/** True when Debian's dbus-daemon is installed (.ci/run installs it). */
export const hasDbusDaemon = (): boolean => spawnSync('dbus-daemon', ['--version']).status === 0;

/**
 * A session bus policy with no <servicedir>: nothing is ever D-Bus-activated. With desktops
 * installed, /usr/share/dbus-1/services holds e.g. org.freedesktop.Notifications for Plasma
 * (plasma_waitforname, which blocks ~25 s), and the default session config would start it.
 */
const NO_ACTIVATION_CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

/** A private session bus for one test (no service activation): its address and a stop function. */
export const startBus = (): Promise<{ address: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-bus-'));
    const config = join(dir, 'session.conf');
    writeFileSync(config, NO_ACTIVATION_CONFIG);
    const daemon: ChildProcess = spawn('dbus-daemon', [`--config-file=${config}`, '--print-address', '--nofork', `--address=unix:dir=${dir}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    daemon.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ address: line.trim(), stop: () => daemon.kill() });
    });
    daemon.on('error', reject);
    daemon.on('exit', (code) => reject(new Error(`dbus-daemon exited (${code}) before printing its address`)));
  });

/** An address whose socket is gone (a stale DBUS_SESSION_BUS_ADDRESS after a session ended). */
export const staleBusAddress = (): string => `unix:path=${join(mkdtempSync(join(tmpdir(), 'unknot-stale-')), 'bus')}`;

/** A socket that accepts connections and never says a word: the D-Bus handshake never completes. */
export const silentBus = (): Promise<{ address: string; connections: () => number; stop: () => void }> =>
  new Promise((resolve) => {
    const path = join(mkdtempSync(join(tmpdir(), 'unknot-silent-')), 'bus');
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.resume(); // read (and drop) what comes, so the client's close is noticed
      socket.on('close', () => sockets.delete(socket));
    });
    server.listen(path, () =>
      resolve({
        address: `unix:path=${path}`,
        /** Connections still open: a client that let go cleanly leaves none. */
        connections: () => sockets.size,
        stop: () => {
          sockets.forEach((s) => s.destroy());
          server.close();
        },
      }),
    );
  });

/** Puts a service with one method on the bus; returns a disconnect function. */
export const exportMethod = async (address: string, service: string, path: string, ifaceName: string, method: string, signature: string, value: () => unknown) => {
  const bus = dbus.sessionBus({ busAddress: address });
  class Service extends dbus.interface.Interface {}
  // dbus-next looks methods up on the class, so the method goes on the prototype.
  (Service.prototype as unknown as Record<string, unknown>)[method] = value;
  Service.configureMembers({ methods: { [method]: { inSignature: '', outSignature: signature } } });
  bus.export(path, new Service(ifaceName));
  await bus.requestName(service, 0);
  return () => bus.disconnect();
};
