import { describe, expect, it } from 'vitest';
import { HELP, parseCommandLine } from '../../main/core/cli/parse';

describe('the command line', () => {
  it.each([
    [['--break-now'], [{ do: 'break-now' }]],
    [['--break-now=stress'], [{ do: 'break-now', kind: 'stress' }]],
    [['--break-now=eyes'], [{ do: 'break-now', kind: 'eyes' }]],
    [['--snooze'], [{ do: 'snooze' }]],
    [['--snooze=15'], [{ do: 'snooze', minutes: 15 }]],
    [['--pause=30m'], [{ do: 'pause', minutes: 30 }]],
    [['--pause=2h'], [{ do: 'pause', minutes: 120 }]],
    [['--pause=tomorrow'], [{ do: 'pause', until: 'tomorrow' }]],
    [['--pause=indefinitely'], [{ do: 'pause', until: 'resumed' }]],
    [['--resume'], [{ do: 'resume' }]],
    [['--meeting=45'], [{ do: 'meeting', minutes: 45 }]],
    [['--settings', '--progress'], [{ do: 'settings' }, { do: 'progress' }]],
    [['--help'], [{ do: 'help' }]],
    [['--version'], [{ do: 'version' }]],
    [['--end-meeting', '--about', '--quit'], [{ do: 'end-meeting' }, { do: 'about' }, { do: 'quit' }]],
  ])('%j', (args, commands) => {
    expect(parseCommandLine(args)).toEqual({ ok: true, commands });
  });

  it('has an option for every tray action, for desktops that show no tray icon', () => {
    const trayActions = ['--break-now', '--snooze', '--pause', '--resume', '--meeting', '--end-meeting', '--settings', '--progress', '--about', '--quit'];
    const help = HELP;
    for (const option of trayActions) expect(help).toContain(option);
    expect(parseCommandLine(['--quit=now'])).toEqual({ ok: false, error: '--quit takes no value' });
  });

  it('ignores the app path and the switches Chromium and test tools add', () => {
    expect(parseCommandLine(['.', '--no-sandbox', '--remote-debugging-port=0', '--inspect=0', '--resume'])).toEqual({ ok: true, commands: [{ do: 'resume' }] });
  });

  it.each([
    [['--snooze=abc'], /--snooze takes whole minutes/],
    [['--snooze=0'], /between 1 and 240/],
    [['--snooze=-5'], /whole minutes/],
    [['--pause'], /--pause takes 30m, 1h, 2h, tomorrow or indefinitely \(got nothing\)/],
    [['--pause=3h'], /got "3h"/],
    [['--break-now=lunch'], /posture, stress, eyes, stand/],
    [['--resume=now'], /--resume takes no value/],
    [['--frobnicate'], /unknown option --frobnicate/],
    [['--resume', '--meeting=9999'], /between 1 and 480/],
  ])('rejects %j with a clear error, running nothing', (args, error) => {
    const parsed = parseCommandLine(args);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(error);
  });
});
