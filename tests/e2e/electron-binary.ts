import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable npm installed, or the reason there is none on this machine. */
export const findElectron = (): { path: string } | { missing: string } => {
  const pkg = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'no Electron binary: node_modules/electron/dist was never downloaded (its release host is unreachable here). The GitHub Actions workflow runs this suite on Linux, macOS and Windows.' };
  }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `no Electron binary at ${binary}` };
};
