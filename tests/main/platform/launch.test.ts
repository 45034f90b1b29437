import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../../main/core/cli/parse';
import { setupLaunch } from '../../../main/platform/launch';

/** The part of `app` the launch decision uses, typed against electron.d.ts; it records the order of calls. */
const fakeApp = (lockGranted = true) => {
  const calls: string[] = [];
  const app = {
    setPath: (name: string, path: string): void => void calls.push(`setPath ${name} ${path}`),
    exit: (exitCode?: number): void => void calls.push(`exit ${exitCode}`),
    quit: (): void => void calls.push('quit'),
    getVersion: (): string => '1.2.3',
    requestSingleInstanceLock: (additionalData?: Record<string, unknown>): boolean => {
      calls.push(`lock ${JSON.stringify(additionalData)}`);
      return lockGranted;
    },
  } satisfies Pick<App, 'setPath' | 'exit' | 'quit' | 'getVersion' | 'requestSingleInstanceLock'>;
  return { app, calls };
};

const capture = () => {
  const said = { log: [] as string[], error: [] as string[] };
  return { said, out: { log: (t: string) => void said.log.push(t), error: (t: string) => void said.error.push(t) } };
};

describe('launch decision', () => {
  it('uses the test profile before taking the single-instance lock, and starts with the commands given', () => {
    const { app, calls } = fakeApp();
    const { out } = capture();
    const launch = setupLaunch(app, ['unknot', '--snooze=10'], { UNKNOT_USER_DATA: '/tmp/profile' }, out);
    expect(launch).toEqual({ commands: [{ do: 'snooze', minutes: 10 }] });
    // The lock is per userData folder, so the path must be set first (electron.d.ts, requestSingleInstanceLock).
    expect(calls).toEqual(['setPath userData /tmp/profile', 'lock {"commands":[{"do":"snooze","minutes":10}]}']);
  });

  it('a bad option exits 2 with a message, before any lock is taken or command forwarded', () => {
    const { app, calls } = fakeApp();
    const { out, said } = capture();
    expect(setupLaunch(app, ['unknot', '--snooze=abc'], {}, out)).toBeNull();
    expect(calls).toEqual(['exit 2']);
    expect(said.error.join('\n')).toMatch(/^unknot: .*snooze/);
  });

  it('--help prints the help and --version the version, each exiting 0 without a lock', () => {
    for (const [arg, text] of [['--help', HELP], ['--version', 'Unknot 1.2.3']] as const) {
      const { app, calls } = fakeApp();
      const { out, said } = capture();
      expect(setupLaunch(app, ['unknot', arg], {}, out)).toBeNull();
      expect(said.log).toEqual([text]);
      expect(calls).toEqual(['exit 0']);
    }
  });

  it('a second launch hands its commands to the running app and quits', () => {
    const { app, calls } = fakeApp(false);
    const { out } = capture();
    expect(setupLaunch(app, ['unknot', '--break-now'], {}, out)).toBeNull();
    expect(calls).toEqual(['lock {"commands":[{"do":"break-now"}]}', 'quit']);
  });
});
