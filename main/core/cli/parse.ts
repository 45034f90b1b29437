import { BREAK_KINDS, type BreakKind } from '../engine/types';

/** One thing the command line asks the running app to do. */
export type Command =
  | { do: 'break-now'; kind?: BreakKind }
  | { do: 'snooze'; minutes?: number }
  | { do: 'pause'; minutes?: number; until?: 'tomorrow' | 'resumed' }
  | { do: 'resume' }
  | { do: 'meeting'; minutes?: number }
  | { do: 'end-meeting' }
  | { do: 'settings' }
  | { do: 'progress' }
  | { do: 'about' }
  | { do: 'quit' }
  | { do: 'help' }
  | { do: 'version' };

/** The parse result: commands to run, or the first problem in words a person understands. */
export type Parsed = { ok: true; commands: Command[] } | { ok: false; error: string };

/** The help text `--help` prints. */
export const HELP = `Usage: unknot [option]...
  --break-now[=posture|stress|eyes|stand]   start a break now
  --snooze[=MIN]                 snooze the next break (1-240 minutes; default from settings)
  --pause=30m|1h|2h|tomorrow|indefinitely
  --resume                       end a pause
  --meeting[=MIN]                meeting mode: no breaks until turned off, or for MIN minutes
  --end-meeting                  turn meeting mode off
  --settings                     open the settings window
  --progress                     open the progress window
  --about                        open About (with Diagnostics)
  --quit                         quit the running app
  --help, --version
Every tray action has an option here, for desktops that show no tray icon.`;

// Switches Chromium, Electron and test tools add; they are not ours to judge.
const PASSTHROUGH = /^--(inspect|remote-debugging|no-sandbox|enable-logging|user-data-dir|disable-|enable-|ozone|allow-|js-flags|lang|force-|use-|headless|no-zygote)/;

const minutes = (value: string | undefined, option: string, max: number): number | string | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) return `${option} takes whole minutes, e.g. ${option}=10 (got "${value}")`;
  const n = Number(value);
  return n >= 1 && n <= max ? n : `${option} must be between 1 and ${max} minutes (got ${n})`;
};

const PAUSES: Record<string, Extract<Command, { do: 'pause' }>> = {
  '30m': { do: 'pause', minutes: 30 },
  '1h': { do: 'pause', minutes: 60 },
  '2h': { do: 'pause', minutes: 120 },
  tomorrow: { do: 'pause', until: 'tomorrow' },
  indefinitely: { do: 'pause', until: 'resumed' },
};

const parseOne = (arg: string): Command | string | null => {
  const [name, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const noValue = (command: Command) => (value === undefined ? command : `${name} takes no value`);
  switch (name) {
    case '--break-now':
      if (value === undefined) return { do: 'break-now' };
      return (BREAK_KINDS as readonly string[]).includes(value) ? { do: 'break-now', kind: value as BreakKind } : `--break-now takes ${BREAK_KINDS.join(', ')} (got "${value}")`;
    case '--snooze': {
      const m = minutes(value, '--snooze', 240);
      return typeof m === 'string' ? m : { do: 'snooze', ...(m !== undefined && { minutes: m }) };
    }
    case '--pause':
      return value !== undefined && PAUSES[value] ? PAUSES[value] : `--pause takes 30m, 1h, 2h, tomorrow or indefinitely (got ${value === undefined ? 'nothing' : `"${value}"`})`;
    case '--meeting': {
      const m = minutes(value, '--meeting', 480);
      return typeof m === 'string' ? m : { do: 'meeting', ...(m !== undefined && { minutes: m }) };
    }
    case '--resume':
    case '--end-meeting':
    case '--settings':
    case '--progress':
    case '--about':
    case '--quit':
    case '--help':
    case '--version':
      return noValue({ do: name.slice(2) } as Command);
    default:
      return PASSTHROUGH.test(name) || !arg.startsWith('--') ? null : `unknown option ${name} (try --help)`;
  }
};

/** Parses the options after the executable (and app path); anything invalid rejects the whole line. */
export const parseCommandLine = (args: readonly string[]): Parsed => {
  const commands: Command[] = [];
  for (const arg of args) {
    const result = parseOne(arg);
    if (typeof result === 'string') return { ok: false, error: result };
    if (result) commands.push(result);
  }
  return { ok: true, commands };
};
