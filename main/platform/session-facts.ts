import type { App } from 'electron';
import { Notification } from 'electron';
import { displayServerOf, type DisplayServer } from '../windows/display';
import type { Diagnostics } from './diagnostics';
import { readApparmorLabel, readUserNamespaceFacts, reportSandbox, userNamespaceRestriction } from './sandbox';

/**
 * The platform facts that change how breaks can be shown, recorded once for Diagnostics: the
 * display server (Wayland allows no placement or always-on-top), notification support, and the
 * Chromium sandbox's state. Returns the display server.
 */
export const setupSessionFacts = (app: Pick<App, 'commandLine'>, diagnostics: Diagnostics): DisplayServer => {
  const displayServer = displayServerOf({ platform: process.platform, env: process.env, ozonePlatform: app.commandLine.getSwitchValue('ozone-platform') });
  diagnostics.fact('platform', `${process.platform} ${process.arch}`);
  diagnostics.fact('session type', displayServer === 'other' ? process.platform : displayServer);
  diagnostics.fact('desktop', process.env.XDG_CURRENT_DESKTOP ?? '—');
  diagnostics.fact('notification support', Notification.isSupported() ? 'yes' : 'no');
  diagnostics.fact('windows', 'every window sandboxed and isolated, no Node');
  reportSandbox(diagnostics, {
    platform: process.platform,
    argv: process.argv,
    appImage: process.env.APPIMAGE,
    restriction: process.platform === 'linux' ? userNamespaceRestriction(readUserNamespaceFacts()) : undefined,
    apparmorLabel: readApparmorLabel(),
  });
  return displayServer;
};
