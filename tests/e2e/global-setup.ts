import { findElectron } from './electron-binary';

/** Prints the one line that says why the Electron suite is skipped, when it is. */
export default function globalSetup() {
  const electron = findElectron();
  if ('missing' in electron) console.log(`e2e: skipped — ${electron.missing}`);
}
