import { describe, expect, it, vi } from 'vitest';
import { forwardData, forwardedCommands, onSecondInstance, runCommands } from '../../../main/platform/command-line';
import { parseCommandLine } from '../../../main/core/cli/parse';
import { setupMeetingMode } from '../../../main/quiet/meeting-mode';

const targets = () => ({ dispatch: vi.fn(), setMeeting: vi.fn(), openSettings: vi.fn(), openProgress: vi.fn(), openAbout: vi.fn(), quit: vi.fn() });
const run = (args: string[]) => {
  const t = targets();
  const parsed = parseCommandLine(args);
  if (parsed.ok) runCommands(parsed.commands, t);
  return { t, parsed };
};

describe('command-line commands reach the running app', () => {
  it('turns each option into the engine event or window it stands for', () => {
    expect(run(['--break-now=stress']).t.dispatch).toHaveBeenCalledWith({ type: 'user', action: 'start-now', kind: 'stress' });
    expect(run(['--snooze=15']).t.dispatch).toHaveBeenCalledWith({ type: 'user', action: 'snooze', minutes: 15 });
    expect(run(['--pause=1h']).t.dispatch).toHaveBeenCalledWith({ type: 'user', action: 'pause', minutes: 60 });
    expect(run(['--pause=indefinitely']).t.dispatch).toHaveBeenCalledWith({ type: 'user', action: 'pause', until: 'resumed' });
    expect(run(['--resume']).t.dispatch).toHaveBeenCalledWith({ type: 'user', action: 'resume' });
    expect(run(['--meeting=30']).t.setMeeting).toHaveBeenCalledWith(true, 30);
    expect(run(['--settings']).t.openSettings).toHaveBeenCalled();
    expect(run(['--progress']).t.openProgress).toHaveBeenCalled();
    expect(run(['--end-meeting']).t.setMeeting).toHaveBeenCalledWith(false);
    expect(run(['--about']).t.openAbout).toHaveBeenCalled();
    expect(run(['--quit']).t.quit).toHaveBeenCalled();
  });

  it('a bad argument changes nothing at all, even next to good ones', () => {
    const { t, parsed } = run(['--resume', '--snooze=lots']);
    expect(parsed.ok).toBe(false);
    expect(t.dispatch).not.toHaveBeenCalled();
  });
});

describe('a second launch hands its commands to the running app', () => {
  // What Electron's second-instance event passes: argv reordered and extended by Chromium.
  const noisyArgv = ['/opt/Unknot/unknot', '--original-process-start-time=13390000000000000', '--enable-crashpad', '--snooze=15'];
  const secondLaunch = (additionalData: unknown) => {
    const t = targets();
    const log = vi.fn();
    const listener: (event: Electron.Event, argv: string[], workingDirectory: string, additionalData: unknown) => void = onSecondInstance(t, log);
    listener({ preventDefault: () => undefined, defaultPrevented: false }, noisyArgv, '/home/someone', additionalData);
    return { t, log };
  };

  it('runs the commands from additionalData, not from the reordered argv', () => {
    const parsed = parseCommandLine(['--pause=1h']);
    if (!parsed.ok) throw new Error(parsed.error);
    const { t } = secondLaunch(forwardData(parsed.commands));
    expect(t.dispatch).toHaveBeenCalledExactlyOnceWith({ type: 'user', action: 'pause', minutes: 60 });
  });

  it('refuses and logs data that does not match the schema; nothing runs', () => {
    for (const bad of [undefined, null, 'settings', { commands: [{ do: 'rm -rf' }] }, { commands: [{ do: 'snooze', minutes: 9999 }] }, { commands: [{ do: 'resume', extra: 1 }] }]) {
      const { t, log } = secondLaunch(bad);
      expect(t.dispatch).not.toHaveBeenCalled();
      expect(t.openSettings).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith(expect.stringContaining('refused'));
    }
  });

  it('opens Settings when Unknot is started again with no commands, so a desktop without a tray still has a way in', () => {
    const { t } = secondLaunch(forwardData([]));
    expect(t.openSettings).toHaveBeenCalledOnce();
    expect(t.dispatch).not.toHaveBeenCalled();
    expect(forwardedCommands({ commands: [{ do: 'version' }] }, vi.fn())).toEqual([{ do: 'settings' }]);
  });
});

describe('meeting mode', () => {
  it('is a quiet signal for the engine, on until turned off or for the minutes given', () => {
    const dispatch = vi.fn();
    let fire: (() => void) | null = null;
    const meeting = setupMeetingMode({ dispatch }, () => undefined, (_ms, fn) => (fire = fn));
    const changed = vi.fn();
    meeting.onChange(changed);
    meeting.set(true, 45);
    expect(meeting.on()).toBe(true);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: true, reason: 'meeting mode', by: 'meeting' });
    fire!();
    expect(meeting.on()).toBe(false);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: false, reason: 'meeting mode', by: 'meeting' });
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
