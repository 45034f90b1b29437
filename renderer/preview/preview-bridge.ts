import { EngineHost } from '../../main/core/engine/host';
import type { EngineStatus } from '../../main/core/engine/status';
import type { EngineConfig, EngineEffect } from '../../main/core/engine/types';
import type { BreakKind } from '../../main/core/engine/types'; // kinds of breaks (issue 15)
import { breakInfoOf, noticeInfoOf } from '../../main/core/ipc/break-info';
import { CALL_NAMES, channelOf } from '../../main/core/ipc/channels';
import { recordForEffect, type HistoryRecord } from '../../main/core/history/records';
import { progressView } from '../../main/core/progress/aggregate';
import { toCsv, toJson } from '../../main/core/progress/export';
import type { CheckIn, SelfCheck } from '../../main/core/progress/records';
import { demoData } from './demo-data';
import { emulatePreparedWindow, type RevealTiming } from './prepared-preview';
import { previewUpdates } from './preview-updates';
import { previewRoutine } from './routine-preview'; // routine (issue 15 §3–4)
import { planDay } from '../../main/core/simulation/day-plan';
import { contract, type BreakAction, type BreakInfo, type DiagnosticsView, type HeldBackChoice, type HeldBackInfo, type IpcResult, type UnknotBridge } from '../../main/core/ipc/contract';
import { mergePatch } from '../../main/core/settings/merge';
import { defaultSettings, type Settings } from '../../main/core/settings/schema';
import { repairSettings } from '../../main/core/settings/validate';
import { TECHNIQUE_REFS } from '../../main/core/techniques/library';
import { previewPosture } from '../../main/core/posture/preview-posture'; // posture sensing (issue 14)
import { setupMeetingMode } from '../../main/quiet/meeting-mode'; // tray stand-in (issue 13)
import type { PauseChoice } from '../../main/tray/tray-menu'; // tray stand-in (issue 13)
import { speedUpWallClock } from './preview-clock'; // ?speed= drives the views' clock too (issue 13)
import { previewTechniques } from '../techniques/preview-techniques'; // your own techniques (issue 15 §1)

/** What the preview exposes on `window.__unknotPreview` for people and browser tests. */
export interface PreviewControls {
  calls: { name: string; args: unknown[] }[];
  effects: EngineEffect[];
  status: () => EngineStatus;
  breakNow: (kind?: BreakKind) => void; // kinds of breaks (issue 15): every kind
  snooze: (minutes?: number) => void;
  onStatus: (listener: (status: EngineStatus) => void) => () => void;
  /** Detectors the person chose to ignore today from the held-back notice (the preview has no detectors). */
  ignoredToday: string[];
  /** What the Copy button of About → Diagnostics put on the clipboard. */
  copied: string[];
  /** Release pages About asked main to open, and the answers to a downloaded update (`?update=`, preview-updates.ts). */
  updates: { opened: string[]; choices: string[] };
  /** With `?prepare=kind`: shows the hidden, prepared break page and opens its break (prepared-preview.ts). */
  reveal?: () => Promise<RevealTiming>;
  /** What the tray stand-in needs beyond the break controls (issue 13): the tray's other actions. */
  tray: PreviewTray;
}

/** The tray's actions the preview carries out as main's tray does (main/tray/app-tray.ts); issue 13. */
export interface PreviewTray {
  pause: (choice: PauseChoice) => void;
  resume: () => void;
  meeting: ReturnType<typeof setupMeetingMode>;
  snoozeOptions: () => readonly number[];
}

/** Plausible diagnostics for the preview: a GNOME Wayland desktop without a tray extension. */
export const sampleDiagnostics = (now: number): DiagnosticsView => ({
  facts: {
    platform: 'linux (preview)',
    'session type': 'wayland',
    // The same keys the app records (platform/session-facts.ts, linux/tray-watcher.ts).
    tray: 'absent (no StatusNotifierWatcher)',
    'notification support': 'yes',
    'Chromium sandbox': 'on (user namespaces)',
  },
  detectors: {
    'do not disturb': { available: true, enabled: true, lastAnswer: 'off', askedAt: now - 12_000, source: 'D-Bus org.gnome.Shell / gsettings show-banners' },
    'full screen': { available: false, enabled: true, lastError: 'needs X11: this is a Wayland session', source: '_NET_WM_STATE' },
    'in a call': { available: true, enabled: true, lastAnswer: 'no', askedAt: now - 95_000, source: 'PipeWire / PulseAudio source outputs' },
    idle: { available: true, enabled: true, lastAnswer: '3 s idle', askedAt: now - 2_000, source: 'org.gnome.Mutter.IdleMonitor' },
  },
});

/** The text the app's Copy button produces (main/platform/diagnostics.ts `diagnosticsText`), in short. */
const diagnosticsLines = (view: DiagnosticsView): string => {
  const facts = Object.entries(view.facts).map(([key, value]) => `${key}: ${value}`);
  const detectors = Object.entries(view.detectors).map(([name, d]) => {
    const state = !d.available ? 'not on this system' : d.enabled ? 'on' : 'off in Settings';
    return `${name}: ${state}; last answer ${d.lastAnswer ?? '—'}${d.lastError ? `; last error: ${d.lastError}` : ''}`;
  });
  return ['Unknot diagnostics (preview)', '', ...facts, '', ...detectors].join('\n');
};

declare global {
  interface Window {
    __unknotPreview?: PreviewControls;
  }
}

/**
 * Installs an in-memory bridge implementing the same contract as the preload, over the real
 * core engine, so the UI runs in an ordinary browser. `?speed=N` runs the clock N times faster.
 */
export const installPreviewBridge = (params: URLSearchParams): PreviewControls => {
  const speed = Math.max(1, Math.min(3600, Number(params.get('speed')) || 1));
  const origin = Date.now();
  const started = performance.now();
  const clock = () => origin + (performance.now() - started) * speed;
  speedUpWallClock(clock, speed); // issue 13: the break view's countdown runs at the engine's pace
  let settings: Settings = defaultSettings();
  // your own techniques (issue 15 §1): built-ins and the person's own, kept in memory; `emit` is defined below and only called later.
  const customTechniques = previewTechniques((list) => emit('techniquesChanged', list));
  const config = (): EngineConfig => ({ settings, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, techniques: [...TECHNIQUE_REFS, ...customTechniques.refs()] /* your own techniques (issue 15 §1) */ });
  const host = new EngineHost({
    config,
    now: clock,
    monotonic: clock,
    idleSeconds: () => 0,
    setTimer: (delay, callback) => window.setTimeout(callback, delay / speed),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    load: () => null,
    save: () => undefined,
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = (name: string, payload: unknown) => listeners.get(channelOf(name as 'breakChanged'))?.forEach((l) => l(payload));
  const statusListeners = new Set<(status: EngineStatus) => void>();

  const breakInfo = (): BreakInfo | null => breakInfoOf(host.snapshot(), config());

  const controls: PreviewControls = {
    calls: [],
    effects: [],
    status: () => host.status(),
    breakNow: (kind) => host.dispatch({ type: 'user', action: 'start-now', ...(kind && { kind }) }),
    snooze: (minutes) => host.dispatch({ type: 'user', action: 'snooze', ...(minutes !== undefined && { minutes }) }),
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    ignoredToday: [],
    copied: [],
    updates: { opened: [], choices: [] },
    // The tray stand-in (issue 13): the same engine events main's tray sends.
    tray: {
      pause: (choice) => host.dispatch({ type: 'user', action: 'pause', ...choice }),
      resume: () => host.dispatch({ type: 'user', action: 'resume' }),
      meeting: setupMeetingMode(host, (handle) => window.clearTimeout(handle as number), (ms, callback) => window.setTimeout(callback, ms / speed)),
      snoozeOptions: () => settings.snooze.options,
    },
  };
  const updates = previewUpdates(params, (view) => emit('updateChanged', view), clock, () => settings.app.checkForUpdates);
  controls.updates = { opened: updates.opened, choices: updates.choices };
  // `?held-back` opens the notice window's held-back variant with sample reasons (as `#/notice`).
  let heldBack: HeldBackInfo | null = params.has('held-back') ? { kind: 'posture', reasons: ['in a call', 'do not disturb'], heldMinutes: 90 } : null;

  host.on((effect, status) => {
    controls.effects.push(effect);
    if (effect.type === 'held-back') heldBack = { kind: effect.kind, reasons: effect.reasons, heldMinutes: effect.heldMinutes };
    if (effect.type === 'break-open') heldBack = null;
    if (effect.type === 'break-open' || effect.type === 'break-close' || effect.type === 'break-change') emit('breakChanged', breakInfo());
    statusListeners.forEach((listener) => listener(status));
  });

  const seeded = params.get('seed') === 'demo' ? demoData(clock()) : { history: [], checkIns: [] };
  const store = { history: [...seeded.history] as HistoryRecord[], checkIns: [...seeded.checkIns] as CheckIn[], selfChecks: [] as SelfCheck[] };
  const nowIso = () => new Date(clock()).toISOString();
  const tz = () => config().timeZone;
  const ok = { ok: true as const };
  host.on((effect) => {
    const record = recordForEffect(effect);
    if (record) store.history.push(record);
  });

  const routine = previewRoutine(params, clock, () => store.history, () => settings.techniques.hidden); // routine (issue 15 §3–4): ?routine=demo seeds it
  // posture sensing (issue 14): the real analyser over memory; `handlers` is defined below and only called later.
  const posture = previewPosture({ settings: () => settings, update: (patch) => void handlers.updateSettings(patch), status: () => host.status(), now: clock, timeZone: tz, emit: (status) => emit('postureChanged', status) });
  const handlers = {
    getBreak: () => breakInfo(),
    getNotice: () => noticeInfoOf(host.snapshot(), config()),
    breakAction: (action: BreakAction) => {
      host.dispatch({ type: 'user', ...action });
      return { ok: true as const };
    },
    getSettings: () => settings,
    updateSettings: (patch: Record<string, unknown>) => {
      const result = repairSettings(mergePatch(settings, patch));
      if (result.problems.length) throw new Error(result.problems.map((p) => `${p.key}: ${p.message}`).join('; '));
      settings = result.settings;
      host.dispatch({ type: 'settings' });
      emit('settingsChanged', settings);
      return settings;
    },
    resetSettings: () => {
      settings = { ...defaultSettings(), app: { ...defaultSettings().app, onboarded: settings.app.onboarded } };
      host.dispatch({ type: 'settings' });
      emit('settingsChanged', settings);
      return settings;
    },
    planDay: () => planDay(settings, tz(), clock()),
    getProgress: ({ rangeDays }: { rangeDays: number }) => progressView(store.history, store.checkIns, { rangeDays, now: clock(), timeZone: tz() }),
    submitCheckIn: (input: { discomfort: number; stress: number; note?: string }) => (store.checkIns.push({ at: nowIso(), ...input }), ok),
    dismissCheckIn: () => (store.checkIns.push({ at: nowIso(), dismissed: true }), ok),
    getSelfCheck: () => ({ last: store.selfChecks.at(-1) ?? null }),
    submitSelfCheck: (answers: SelfCheck['answers']) => (store.selfChecks.push({ at: nowIso(), answers }), ok),
    exportData: ({ format }: { format: 'csv' | 'json' }) => {
      // The browser stands in for the save dialog: the file downloads.
      const content = format === 'csv' ? toCsv(store) : toJson(store);
      const name = `unknot-${nowIso().slice(0, 10)}.${format}`;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
      link.download = name;
      link.click();
      return { path: name };
    },
    openLogFile: () => ({ path: 'logs/main.log (the preview keeps no log)' }),
    getHeldBack: () => heldBack,
    heldBackChoice: (choice: HeldBackChoice) => {
      const open = heldBack;
      if (!open || (choice.choice === 'ignore-today' && !open.reasons.includes(choice.reason))) throw new Error('That choice is no longer open.');
      heldBack = null;
      if (choice.choice === 'start-now') host.dispatch({ type: 'user', action: 'start-now' });
      else if (choice.choice === 'keep-waiting') host.dispatch({ type: 'user', action: 'keep-waiting' });
      else controls.ignoredToday.push(choice.reason);
      return ok;
    },
    getDiagnostics: () => sampleDiagnostics(clock()),
    copyDiagnostics: () => {
      // The app writes through Electron's clipboard in main; the preview records the text and tries the browser's.
      const text = diagnosticsLines(sampleDiagnostics(clock()));
      controls.copied.push(text);
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      return { text };
    },
    getUpdateStatus: () => updates.view(),
    checkForUpdates: () => updates.check(),
    updateChoice: ({ choice }: { choice: 'restart-now' | 'install-on-quit' }) => (updates.choose(choice), ok),
    openReleasePage: () => updates.openRelease(),
    openCrashReports: () => ({ path: 'Crashpad (the preview keeps no crash reports)' }),
    ...routine.handlers, // routine (issue 15 §3–4): getBodyCheck, submitBodyCheck, getProgramme, submitFeedback, getTechniqueFeedback
    ...customTechniques.handlers, // your own techniques (issue 15 §1)
    ...posture.handlers, // posture sensing (issue 14): postureFrame, postureCalibrate, getPostureStatus, openPostureCalibration, getPostureDays
    getStatus: () => host.status(), // first run (issue 13)
    openPage: (name: 'settings' | 'progress' | 'about') => {
      // first run (issue 13): the preview has one page, so the "window" is the route.
      window.location.hash = `#/${name}`;
      return ok;
    },
    deleteAllData: () => {
      store.history.length = 0;
      store.checkIns.length = 0;
      store.selfChecks.length = 0;
      routine.clear(); // routine (issue 15 §3–4)
      return ok;
    },
  };

  const invoke = async (name: keyof typeof handlers, args: unknown[]): Promise<IpcResult<unknown>> => {
    await Promise.resolve();
    controls.calls.push({ name, args });
    const parsed = contract.calls[name].args.safeParse(args);
    if (!parsed.success) return { ok: false, error: { code: 'invalid-arguments', message: parsed.error.issues[0]?.message ?? 'invalid' } };
    try {
      return { ok: true, value: (handlers[name] as (...a: unknown[]) => unknown)(...(parsed.data as unknown[])) };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: (error as Error).message } };
    }
  };

  const bridge = {
    ...Object.fromEntries(CALL_NAMES.map((name) => [name, (...args: unknown[]) => invoke(name, args)])),
    on: (event: string, listener: (payload: unknown) => void) => {
      const key = channelOf(event as 'breakChanged');
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
  } as unknown as UnknotBridge;

  window.unknot = bridge;
  window.__unknotPreview = controls;
  host.start();
  controls.reveal = emulatePreparedWindow(params, host, config, controls.breakNow);
  // `?break=posture|stress` opens a break at once (benchmarks and screenshots use it).
  const kind = params.get('break');
  if (kind === 'posture' || kind === 'stress') controls.breakNow(kind);
  // your own techniques (issue 15 §1): `?view=techniques#/techniques` shows the technique editor alone.
  if (params.get('view') === 'techniques') void import('../techniques/techniques-preview-view').then((m) => m.mountTechniquesPreview());
  // posture sensing (issue 14): `?view=posture#/posture` shows Settings → Posture sensing and its Progress table alone.
  if (params.get('view') === 'posture') void import('../settings/posture-settings').then((m) => m.mountPosturePreview());
  return controls;
};
