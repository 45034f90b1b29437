/** Loaded with `node --import`: installs the hook that hands the app the fake Electron (built beside this file). */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { fakeUrl: new URL('./electron.mjs', import.meta.url).href } });
