/** Loaded with `node --import`: installs the hook that hands the app the fake Electron (built beside this file). */
import { register } from 'node:module';

// A case may run the app's code paths of another OS (e.g. win32's AppUserModelID) on this machine.
if (process.env.UNKNOT_BOOT_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.UNKNOT_BOOT_PLATFORM });

register('./hooks.mjs', import.meta.url, { data: { fakeUrl: new URL('./electron.mjs', import.meta.url).href } });
