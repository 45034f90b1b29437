import type { Command } from '../core/cli/parse';
import type { HostEvent } from '../core/engine/host';

/** What command-line commands act on. */
export interface CommandTargets {
  dispatch: (event: HostEvent) => void;
  setMeeting: (on: boolean, minutes?: number) => void;
  openSettings: () => void;
  openProgress: () => void;
}

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
      case 'settings':
        targets.openSettings();
        break;
      case 'progress':
        targets.openProgress();
        break;
      default:
        // --help and --version are answered by the launching process itself.
        break;
    }
  }
};
