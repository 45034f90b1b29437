import type { EngineHost } from './core/engine/host';
import type { EngineConfig } from './core/engine/types';
import { breakInfoOf } from './core/ipc/break-info';
import type { CallHandlers } from './core/ipc/contract';
import type { SettingsHandle } from './settings-store';

/** The handlers behind every IPC call; arguments arrive already checked by the gatekeeper. */
export const makeIpcHandlers = (host: EngineHost, settings: SettingsHandle, config: () => EngineConfig): CallHandlers => ({
  getBreak: () => breakInfoOf(host.snapshot(), config()),
  breakAction: (action) => {
    host.dispatch({ type: 'user', ...action });
    return { ok: true } as const;
  },
  getSettings: () => settings.get(),
  updateSettings: (patch) => settings.update(patch),
});
