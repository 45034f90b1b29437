// Lint rules. The one that matters most: main/core is plain TypeScript — no Electron, no Node
// built-ins, no DOM, no React — so the engine runs and is tested anywhere.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/** The import bans for main/core, exported so the lint test can show each one firing. */
export const coreImportBans = {
  paths: [
    { name: 'electron', message: 'main/core must not import electron: put Electron calls in a main/ adapter.' },
    { name: 'react', message: 'main/core must not import React: UI lives in renderer/.' },
    { name: 'react-dom', message: 'main/core must not import React: UI lives in renderer/.' },
    ...builtinModules.map((name) => ({ name, message: `main/core must not import Node's "${name}": inject it from a main/ adapter.` })),
  ],
  patterns: [
    { group: ['node:*'], message: 'main/core must not import Node built-ins: inject them from a main/ adapter.' },
    { group: ['electron/*', 'react-dom/*'], message: 'main/core must stay free of Electron and the DOM.' },
    // Core modules live one folder below main/core, so climbing two levels leaves the core.
    { group: ['../../*'], message: 'main/core may import only main/core modules (and zod).' },
  ],
};

const domGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !['console', 'setTimeout', 'clearTimeout', 'queueMicrotask'].includes(name));

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="only"][callee.object.name=/^(it|test|describe)$/]', message: 'No focused tests.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['main/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', coreImportBans],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'main/core must not touch the DOM.' })), { name: 'process', message: 'main/core must not read process: inject what it needs.' }, { name: 'require', message: 'main/core must not require modules.' }],
    },
  },
);
