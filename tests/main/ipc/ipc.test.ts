import type { Clipboard, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf, type CallName } from '../../../main/core/ipc/channels';
import { defaultSettings } from '../../../main/core/settings/schema';
import type { HandlerDeps } from '../../../main/ipc/handlers';
import { fakeIpcMain, FakeWebContents, invokeEvent, resetFakes } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupIpc, sendEvent } = await import('../../../main/ipc/gatekeeper');

const ours = new FakeWebContents();
const stranger = new FakeWebContents();
const fromUs = invokeEvent(ours, 'file:///app/out/renderer/index.html#/break');
const fromStranger = invokeEvent(stranger, 'https://evil.example/');

const makeIpc = () => {
  const notUsedHere = vi.fn((): never => {
    throw new Error('not used in these tests');
  });
  const handlers = {
    getBreak: vi.fn(() => null),
    getNotice: vi.fn(() => null),
    breakAction: vi.fn(() => ({ ok: true as const })),
    getSettings: vi.fn(() => defaultSettings()),
    updateSettings: vi.fn(() => {
      throw new Error('noticeSeconds: Too big');
    }),
    getProgress: vi.fn(),
    resetSettings: vi.fn(),
    planDay: vi.fn(() => []),
    submitCheckIn: vi.fn(() => ({ ok: true as const })),
    dismissCheckIn: vi.fn(() => ({ ok: true as const })),
    getSelfCheck: vi.fn(() => ({ last: null })),
    submitSelfCheck: vi.fn(() => ({ ok: true as const })),
    exportData: vi.fn(async () => ({ path: null })),
    deleteAllData: vi.fn(() => ({ ok: true as const })),
    openLogFile: vi.fn(async () => ({ path: '/x/logs/main.log' })),
    getHeldBack: vi.fn(() => null),
    heldBackChoice: vi.fn(() => ({ ok: true as const })),
    getDiagnostics: vi.fn(() => ({ detectors: {}, facts: {} })),
    copyDiagnostics: vi.fn(() => ({ text: '' })),
    getUpdateStatus: vi.fn(() => ({ currentVersion: '0.1.0', automatic: true, status: { state: 'development' as const } })),
    checkForUpdates: vi.fn(() => ({ currentVersion: '0.1.0', automatic: true, status: { state: 'development' as const } })),
    updateChoice: vi.fn(() => ({ ok: true as const })),
    openReleasePage: vi.fn(async () => ({ url: 'https://github.com/unknot-app/unknot/releases' })),
    openCrashReports: vi.fn(async () => ({ path: '/x/Crashpad' })),
    // Calls these tests do not make; each area tests its own handlers.
    getBodyCheck: notUsedHere,
    submitBodyCheck: notUsedHere,
    getProgramme: notUsedHere,
    submitFeedback: notUsedHere,
    getTechniqueFeedback: notUsedHere,
    getStatus: notUsedHere,
    openPage: notUsedHere,
    getTechniques: notUsedHere,
    saveCustomTechnique: notUsedHere,
    deleteCustomTechnique: notUsedHere,
    exportTechniques: notUsedHere,
    importTechniques: notUsedHere,
    commitTechniqueImport: notUsedHere,
    postureFrame: notUsedHere,
    postureCalibrate: notUsedHere,
    getPostureStatus: notUsedHere,
    openPostureCalibration: notUsedHere,
    getPostureDays: notUsedHere,
  };
  const log = vi.fn();
  setupIpc(fakeIpcMain, handlers, (event) => event.sender.id === ours.id, log);
  const invoke = (name: CallName, event: IpcMainInvokeEvent, ...args: unknown[]): unknown => fakeIpcMain.handlers.get(channelOf(name))!(event, ...args);
  return { handlers, invoke, log };
};

describe('the IPC gatekeeper', () => {
  beforeEach(resetFakes);

  it('registers exactly one handler per call of the contract', () => {
    makeIpc();
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
  });

  it('passes valid calls from the app’s own window to the handler', async () => {
    const { invoke, handlers } = makeIpc();
    await expect(invoke('breakAction', fromUs, { action: 'snooze', minutes: 5 })).resolves.toEqual({ ok: true, value: { ok: true } });
    expect(handlers.breakAction).toHaveBeenCalledWith({ action: 'snooze', minutes: 5 });
  });

  it('rejects a sender that is not one of the app’s windows, without running the handler', async () => {
    const { invoke, handlers, log } = makeIpc();
    const result = await invoke('breakAction', fromStranger, { action: 'done' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.breakAction).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('rejected breakAction'));
  });

  it('answers malformed arguments with a typed error naming the problem', async () => {
    const { invoke, handlers } = makeIpc();
    const result = (await invoke('breakAction', fromUs, { action: 'snooze', minutes: -3 })) as { ok: false; error: { code: string; message: string } };
    expect(result.error.code).toBe('invalid-arguments');
    expect(result.error.message).toMatch(/minutes/);
    expect(await invoke('getBreak', fromUs, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(handlers.breakAction).not.toHaveBeenCalled();
  });

  it('refuses to delete data without the exact confirmation phrase', async () => {
    const { invoke, handlers } = makeIpc();
    expect(await invoke('deleteAllData', fromUs, {})).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await invoke('deleteAllData', fromUs, { confirm: 'yes' })).toMatchObject({ ok: false });
    expect(handlers.deleteAllData).not.toHaveBeenCalled();
    expect(await invoke('deleteAllData', fromUs, { confirm: 'delete everything' })).toEqual({ ok: true, value: { ok: true } });
  });

  it('turns a handler’s exception into a typed error instead of a rejected promise', async () => {
    const { invoke } = makeIpc();
    await expect(invoke('updateSettings', fromUs, { noticeSeconds: 9999 })).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'noticeSeconds: Too big' },
    });
  });

  it('accepts only the three held-back answers, and "ignore today" only with a reason', async () => {
    const { invoke, handlers } = makeIpc();
    expect(await invoke('heldBackChoice', fromUs, { choice: 'ignore-today' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await invoke('heldBackChoice', fromUs, { choice: 'silence-forever' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(handlers.heldBackChoice).not.toHaveBeenCalled();
    expect(await invoke('heldBackChoice', fromUs, { choice: 'ignore-today', reason: 'in a call' })).toEqual({ ok: true, value: { ok: true } });
  });

  it('validates event payloads before they leave the main process', () => {
    const contents = new FakeWebContents();
    sendEvent(contents.asElectron(), 'breakChanged', null);
    expect(contents.sent).toEqual([{ channel: 'unknot:breakChanged', args: [null] }]);
    expect(() => sendEvent(contents.asElectron(), 'breakChanged', { kind: 'nap' } as never)).toThrow();
    expect(contents.sent).toHaveLength(1);
  });
});

describe('the held-back and diagnostics handlers', () => {
  const host = { snapshot: vi.fn(), dispatch: vi.fn() } as never;
  const settings = { get: vi.fn() } as never;
  const baseDeps = { data: {} as never, now: () => 100_000, saveFile: vi.fn<HandlerDeps['saveFile']>(async () => null), openLog: vi.fn<HandlerDeps['openLog']>(async () => '/x/main.log') };

  it('answer the notice window from the open held-back notice, and refuse a stale answer', async () => {
    const { makeIpcHandlers } = await import('../../../main/ipc/handlers');
    const info = { kind: 'stress' as const, reasons: ['do not disturb'], heldMinutes: 90 };
    let open: typeof info | null = info;
    const choose = vi.fn(() => (open ? ((open = null), true) : false));
    const handlers = makeIpcHandlers(host, settings, () => ({}) as never, { ...baseDeps, heldBack: { current: () => open, choose } });
    expect(handlers.getHeldBack()).toEqual(info);
    expect(handlers.heldBackChoice({ choice: 'keep-waiting' })).toEqual({ ok: true });
    expect(handlers.getHeldBack()).toBeNull();
    expect(() => handlers.heldBackChoice({ choice: 'keep-waiting' })).toThrow(/no longer open/);
  });

  it('copy the diagnostics text to the clipboard in main', async () => {
    const { makeIpcHandlers } = await import('../../../main/ipc/handlers');
    // Electron 45's clipboard.writeText, which the app passes here, is asynchronous (electron.d.ts).
    const copyText = vi.fn<Clipboard['writeText']>(async () => undefined);
    const snapshot = { facts: { 'session type': 'wayland' }, detectors: { 'do not disturb': { available: true, enabled: true, lastAnswer: 'off', askedAt: 95_000 } } };
    const handlers = makeIpcHandlers(host, settings, () => ({}) as never, { ...baseDeps, diagnostics: { snapshot: () => snapshot }, copyText });
    expect(handlers.getDiagnostics()).toEqual(snapshot);
    const { text } = await handlers.copyDiagnostics();
    expect(copyText).toHaveBeenCalledWith(text);
    expect(text).toContain('session type: wayland');
    expect(text).toContain('do not disturb: on; last answer off (5 s ago)');
  });
});
