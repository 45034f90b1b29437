import { app, globalShortcut } from 'electron';
import type { EngineHost } from '../core/engine/host';
import { onSliceChange, type SettingsHandle } from '../storage/settings-store';
import { applyAutostart, launchCommand } from './autostart';
import { applyShortcuts } from './shortcuts';

/**
 * Start at login and the global shortcuts follow their settings: applied at start and again
 * only when their own settings change. Returns the clean-up (shortcuts released, subscription ended).
 */
export const setupDesktopSettings = (host: EngineHost, settings: SettingsHandle, log: (message: string) => void): (() => void) => {
  const apply = () => {
    const current = settings.get();
    // Autostart is on by default, but only once the person has seen the onboarding. An AppImage
    // runs from a temporary mount, so its own file ($APPIMAGE) is what must start at login.
    if (current.app.onboarded && app.isPackaged) {
      applyAutostart(current.app.autostart, { platform: process.platform, app, exec: launchCommand(process.env, process.execPath) });
    }
    const failed = applyShortcuts(globalShortcut, current.shortcuts, {
      breakNow: () => host.dispatch({ type: 'user', action: 'start-now' }),
      snooze: () => host.dispatch({ type: 'user', action: 'snooze' }),
    });
    if (failed.length > 0) log(`shortcuts: the system refused ${failed.join(', ')}`);
  };
  apply();
  const unsubscribe = onSliceChange(settings, (s) => [s.app.autostart, s.app.onboarded, s.shortcuts], apply);
  return () => {
    unsubscribe();
    globalShortcut.unregisterAll();
  };
};
