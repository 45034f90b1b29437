import type { EngineHost } from '../core/engine/host';
import { BREAK_KINDS } from '../core/engine/types';
import { ringAllowed, ringStep } from '../core/tray/ring';
import type { SettingsHandle } from '../storage/settings-store';
import { mainLanguage } from '../i18n';
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
  /** Posture sensing's nudges (issue 14): what it currently sees is shown under the status line. */
  posture?: { onPostureNudge: (listener: (nudge: { finding: string } | null) => void) => () => void };
}

/** The tray icon with every action wired to the engine, meeting mode and the page windows. */
export const setupAppTray = ({ assets, host, settings, meeting, open, quit, posture }: AppTrayDeps): TrayHandle => {
  let postureFinding: string | null = null;
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
    () => {
      const current = settings.get();
      return {
        snoozeOptions: current.snooze.options,
        meeting: meeting.on(),
        language: mainLanguage(),
        posture: postureFinding,
        kinds: BREAK_KINDS.filter((kind) => current.breaks[kind].enabled),
      };
    },
    host.status(),
    {
      // The countdown ring (issue 15), where the OS shows coloured tray icons and the setting is on.
      step: (status) => {
        const current = settings.get();
        return ringAllowed(process.platform, current.app.trayRing) ? ringStep(status, (kind) => current.breaks[kind].everyMinutes) : null;
      },
      now: () => Date.now(),
    },
  );
  let destroyed = false;
  // Electron throws "Object has been destroyed" at any use of a destroyed Tray; at Quit the windows
  // close after the tray is gone and the engine may still answer, so updates then are dropped.
  const update = (status: Parameters<TrayHandle['update']>[0]) => {
    if (!destroyed) tray.update(status);
  };
  const stopFollowingMeeting = meeting.onChange(() => update(host.status()));
  const stopFollowingPosture = posture?.onPostureNudge((nudge) => {
    postureFinding = nudge?.finding ?? null;
    update(host.status());
  });
  return {
    update,
    click: (id) => {
      if (!destroyed) tray.click(id);
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      stopFollowingMeeting();
      stopFollowingPosture?.();
      tray.destroy();
    },
  };
};
