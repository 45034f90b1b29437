import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostics } from './diagnostics';

// Chromium's Linux sandbox has two ways in, chosen before any app JavaScript runs
// (chromium/src content/browser/zygote_host/zygote_host_impl_linux.cc, ZygoteHostImpl::Init):
// unprivileged user namespaces if the kernel lets the process create one; otherwise the setuid
// `chrome-sandbox` helper next to the executable, which must be root-owned with mode 4755
// (sandbox/linux/suid/client/setuid_sandbox_host.cc aborts with "The SUID sandbox helper binary
// was found, but is not configured correctly" when it is not); otherwise it aborts. Because the
// zygote is started before main.js (electron/electron#17823), `app.commandLine.appendSwitch
// ('no-sandbox')` is too late to avoid that abort (ente-io/ente#1706): the choice has to be made
// by whoever launches the binary — scripts/start.mjs in development, electron-builder's AppRun in
// an AppImage. This module holds that decision as pure functions, plus what Diagnostics shows.

/** The /proc/sys values that say whether an unprivileged process may create a user namespace. */
export interface UserNamespaceFacts {
  /** kernel.apparmor_restrict_unprivileged_userns: "1" on Ubuntu 23.10+ (absent elsewhere). */
  apparmorRestrict?: string;
  /** kernel.unprivileged_userns_clone: "0" on older Debian and hardened kernels. */
  unprivilegedClone?: string;
  /** user.max_user_namespaces: "0" turns user namespaces off entirely. */
  maxUserNamespaces?: string;
}

const FACT_FILES: Record<keyof UserNamespaceFacts, string> = {
  apparmorRestrict: 'sys/kernel/apparmor_restrict_unprivileged_userns',
  unprivilegedClone: 'sys/kernel/unprivileged_userns_clone',
  maxUserNamespaces: 'sys/user/max_user_namespaces',
};

/** Reads the user-namespace switches under a /proc root (a fixture folder in tests); missing files stay undefined. */
export const readUserNamespaceFacts = (procRoot = '/proc'): UserNamespaceFacts => {
  const facts: UserNamespaceFacts = {};
  for (const [key, file] of Object.entries(FACT_FILES) as [keyof UserNamespaceFacts, string][]) {
    try {
      facts[key] = readFileSync(join(procRoot, file), 'utf8').trim();
    } catch {
      // Absent on kernels without that switch, which means the switch does not restrict anything.
    }
  }
  return facts;
};

/** Why unprivileged user namespaces are closed to an unconfined process, or undefined when nothing says so. */
export const userNamespaceRestriction = (facts: UserNamespaceFacts): string | undefined => {
  // Ubuntu 23.10+: creation succeeds but lands in a profile without capabilities, so Chromium's
  // probe fails (https://ubuntu.com/blog/ubuntu-23-10-restricted-unprivileged-user-namespaces).
  if (facts.apparmorRestrict === '1') return 'AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1)';
  if (facts.unprivilegedClone === '0') return 'unprivileged user namespaces are off (kernel.unprivileged_userns_clone=0)';
  if (facts.maxUserNamespaces === '0') return 'user namespaces are off (user.max_user_namespaces=0)';
  return undefined;
};

/** The two fields of a file's stat that Chromium checks on its setuid helper. */
export interface HelperStat {
  uid: number;
  mode: number;
}

/** Stats a file, or undefined when it is not there. */
export const statHelper = (file: string): HelperStat | undefined => {
  try {
    const { uid, mode } = statSync(file);
    return { uid, mode };
  } catch {
    return undefined;
  }
};

/** Whether the setuid helper passes Chromium's check: owned by root, setuid, executable by others. */
export const suidHelperReady = (stat: HelperStat | undefined): boolean =>
  stat !== undefined && stat.uid === 0 && (stat.mode & 0o4000) !== 0 && (stat.mode & 0o001) !== 0;

/**
 * Whether an AppArmor profile in `dir` names `binary` and grants `userns` — the per-program exception
 * Ubuntu recommends instead of turning the restriction off (it is what electron-builder's deb installs
 * for /opt/Unknot/unknot, and what AppArmor ships for /usr/share/code/code and /opt/Obsidian/obsidian:
 * apparmor/apparmor profiles/apparmor.d/code, …/obsidian).
 */
export const apparmorProfileAllowsUserns = (binary: string, dir = '/etc/apparmor.d'): boolean => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((name) => {
    try {
      const text = readFileSync(join(dir, name), 'utf8');
      return text.includes(binary) && /^\s*userns\s*,/m.test(text);
    } catch {
      return false; // folders (abstractions/, local/) and unreadable files
    }
  });
};

/** What Chromium will do about its sandbox when this binary starts. */
export type SandboxAtLaunch =
  | { kind: 'off' }
  | { kind: 'namespaces' }
  | { kind: 'setuid-helper' }
  | { kind: 'refuses-root' }
  | { kind: 'aborts'; restriction: string };

/** What Chromium decides at launch (mirrors ZygoteHostImpl::Init), from facts gathered beforehand. */
export const sandboxAtLaunch = (input: {
  platform: NodeJS.Platform;
  args: readonly string[];
  uid: number | undefined;
  restriction: string | undefined;
  profileAllowsUserns: boolean;
  helper: HelperStat | undefined;
}): SandboxAtLaunch => {
  if (input.platform !== 'linux') return { kind: 'namespaces' };
  if (input.args.includes('--no-sandbox')) return { kind: 'off' };
  if (input.uid === 0) return { kind: 'refuses-root' };
  if (input.restriction === undefined || input.profileAllowsUserns) return { kind: 'namespaces' };
  if (suidHelperReady(input.helper)) return { kind: 'setuid-helper' };
  return { kind: 'aborts', restriction: input.restriction };
};

const shellQuote = (text: string): string => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

/** What `npm start` does: launch Electron, or print one line saying exactly what to run first. */
export type StartDecision = { run: true } | { run: false; line: string };

/** Decides whether `npm start` can launch Electron; every refusal is one line with the exact fix. */
export const decideStart = (input: {
  platform: NodeJS.Platform;
  args: readonly string[];
  uid: number | undefined;
  electronVersion: string;
  /** The Electron executable, or undefined when its binary is not installed. */
  electronBinary: string | undefined;
  /** Why fetching the binary failed, when it was tried. */
  downloadError?: string;
  sandboxHelper: string;
  helper: HelperStat | undefined;
  restriction: string | undefined;
  profileAllowsUserns: boolean;
}): StartDecision => {
  if (input.electronBinary === undefined) {
    const why = input.downloadError ? ` (download failed: ${input.downloadError})` : '';
    return {
      run: false,
      line: `Unknot can't start: the Electron ${input.electronVersion} binary is not installed${why}; run \`npx install-electron\` where github.com is reachable, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${input.electronVersion}.`,
    };
  }
  const outlook = sandboxAtLaunch(input);
  if (outlook.kind === 'refuses-root') {
    return { run: false, line: "Unknot can't start as root: Chromium refuses to run its sandbox as root; run `npm start` as your own user (or `npm start -- --no-sandbox` to run unsandboxed)." };
  }
  if (outlook.kind === 'aborts') {
    const helper = shellQuote(input.sandboxHelper);
    return {
      run: false,
      line: `Unknot can't start sandboxed: ${outlook.restriction} and ${input.sandboxHelper} is not setuid root; run \`sudo chown root:root ${helper} && sudo chmod 4755 ${helper}\` once (again after each npm ci), then \`npm start\`.`,
    };
  }
  return { run: true };
};

/** Tells Diagnostics which Chromium sandbox this running app has, and why. */
export const reportSandbox = (
  diagnostics: Pick<Diagnostics, 'fact'>,
  input: { platform: NodeJS.Platform; argv: readonly string[]; appImage: string | undefined; restriction: string | undefined; apparmorLabel: string | undefined },
): string => {
  let text: string;
  if (input.platform !== 'linux') text = 'on';
  else if (input.argv.includes('--no-sandbox')) {
    // electron-builder's AppRun adds the switch only when `unshare -Ur true` fails.
    text = input.appImage
      ? `off: this AppImage was started with --no-sandbox because ${input.restriction ?? 'user namespaces are unavailable'}; the .deb keeps the sandbox`
      : 'off: started with --no-sandbox';
  } else if (input.restriction === undefined) text = 'on (user namespaces)';
  else if (input.apparmorLabel && !input.apparmorLabel.startsWith('unconfined')) text = `on (user namespaces, allowed by the AppArmor profile ${input.apparmorLabel})`;
  else text = 'on (setuid helper)';
  diagnostics.fact('Chromium sandbox', text);
  return text;
};

/** This process's AppArmor label ("unknot (unconfined)"), or undefined where AppArmor is absent. */
export const readApparmorLabel = (procRoot = '/proc'): string | undefined => {
  for (const file of ['self/attr/apparmor/current', 'self/attr/current']) {
    try {
      return readFileSync(join(procRoot, file), 'utf8').replace(/\0/g, '').trim() || undefined;
    } catch {
      // try the older interface, then give up
    }
  }
  return undefined;
};
