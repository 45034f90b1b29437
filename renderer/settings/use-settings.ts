import { useEffect, useState } from 'react';
import type { Settings } from '../../main/core/settings/schema';
import { call, subscribe } from '../api';

/** The app's settings, kept current by settingsChanged events; null until loaded. */
export const useSettings = (): Settings | null => {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribe('settingsChanged', setSettings);
    call('getSettings')
      .then((value) => live && setSettings(value))
      .catch(() => undefined);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return settings;
};
