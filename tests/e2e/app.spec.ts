import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from './electron-binary';

const binary = findElectron();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

type TestHook = { unknotTest: { clickTray: (id: string) => void; status: () => { text: string }; historyPath: string } };

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'unknot-e2e-'));
  app = await electron.launch({
    executablePath: 'path' in binary ? binary.path : undefined,
    args: ['.'],
    env: { ...process.env, UNKNOT_E2E: '1', UNKNOT_USER_DATA: userData },
  });
  await app.evaluate(async () => {
    for (let i = 0; i < 100 && !(globalThis as unknown as Partial<TestHook>).unknotTest; i += 1) await new Promise((r) => setTimeout(r, 50));
  });
});

test.afterEach(async () => {
  if (app.process().exitCode === null) await app.close();
});

test('launches into the tray with no window open', async () => {
  const status = await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.status().text);
  expect(status).toBe('Next posture break in 30 min');
  expect(app.windows()).toHaveLength(0);
});

test('"Take a break now" opens the break window; Done closes it and records the break', async () => {
  const opened = app.waitForEvent('window');
  await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.clickTray('break-now-posture'));
  const page = await opened;
  await expect(page.getByRole('heading', { name: 'Upper-arm hold' })).toBeVisible();
  const closed = page.waitForEvent('close');
  await page.getByRole('button', { name: 'Done' }).click();
  await closed;
  const historyPath = await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.historyPath);
  const events = readFileSync(historyPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line).event);
  expect(events).toEqual(['started', 'done']);
});

test('snooze from the tray postpones the next break', async () => {
  await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.clickTray('snooze-10'));
  const status = await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.status().text);
  expect(status).toBe('Next posture break in 40 min');
});

test('a second launch forwards its arguments to the running app and exits', async () => {
  const opened = app.waitForEvent('window');
  const second = spawn('path' in binary ? binary.path : '', ['.', '--break-now=stress'], { env: { ...process.env, UNKNOT_E2E: '1', UNKNOT_USER_DATA: userData } });
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(code).toBe(0);
  const page = await opened;
  await expect(page.getByText('Stress break', { exact: true })).toBeVisible();
});

test('a bad argument on a second launch is refused with a clear error and changes nothing', async () => {
  const second = spawn('path' in binary ? binary.path : '', ['.', '--snooze=lots'], { env: { ...process.env, UNKNOT_E2E: '1', UNKNOT_USER_DATA: userData } });
  let err = '';
  second.stderr.on('data', (chunk) => (err += chunk));
  expect(await new Promise<number | null>((resolve) => second.on('exit', resolve))).toBe(2);
  expect(err).toContain('--snooze takes whole minutes');
  expect(await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.status().text)).toBe('Next posture break in 30 min');
});

test('Quit leaves no process behind', async () => {
  const pid = app.process().pid!;
  const exited = new Promise((resolve) => app.process().on('exit', resolve));
  await app.evaluate(() => (globalThis as unknown as TestHook).unknotTest.clickTray('quit'));
  await exited;
  expect(() => process.kill(pid, 0)).toThrow();
});
