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
  const applyLogin = () => {
    const current = settings.get();
    // Autostart is on by default, but only once the person has seen the onboarding. An AppImage
    // runs from a temporary mount, so its own file ($APPIMAGE) is what must start at login; the
    // entry is rewritten at each start, since the AppImage may have moved.
    if (current.app.onboarded && app.isPackaged) {
      applyAutostart(current.app.autostart, { platform: process.platform, app, exec: launchCommand(process.env, process.execPath) });
    }
  };
  const applyKeys = () => {
    const failed = applyShortcuts(globalShortcut, settings.get().shortcuts, {
      breakNow: () => host.dispatch({ type: 'user', action: 'start-now' }),
      snooze: () => host.dispatch({ type: 'user', action: 'snooze' }),
    });
    if (failed.length > 0) log(`shortcuts: the system refused ${failed.join(', ')}`);
  };
  applyLogin();
  applyKeys();
  // Each follows only its own settings: a shortcut edit does not rewrite the login entry.
  const stopLogin = onSliceChange(settings, (s) => [s.app.autostart, s.app.onboarded], applyLogin);
  const stopKeys = onSliceChange(settings, (s) => s.shortcuts, applyKeys);
  return () => {
    stopLogin();
    stopKeys();
    globalShortcut.unregisterAll();
  };
};
