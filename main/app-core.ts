import { EngineHost } from './core/engine/host';
import { t } from './i18n';
import type { IdleWatchFn } from './core/engine/idle-watch';
import type { EngineConfig } from './core/engine/types';
import { recordForEffect } from './core/history/records';
import { TECHNIQUE_REFS } from './core/techniques/library';
import { withProgramme } from './core/techniques/programme';
import { customTechniqueStore, type CustomTechniqueStore } from './storage/custom-techniques';
import { engineStateFile } from './storage/engine-state-file';
import { routineData, type RoutineData } from './storage/feedback-routine';
import { historyFile, type HistoryFile } from './storage/history-file';
import { setupSettings, type SettingsHandle } from './storage/settings-store';
import { userData as openUserData, type UserData } from './storage/user-data';

/** The clock and input the core needs from the platform. */
export interface Platform {
  now: () => number;
  monotonic: () => number;
  idleSeconds: () => number | Promise<number>;
  /** The desktop's idle watch for gentle start (call `failed` at once where the current idle source has none: the host then samples). */
  watchIdle?: IdleWatchFn;
  timeZone: () => string;
  log: (message: string) => void;
  /** Tells the user something they must know, once (a notification in the app). */
  tellUser: (title: string, body: string) => void;
}

/** The app without its windows: settings, the engine with its saved state, and the history file. */
export interface AppCore {
  host: EngineHost;
  settings: SettingsHandle;
  history: HistoryFile;
  data: UserData;
  config: () => EngineConfig;
  /** The person's own techniques (issue 15 §1). */
  techniques: CustomTechniqueStore;
  /** Body self-checks, ratings after breaks, and the programme they shape (issue 15 §3–4). */
  routine: RoutineData;
  /** Lets a later feature (posture sensing) suggest the next break's technique; see EngineConfig.preferTechnique. */
  preferTechniques: (choose: NonNullable<EngineConfig['preferTechnique']>) => void;
}

/**
 * Starts everything that keeps the schedule and the user's data, in order: settings, saved engine
 * state, history (every effect worth keeping becomes a record), then the engine itself. The
 * Electron shell adds the tray and windows on top; the crash tests run exactly this, alone.
 */
export const startAppCore = (userData: string, platform: Platform): AppCore => {
  const settings = setupSettings(userData, (problems, backup) => {
    platform.log(`settings: ${problems.length} problem(s), original kept at ${backup ?? '(no file)'}: ${problems.map((p) => `${p.key} (${p.message})`).join('; ')}`);
    const where = backup ? ` ${t('notify.settingsRepairedWhere', { path: backup })}` : '';
    platform.tellUser(t('notify.settingsRepairedTitle'), `${t('notify.settingsRepairedBody', { count: problems.length })}${where}`);
  });
  const techniques = customTechniqueStore(userData, (problems, backup) => {
    platform.log(`custom techniques: ${problems.length} problem(s), file kept at ${backup}: ${problems.join('; ')}`);
    platform.tellUser('Unknot could not read your own techniques', `The file is kept at ${backup}; import it again once it is fixed.`);
  });
  const stateFile = engineStateFile(userData, platform.log);
  const history = historyFile(userData);
  const routine = routineData(userData, () => history.readText());
  let preferTechnique: EngineConfig['preferTechnique'];
  // The rotation sees built-in and custom techniques alike, weighted by the person's programme.
  const config = (): EngineConfig => ({
    ...(preferTechnique && { preferTechnique }),
    settings: settings.get(),
    timeZone: platform.timeZone(),
    techniques: withProgramme([...TECHNIQUE_REFS, ...techniques.list().map(({ id, kinds }) => ({ id, kinds }))], routine.programme()),
  });
  const host = new EngineHost({
    config,
    now: platform.now,
    monotonic: platform.monotonic,
    idleSeconds: platform.idleSeconds,
    ...(platform.watchIdle && { watchIdle: platform.watchIdle }),
    setTimer: (delay, callback) => setTimeout(callback, Math.min(delay, 2 ** 31 - 1)),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    load: stateFile.load,
    save: stateFile.save,
  });
  host.on((effect) => {
    const record = recordForEffect(effect);
    if (record) history.append(record);
  });
  settings.onChange(() => host.dispatch({ type: 'settings' }));
  const data = openUserData(userData, history, platform.log);
  const preferTechniques = (choose: NonNullable<EngineConfig['preferTechnique']>) => {
    preferTechnique = choose;
  };
  return { host, settings, history, data, config, techniques, routine, preferTechniques };
};
