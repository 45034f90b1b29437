import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-next';

/** True when Debian's dbus-daemon is installed (.ci/run installs it). */
export const hasDbusDaemon = (): boolean => spawnSync('dbus-daemon', ['--version']).status === 0;

/** A private session bus for one test: its address and a stop function. */
export const startBus = (): Promise<{ address: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-bus-'));
    const daemon: ChildProcess = spawn('dbus-daemon', ['--session', '--print-address', '--nofork', `--address=unix:dir=${dir}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    daemon.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ address: line.trim(), stop: () => daemon.kill() });
    });
    daemon.on('error', reject);
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
