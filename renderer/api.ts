import type { EventName } from '../main/core/ipc/channels';
import type { CallArgs, CallResult, EventPayload, IpcError, UnknotBridge } from '../main/core/ipc/contract';

declare global {
  interface Window {
    unknot?: UnknotBridge;
  }
}

type Calls = Omit<UnknotBridge, 'on'>;

/** A call the main process refused or could not complete, with its typed reason. */
export class IpcCallError extends Error {
  constructor(readonly detail: IpcError) {
    super(detail.message);
  }
}

const bridge = (): UnknotBridge => {
  if (!window.unknot) throw new Error('The Unknot bridge is missing: open this page from the app or with npm run dev:web.');
  return window.unknot;
};

/** Calls the main process; resolves with the value or throws an IpcCallError. The only bridge user. */
export const call = async <K extends keyof Calls>(name: K, ...args: CallArgs<K>): Promise<CallResult<K>> => {
  const fn = bridge()[name] as (...a: CallArgs<K>) => ReturnType<Calls[K]>;
  const result = await fn(...args);
  if (!result.ok) throw new IpcCallError(result.error);
  return result.value as CallResult<K>;
};

/** Subscribes to an event from the main process; returns the unsubscribe function. */
export const subscribe = <K extends EventName>(
  event: K,
  listener: (payload: EventPayload<K>) => void,
): (() => void) => bridge().on(event, listener);
