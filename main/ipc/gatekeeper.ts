import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CALL_NAMES, channelOf, type CallName, type EventName } from '../core/ipc/channels';
import { contract, type CallHandlers, type EventPayload, type IpcResult } from '../core/ipc/contract';
import { POSTURE_WINDOW_CALLS, POSTURE_WINDOW_ONLY } from '../core/posture/ipc-calls';

/** Decides whether an IPC message comes from one of the app's own windows (and, given the call's name, whether that window may make it). */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, name: CallName) => boolean;

/**
 * Posture sensing (issue 14): the posture window may make the posture calls and nothing else, and
 * the calls that carry camera-derived numbers (POSTURE_WINDOW_ONLY) come from it alone. Every other
 * call is decided by `base` as before. `isPostureWindow` checks the sender's web contents id and
 * that its frame shows the posture page (main/posture/setup-posture.ts `postureSenderCheck`).
 */
export const withPostureSender =
  (base: SenderCheck, isPostureWindow: (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean): SenderCheck =>
  (event, name) => {
    if (isPostureWindow(event)) return POSTURE_WINDOW_CALLS.includes(name);
    if ((POSTURE_WINDOW_ONLY as readonly string[]).includes(name)) return false;
    return base(event, name);
  };

/** Logs a rejected or failed call without echoing untrusted payloads back. */
export type IpcLogger = (message: string) => void;

const describeArgsProblem = (issues: readonly { path: PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'arguments'}: ${issue.message}`)
    .join('; ');

/**
 * The one gatekeeper for every call: checks the sender, validates the arguments against the
 * contract, runs the handler, and always answers with a typed result, never a thrown error.
 */
export const handleCall = async (
  name: CallName,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  rawArgs: unknown[],
  handlers: CallHandlers,
  isTrusted: SenderCheck,
  log: IpcLogger,
): Promise<IpcResult<unknown>> => {
  if (!isTrusted(event, name)) {
    log(`ipc: rejected ${name} from an unknown sender`);
    return { ok: false, error: { code: 'forbidden-sender', message: 'This window may not talk to Unknot.' } };
  }
  let parsed: ReturnType<(typeof contract.calls)[CallName]['args']['safeParse']>;
  try {
    parsed = contract.calls[name].args.safeParse(rawArgs);
  } catch {
    // Pathological input (say, nesting deep enough to exhaust the stack) is still just bad input.
    log(`ipc: unreadable arguments for ${name}`);
    return { ok: false, error: { code: 'invalid-arguments', message: 'arguments could not be read' } };
  }
  if (!parsed.success) {
    const message = describeArgsProblem(parsed.error.issues);
    log(`ipc: invalid arguments for ${name}: ${message}`);
    return { ok: false, error: { code: 'invalid-arguments', message } };
  }
  try {
    const handler = handlers[name] as (...args: unknown[]) => unknown;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`ipc: ${name} failed: ${message}`);
    return { ok: false, error: { code: 'failed', message } };
  }
};

/** Registers the gatekeeper for every call of the contract; returns a function that removes them. */
export const setupIpc = (
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: CallHandlers,
  isTrusted: SenderCheck,
  log: IpcLogger,
): (() => void) => {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, ...args: unknown[]) => handleCall(name, event, args, handlers, isTrusted, log));
  }
  return () => CALL_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)));
};

/** Sends a contract event to one window, validating the payload first so nothing malformed leaves. */
export const sendEvent = <K extends EventName>(contents: WebContents, name: K, payload: EventPayload<K>): void => {
  if (contents.isDestroyed()) return;
  const checked = contract.events[name].parse(payload);
  contents.send(channelOf(name), checked);
};
