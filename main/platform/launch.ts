import type { App } from 'electron';
import { HELP, parseCommandLine, type Command } from '../core/cli/parse';
import { forwardData } from './command-line';

/** What the first instance starts with. */
export interface Launch {
  commands: Command[];
}

/**
 * Everything decided before Electron is ready: the test profile, the command line (bad options
 * exit 2 in the launching process, so nothing is forwarded or changed), --help/--version, and the
 * single-instance lock (a second launch hands its commands to the running app and leaves).
 * Returns null when this process should not go on.
 */
export const setupLaunch = (
  app: Pick<App, 'setPath' | 'exit' | 'quit' | 'getVersion' | 'requestSingleInstanceLock'>,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: { log: (text: string) => void; error: (text: string) => void } = console,
): Launch | null => {
  // Tests point the app at a throw-away profile; a user never needs this.
  if (env.UNKNOT_USER_DATA) app.setPath('userData', env.UNKNOT_USER_DATA);
  const parsed = parseCommandLine(argv.slice(1));
  if (!parsed.ok) {
    out.error(`unknot: ${parsed.error}`);
    app.exit(2);
    return null;
  }
  if (parsed.commands.some((c) => c.do === 'help' || c.do === 'version')) {
    out.log(parsed.commands.some((c) => c.do === 'help') ? HELP : `Unknot ${app.getVersion()}`);
    app.exit(0);
    return null;
  }
  if (!app.requestSingleInstanceLock(forwardData(parsed.commands))) {
    app.quit();
    return null;
  }
  return { commands: parsed.commands };
};
