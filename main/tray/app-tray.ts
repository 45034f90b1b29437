import type { EngineHost } from '../core/engine/host';
import type { SettingsHandle } from '../storage/settings-store';
import type { PageName } from '../windows/app-windows';
import { setupTray, type TrayHandle } from './tray';

/** What the tray needs from the rest of the app. */
export interface AppTrayDeps {
  assets: string;
  host: EngineHost;
  settings: SettingsHandle;
  meeting: { on: () => boolean; set: (on: boolean) => void; onChange: (listener: () => void) => () => void };
  open: (page: PageName) => void;
  quit: () => void;
}

/** The tray icon with every action wired to the engine, meeting mode and the page windows. */
export const setupAppTray = ({ assets, host, settings, meeting, open, quit }: AppTrayDeps): TrayHandle => {
  const tray = setupTray(
    assets,
    {
      breakNow: (kind) => host.dispatch({ type: 'user', action: 'start-now', kind }),
      snooze: (minutes) => host.dispatch({ type: 'user', action: 'snooze', minutes }),
      pause: (choice) => host.dispatch({ type: 'user', action: 'pause', ...choice }),
      resume: () => host.dispatch({ type: 'user', action: 'resume' }),
      setMeeting: (on) => meeting.set(on),
      openSettings: () => open('settings'),
      openProgress: () => open('progress'),
      openAbout: () => open('about'),
      quit,
    },
    () => ({ snoozeOptions: settings.get().snooze.options, meeting: meeting.on() }),
    host.status(),
  );
  let destroyed = false;
  // Electron throws "Object has been destroyed" at any use of a destroyed Tray; at Quit the windows
  // close after the tray is gone and the engine may still answer, so updates then are dropped.
  const update = (status: Parameters<TrayHandle['update']>[0]) => {
    if (!destroyed) tray.update(status);
  };
  const stopFollowingMeeting = meeting.onChange(() => update(host.status()));
  return {
    update,
    click: (id) => {
      if (!destroyed) tray.click(id);
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      stopFollowingMeeting();
      tray.destroy();
    },
  };
};
