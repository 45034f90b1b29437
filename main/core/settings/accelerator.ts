/**
 * Electron accelerators, checked without Electron. The grammar follows Electron's Accelerator
 * reference (https://www.electronjs.org/docs/latest/api/accelerator): modifiers and one key code
 * joined by "+", case-insensitive; modifiers Command/Cmd, Control/Ctrl, CommandOrControl/CmdOrCtrl,
 * Alt, Option, AltGr, Shift, Super, Meta; key codes 0-9, A-Z, F1-F24, the listed punctuation,
 * Plus, Space, Tab, Capslock, Numlock, Scrolllock, Backspace, Delete, Insert, Return/Enter, the
 * arrows, Home, End, PageUp, PageDown, Escape/Esc, the volume and media keys, PrintScreen and
 * num0-num9, numdec, numadd, numsub, nummult, numdiv.
 */

const MODIFIERS = ['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta'];
const NAMED_KEYS = [
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc',
  'volumeup', 'volumedown', 'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const PUNCTUATION = ')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"';

const isKeyCode = (part: string): boolean => {
  const lower = part.toLowerCase();
  if (/^[0-9a-z]$/.test(lower)) return true;
  if (/^f([1-9]|1\d|2[0-4])$/.test(lower)) return true;
  if (/^num[0-9]$/.test(lower)) return true;
  if (part.length === 1 && PUNCTUATION.includes(part)) return true;
  return NAMED_KEYS.includes(lower);
};

/** Why an accelerator cannot be used, or null when it can. */
export type AcceleratorProblem = 'empty' | 'unknown-part' | 'no-key' | 'two-keys' | 'no-modifier' | null;

/**
 * Checks an accelerator for use as a global shortcut: Electron's grammar, plus one rule of ours:
 * a key other than F1-F24 needs a modifier other than Shift, or the shortcut would swallow typing
 * in every other app.
 */
export const acceleratorProblem = (accelerator: string): AcceleratorProblem => {
  const text = accelerator.trim();
  if (text === '') return 'empty';
  // "+" is both the separator and a key; a trailing "++" means the key "+".
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  if (parts.some((part) => part === '')) return 'unknown-part';
  const modifiers = parts.filter((part) => MODIFIERS.includes(part.toLowerCase()));
  const keys = parts.filter((part) => !MODIFIERS.includes(part.toLowerCase()));
  if (keys.some((key) => !isKeyCode(key))) return 'unknown-part';
  if (keys.length === 0) return 'no-key';
  if (keys.length > 1) return 'two-keys';
  const functionKey = /^f([1-9]|1\d|2[0-4])$/i.test(keys[0]!);
  if (!functionKey && !modifiers.some((m) => m.toLowerCase() !== 'shift')) return 'no-modifier';
  return null;
};

/** Whether Electron would take this accelerator and it is fit for a global shortcut. */
export const isAccelerator = (accelerator: string): boolean => acceleratorProblem(accelerator) === null;

const KEY_OF_CODE: Record<string, string> = {
  Space: 'Space', Tab: 'Tab', Backspace: 'Backspace', Delete: 'Delete', Insert: 'Insert', Enter: 'Enter',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Home: 'Home', End: 'End',
  PageUp: 'PageUp', PageDown: 'PageDown', PrintScreen: 'PrintScreen',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';', Quote: '"', Comma: ',', Period: '.', Slash: '/', Backquote: '`',
  NumpadDecimal: 'numdec', NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv',
};

/** The parts of a key press a recorder needs (a subset of the DOM's KeyboardEvent, so core stays DOM-free). */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The accelerator a key press stands for, or null while only modifiers are held or the key has no
 * accelerator name. Ctrl and Cmd both become CommandOrControl, so a recorded shortcut means the
 * same on every OS. `code` (the physical key) is used, not `key`, so Shift+1 records "Shift+1", not "!".
 */
export const acceleratorOf = (press: KeyPress): string | null => {
  const { code } = press;
  let key: string | undefined;
  if (/^Key[A-Z]$/.test(code)) key = code.slice(3);
  else if (/^Digit\d$/.test(code)) key = code.slice(5);
  else if (/^Numpad\d$/.test(code)) key = `num${code.slice(6)}`;
  else if (/^F([1-9]|1\d|2[0-4])$/.test(code)) key = code;
  else key = KEY_OF_CODE[code];
  if (key === undefined) return null;
  const modifiers = [press.ctrlKey || press.metaKey ? 'CommandOrControl' : null, press.altKey ? 'Alt' : null, press.shiftKey ? 'Shift' : null];
  return [...modifiers.filter((m): m is string => m !== null), key].join('+');
};
