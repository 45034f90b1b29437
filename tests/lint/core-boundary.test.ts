import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const lint = async (code: string, filePath: string) => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
};

describe('the core boundary lint rule', () => {
  it.each([
    ["import { app } from 'electron';", 'electron'],
    ["import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ["import { readFileSync } from 'fs';", 'Node\'s "fs"'],
    ["import { createRoot } from 'react-dom/client';", 'Electron and the DOM'],
    ["import { setupTray } from '../../tray';", 'only main/core modules'],
  ])('rejects %s in main/core', async (code, why) => {
    const messages = await lint(`${code}\nexport const x = 1;\n`, 'main/core/engine/fixture.ts');
    expect(messages.join('\n')).toContain(why);
  });

  it('rejects DOM globals in main/core', async () => {
    const messages = await lint('export const title = () => document.title;\n', 'main/core/engine/fixture.ts');
    expect(messages.join('\n')).toMatch(/no-restricted-globals: .*must not touch the DOM/);
  });

  it('allows the same imports in a main/ adapter and core-to-core imports', async () => {
    expect(await lint("import { app } from 'electron';\nexport const a = app;\n", 'main/fixture.ts')).toEqual([]);
    expect(await lint("import { step } from '../engine/step';\nexport const s = step;\n", 'main/core/simulation/fixture.ts')).toEqual([]);
  });
});
