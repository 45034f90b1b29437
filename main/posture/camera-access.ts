import type { SystemPreferences } from 'electron';

/**
 * Asks macOS for camera access before the posture window opens the camera. Electron documents
 * `systemPreferences.askForMediaAccess('camera')` as macOS-only: it prompts once (the prompt shows
 * `NSCameraUsageDescription` from Info.plist, which Electron's docs require and electron-builder.yml
 * `mac.extendInfo` sets) and later resolves with the stored answer; a denial can only be changed in
 * System Settings and needs a restart (docs/api/system-preferences.md). Elsewhere the
 * OS asks nothing of apps and the permission handler alone decides, so this resolves true.
 */
export const askCameraAccess = async (platform: NodeJS.Platform, prefs: Pick<SystemPreferences, 'askForMediaAccess' | 'getMediaAccessStatus'>): Promise<boolean> => {
  if (platform !== 'darwin') return true;
  const status = prefs.getMediaAccessStatus('camera');
  if (status === 'granted') return true;
  if (status === 'denied' || status === 'restricted') return false;
  return prefs.askForMediaAccess('camera');
};
