/**
 * A posture sensing rig for adapter tests: the real engine host and posture core, Electron's
 * window, power monitor and notifications replaced by fakes typed against electron.d.ts.
 */
import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { EngineHost } from '../../../main/core/engine/host';
import type { EngineConfig } from '../../../main/core/engine/types';
import type { PostureMinute } from '../../../main/core/posture/summary';
import { mergePatch } from '../../../main/core/settings/merge';
import { defaultSettings, type Settings } from '../../../main/core/settings/schema';
import { repairSettings } from '../../../main/core/settings/validate';
import { TECHNIQUE_REFS } from '../../../main/core/techniques/library';
import { createCameraGrant } from '../../../main/posture/media-grant';
import { postureNotice } from '../../../main/posture/posture-notice';
import { setupPostureSensing } from '../../../main/posture/posture-sensing';
import { postureWindow, type PostureWindowDeps } from '../../../main/posture/posture-window';
import { postureWord } from '../../../main/core/posture/words';
import type { PostureStatus } from '../../../main/core/posture/status';
import { FakeBrowserWindow, FakeNotification } from '../fake-electron';

/** The power monitor's battery state and events (`on-battery`, `on-ac`). */
export class FakePower extends EventEmitter implements Pick<PowerMonitor, 'isOnBatteryPower'> {
  battery = false;
  isOnBatteryPower(): boolean {
    return this.battery;
  }
  /** Test-only: this object where the adapter asks for PowerMonitor's overloaded `on`. */
  asElectron(): Pick<PowerMonitor, 'on' | 'removeListener' | 'isOnBatteryPower'> {
    return this as unknown as PowerMonitor;
  }
}

export const PAGE_HTML = '/app/out/renderer/posture.html';
export const PAGE_URL = 'file:///app/out/renderer/posture.html';

/** Builds the rig; `enabled` switches posture sensing on in the settings first. */
export const postureRig = (options: { enabled?: boolean; askCamera?: () => Promise<boolean>; battery?: boolean; create?: PostureWindowDeps['create'] } = {}) => {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  let settings: Settings = repairSettings(mergePatch(defaultSettings(), { posture: { enabled: options.enabled ?? true } })).settings;
  const settingsListeners = new Set<(s: Settings) => void>();
  const settingsHandle = {
    get: () => settings,
    onChange: (listener: (s: Settings) => void) => {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    update: (patch: Record<string, unknown>) => {
      const result = repairSettings(mergePatch(settings, patch));
      if (result.problems.length) throw new Error(result.problems.map((p) => p.message).join('; '));
      settings = result.settings;
      settingsListeners.forEach((l) => l(settings));
      return settings;
    },
  };
  const config = (): EngineConfig => ({ settings, timeZone: 'UTC', techniques: TECHNIQUE_REFS });
  const host = new EngineHost({ config, now: () => now, monotonic: () => now, idleSeconds: () => 0, setTimer: () => 0, clearTimer: () => undefined, load: () => null, save: () => undefined });
  host.start();
  const power = new FakePower();
  power.battery = options.battery ?? false;
  const grant = createCameraGrant();
  const minutes: PostureMinute[] = [];
  const published: PostureStatus[] = [];
  const ticks: (() => void)[] = [];
  const logs: string[] = [];
  const camera = postureWindow({ create: options.create ?? ((o) => new FakeBrowserWindow(o)), html: PAGE_HTML, title: () => 'Posture', trust: () => () => undefined });
  const sensing = setupPostureSensing({
    settings: settingsHandle,
    engine: host,
    power: power.asElectron(),
    window: camera,
    grant,
    pageUrl: PAGE_URL,
    askCamera: options.askCamera ?? (() => Promise.resolve(true)),
    summary: { append: (m) => (minutes.push(m), true), read: () => minutes },
    notify: postureNotice((o) => new FakeNotification(o), () => FakeNotification.isSupported()),
    words: (key, vars) => postureWord('en', key, vars),
    now: () => now,
    timeZone: () => 'UTC',
    every: (_ms, callback) => {
      ticks.push(callback);
      return () => ticks.splice(ticks.indexOf(callback), 1);
    },
    publish: (status) => published.push(status),
    log: (message) => logs.push(message),
  });
  return {
    host,
    power,
    grant,
    sensing,
    camera,
    minutes,
    published,
    logs,
    settings: settingsHandle,
    /** The posture windows still alive (the camera is open only in one of these). */
    alive: () => FakeBrowserWindow.alive().filter((w) => w.loaded?.file === PAGE_HTML),
    /** Moves the clock and runs the 30 s tick as often as it would have fired. */
    advance: (ms: number) => {
      const end = now + ms;
      while (now + 30_000 <= end) {
        now += 30_000;
        [...ticks].forEach((t) => t());
      }
      now = end;
    },
    now: () => now,
  };
};
/** A posture rig. */
export type PostureRig = ReturnType<typeof postureRig>;

/** Lets promises (the camera question, loadFile) settle. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};
