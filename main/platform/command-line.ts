import type { Command } from '../core/cli/parse';
import { secondInstanceSchema, type SecondInstanceData } from '../core/ipc/contract';
import type { HostEvent } from '../core/engine/host';

/** What command-line commands act on. */
export interface CommandTargets {
  dispatch: (event: HostEvent) => void;
  setMeeting: (on: boolean, minutes?: number) => void;
  openSettings: () => void;
  openProgress: () => void;
  openAbout: () => void;
  quit: () => void;
}

/** The command line's targets in the running app: the engine, meeting mode, the page windows, quit. */
export const commandTargets = (
  host: { dispatch: (event: HostEvent) => void },
  meeting: { set: (on: boolean, minutes?: number) => void },
  open: (page: 'settings' | 'progress' | 'about') => void,
  quit: () => void,
): CommandTargets => ({
  dispatch: (event) => host.dispatch(event),
  setMeeting: meeting.set,
  openSettings: () => open('settings'),
  openProgress: () => open('progress'),
  openAbout: () => open('about'),
  quit,
});

/** Runs parsed commands in the running app (first launch or forwarded from a second launch). */
export const runCommands = (commands: readonly Command[], targets: CommandTargets): void => {
  for (const command of commands) {
    switch (command.do) {
      case 'break-now':
        targets.dispatch({ type: 'user', action: 'start-now', ...(command.kind && { kind: command.kind }) });
        break;
      case 'snooze':
        targets.dispatch({ type: 'user', action: 'snooze', ...(command.minutes && { minutes: command.minutes }) });
        break;
      case 'pause':
        targets.dispatch({ type: 'user', action: 'pause', ...(command.minutes && { minutes: command.minutes }), ...(command.until && { until: command.until }) });
        break;
      case 'resume':
        targets.dispatch({ type: 'user', action: 'resume' });
        break;
      case 'meeting':
        targets.setMeeting(true, command.minutes);
        break;
      case 'end-meeting':
        targets.setMeeting(false);
        break;
      case 'settings':
        targets.openSettings();
        break;
      case 'progress':
        targets.openProgress();
        break;
      case 'about':
        targets.openAbout();
        break;
      case 'quit':
        targets.quit();
        break;
      default:
        // --help and --version are answered by the launching process itself.
        break;
    }
  }
};

/** The `additionalData` a second launch passes to `app.requestSingleInstanceLock`. */
export const forwardData = (commands: readonly Command[]): SecondInstanceData => ({ commands: [...commands] });

/**
 * The commands a second launch forwarded, read from the `second-instance` event's
 * `additionalData` (never from its argv, which Electron reorders and extends). Anything that does
 * not match the schema is refused and logged, and nothing runs. A launch with no commands (the
 * person started Unknot again from the menu) opens Settings, so a desktop without a tray icon
 * still has a way in.
 */
export const forwardedCommands = (additionalData: unknown, log: (message: string) => void): Command[] | null => {
  const parsed = secondInstanceSchema.safeParse(additionalData);
  if (!parsed.success) {
    log(`second launch: refused its forwarded data (${parsed.error.issues[0]?.message ?? 'invalid'}); nothing was run`);
    return null;
  }
  const runnable = parsed.data.commands.filter((c) => c.do !== 'help' && c.do !== 'version');
  return runnable.length > 0 ? runnable : [{ do: 'settings' }];
};

/** The `second-instance` listener: runs what the second launch forwarded, in this instance. */
export const onSecondInstance =
  (targets: CommandTargets, log: (message: string) => void) =>
  (_event: unknown, _argv: string[], _workingDirectory: string, additionalData: unknown): void => {
    const commands = forwardedCommands(additionalData, log);
    if (commands) runCommands(commands, targets);
  };
