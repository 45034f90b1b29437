import { describe, expect, it } from 'vitest';
import { acceleratorOf, acceleratorProblem, isAccelerator } from '../../main/core/settings/accelerator';

const press = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('Electron accelerators (https://www.electronjs.org/docs/latest/api/accelerator)', () => {
  it.each(['CommandOrControl+Alt+B', 'CmdOrCtrl+Shift+Z', 'Ctrl+F5', 'F12', 'Alt+Space', 'Super+Up', 'control+alt+b', 'Ctrl+Plus', 'Ctrl++', 'Alt+num5', 'Ctrl+Shift+/', 'Option+PageDown', 'Meta+Escape'])('takes %s', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeNull();
    expect(isAccelerator(accelerator)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Ctrl+Alt', 'no-key'],
    ['Ctrl+A+B', 'two-keys'],
    ['Ctrl+Hyper+B', 'unknown-part'],
    ['Ctrl+F25', 'unknown-part'],
    ['Ctrl+', 'unknown-part'],
    ['B', 'no-modifier'],
    ['Shift+B', 'no-modifier'],
    ['Space', 'no-modifier'],
  ] as const)('refuses %j (%s)', (accelerator, problem) => {
    expect(acceleratorProblem(accelerator)).toBe(problem);
  });

  it('records a key press as the accelerator it stands for, the physical key and a portable Ctrl/Cmd', () => {
    expect(acceleratorOf(press('KeyK', { ctrlKey: true, shiftKey: true }))).toBe('CommandOrControl+Shift+K');
    expect(acceleratorOf(press('KeyK', { metaKey: true }))).toBe('CommandOrControl+K');
    expect(acceleratorOf(press('Digit1', { altKey: true, shiftKey: true }))).toBe('Alt+Shift+1');
    expect(acceleratorOf(press('F7'))).toBe('F7');
    expect(acceleratorOf(press('ArrowUp', { ctrlKey: true }))).toBe('CommandOrControl+Up');
    expect(acceleratorOf(press('Numpad4', { altKey: true }))).toBe('Alt+num4');
    expect(acceleratorOf(press('ControlLeft', { ctrlKey: true }))).toBeNull();
    expect(acceleratorOf(press('IntlBackslash', { ctrlKey: true }))).toBeNull();
    for (const code of ['KeyA', 'Digit0', 'F1', 'Space', 'Minus', 'Slash', 'NumpadAdd', 'PageDown']) expect(isAccelerator(acceleratorOf(press(code, { ctrlKey: true, altKey: true }))!), code).toBe(true);
  });
});
