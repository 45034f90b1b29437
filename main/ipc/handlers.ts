import type { EngineHost } from '../core/engine/host';
import type { EngineConfig } from '../core/engine/types';
import { breakInfoOf, noticeInfoOf } from '../core/ipc/break-info';
import { planDay } from '../core/simulation/day-plan';
import type { CallHandlers, DiagnosticsView, HeldBackChoice, HeldBackInfo, UpdateView } from '../core/ipc/contract';
import { diagnosticsText } from '../platform/diagnostics';
import type { Updates } from '../platform/updates';
import type { SettingsHandle } from '../storage/settings-store';
import type { UserData } from '../storage/user-data';
import type { RoutineData } from '../storage/feedback-routine'; // routine (issue 15 §3–4)
import { routineHandlers } from './routine-handlers'; // routine (issue 15 §3–4)
import { postureHandlers, type PostureCallTarget } from '../posture/posture-handlers'; // posture sensing (issue 14)
import { techniqueHandlers, type TechniqueHandlerDeps } from './technique-handlers'; // your own techniques (issue 15 §1)

/** What the handlers reach beyond the engine and settings. */
export interface HandlerDeps {
  data: UserData;
  now: () => number;
  /** Asks where to save an export and writes it; resolves with the path, or null if cancelled. */
  saveFile: (defaultName: string, content: string) => Promise<string | null>;
  /** Opens the log file in the system's viewer; resolves with its path. */
  openLog: () => Promise<string>;
  /** The held-back notice, when one is open (the notice handle from windows/notice.ts). */
  heldBack?: { current: () => HeldBackInfo | null; choose: (choice: HeldBackChoice) => boolean };
  /** The diagnostics registry (platform/diagnostics.ts). */
  diagnostics?: { snapshot: () => DiagnosticsView };
  /** Puts text on the clipboard (Electron's `clipboard.writeText`, in main). */
  copyText?: (text: string) => Promise<void> | void;
  /** Updates (platform/updates.ts); without it About says updates are checked in installed builds only. */
  updates?: Pick<Updates, 'view' | 'check' | 'choose' | 'openRelease'>;
  /** Opens the crash reports folder (`shell.openPath(app.getPath('crashDumps'))`); resolves with its path. */
  openCrashReports?: () => Promise<string>;
  /** Opens one of the app's page windows (app-windows.ts `open`); first run, issue 13. */
  openPage?: (name: 'settings' | 'progress' | 'about') => void;
  /** Your own techniques (issue 15 §1): the store and the file dialogs; without it only the built-ins are listed. */
  techniques?: TechniqueHandlerDeps;
  /** Routine (issue 15 §3–4): body self-checks, feedback ratings and the programme (storage/feedback-routine.ts). */
  routine?: RoutineData;
  /** Posture sensing (issue 14, main/posture/posture-sensing.ts); without it the posture calls say it is not available. */
  posture?: PostureCallTarget;
}

const ok = { ok: true } as const;
const noUpdates = (settings: SettingsHandle): UpdateView => ({ currentVersion: '', automatic: settings.get().app.checkForUpdates, status: { state: 'development' } });

/** The handlers behind every IPC call; arguments arrive already checked by the gatekeeper. */
export const makeIpcHandlers = (host: EngineHost, settings: SettingsHandle, config: () => EngineConfig, deps: HandlerDeps): CallHandlers => ({
  getBreak: () => breakInfoOf(host.snapshot(), config()),
  getNotice: () => noticeInfoOf(host.snapshot(), config()),
  breakAction: (action) => {
    host.dispatch({ type: 'user', ...action });
    return ok;
  },
  getSettings: () => settings.get(),
  updateSettings: (patch) => settings.update(patch),
  resetSettings: () => settings.reset(),
  planDay: () => planDay(settings.get(), config().timeZone, deps.now()),
  getProgress: ({ rangeDays }) => deps.data.progress(rangeDays, deps.now(), config().timeZone),
  submitCheckIn: (input) => (deps.data.addCheckIn(input, deps.now()), ok),
  dismissCheckIn: () => (deps.data.dismissCheckIn(deps.now()), ok),
  getSelfCheck: () => ({ last: deps.data.lastSelfCheck() }),
  submitSelfCheck: (answers) => (deps.data.addSelfCheck(answers, deps.now()), ok),
  exportData: async ({ format }) => {
    const day = new Date(deps.now()).toISOString().slice(0, 10);
    return { path: await deps.saveFile(`unknot-${day}.${format}`, deps.data.exportAs(format)) };
  },
  deleteAllData: () => (deps.data.deleteAll(), deps.routine?.clear(), ok),
  openLogFile: async () => ({ path: await deps.openLog() }),
  getHeldBack: () => deps.heldBack?.current() ?? null,
  heldBackChoice: (choice) => {
    // A stale window (the notice was already answered) or a reason the notice did not name changes nothing.
    if (!deps.heldBack?.choose(choice)) throw new Error('That choice is no longer open.');
    return ok;
  },
  getDiagnostics: () => deps.diagnostics?.snapshot() ?? { detectors: {}, facts: {} },
  copyDiagnostics: async () => {
    if (!deps.copyText) throw new Error('The clipboard is not available.');
    const text = diagnosticsText(deps.diagnostics?.snapshot() ?? { detectors: {}, facts: {} }, deps.now());
    await deps.copyText(text);
    return { text };
  },
  getUpdateStatus: () => deps.updates?.view() ?? noUpdates(settings),
  checkForUpdates: () => deps.updates?.check() ?? noUpdates(settings),
  updateChoice: async ({ choice }) => {
    if (!deps.updates) throw new Error('No update is ready to install.');
    await deps.updates.choose(choice);
    return ok;
  },
  openReleasePage: async () => {
    if (!deps.updates) throw new Error('No release to show.');
    return { url: await deps.updates.openRelease() };
  },
  openCrashReports: async () => {
    if (!deps.openCrashReports) throw new Error('Crash reports are not kept in this build.');
    return { path: await deps.openCrashReports() };
  },
  getStatus: () => host.status(), // first run (issue 13)
  openPage: (name) => {
    // first run (issue 13): onboarding's "Change the schedule"
    if (!deps.openPage) throw new Error('Windows cannot be opened from here.');
    deps.openPage(name);
    return ok;
  },
  ...techniqueHandlers(deps.techniques), // your own techniques (issue 15 §1)
  ...routineHandlers(deps.routine, () => settings.get().techniques.hidden, deps.now), // routine (issue 15 §3–4)
  ...postureHandlers(deps.posture), // posture sensing (issue 14)
});
