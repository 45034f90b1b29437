import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_NAMES, channelOf, type EventName } from './core/ipc/channels';
import type { UnknotBridge } from './core/ipc/contract';

const calls = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args)]),
);

const bridge = {
  ...calls,
  on(event: EventName, listener: (payload: unknown) => void) {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channelOf(event), wrapped);
    return () => {
      ipcRenderer.removeListener(channelOf(event), wrapped);
    };
  },
} as UnknotBridge;

contextBridge.exposeInMainWorld('unknot', bridge);
