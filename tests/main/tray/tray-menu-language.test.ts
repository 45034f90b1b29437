import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../../main/core/engine/status';
import { defaultSettings, type Settings } from '../../../main/core/settings/schema';
import type { SettingsSource } from '../../../main/storage/settings-slice';
import { FakeBrowserWindow, FakeTray, resetFakes, type Template } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { setupTray } = await import('../../../main/tray/tray');
const { followLanguageSetting, mainLanguage, onLanguageChange, t } = await import('../../../main/i18n');
const { PAGES, pageTitle } = await import('../../../main/windows/app-windows');
const { pageWindows } = await import('../../../main/windows/page-window');

/** Settings as the store hands them out: the current value and change events. */
const settingsWith = (language: Settings['app']['language']) => {
  let current: Settings = { ...defaultSettings(), app: { ...defaultSettings().app, language } };
  const listeners = new Set<(s: Settings) => void>();
  const source: SettingsSource = { get: () => current, onChange: (l) => (listeners.add(l), () => listeners.delete(l)) };
  const set = (next: Settings['app']['language']) => {
    current = { ...current, app: { ...current.app, language: next } };
    listeners.forEach((l) => l(current));
  };
  return { source, set };
};

const status = (over: Partial<EngineStatus>): EngineStatus => ({ text: 'Next posture break in 12 min', mode: 'active', kind: 'posture', minutes: 12, snoozeAllowed: true, ...over });
const actions = { breakNow: vi.fn(), snooze: vi.fn(), pause: vi.fn(), resume: vi.fn(), setMeeting: vi.fn(), openSettings: vi.fn(), openProgress: vi.fn(), openAbout: vi.fn(), quit: vi.fn() };
type Item = Template[number];
const labels = (items: Template): string[] => items.filter((i) => i.type !== 'separator').map((i) => String(i.label));
const sub = (items: Template, id: string): string[] => labels((items.find((i: Item) => i.id === id)?.submenu as Template | undefined) ?? []);

describe('the main process in German (app.language: de)', () => {
  let stop = () => {};
  beforeEach(() => {
    resetFakes();
    stop();
  });

  it('shows every tray label, submenu and the tooltip in German, and switches live when the setting changes', () => {
    const settings = settingsWith('de');
    stop = followLanguageSetting(settings.source, () => 'en-US');
    // The context carries the language (as app-tray.ts is to pass it), so a language change rebuilds the menu.
    const handle = setupTray('assets', actions, () => ({ snoozeOptions: [1, 5, 10], meeting: false, language: mainLanguage() }), status({}));
    const tray = FakeTray.instances.at(-1)!;
    const stopRebuild = onLanguageChange(() => handle.update(status({})));
    expect(labels(tray.template())).toEqual([
      'Nächste Haltungspause in 12 Min.', 'Haltungspause jetzt', 'Entspannungspause jetzt', 'Verschieben', 'Pausieren', 'Fortsetzen', 'Besprechungsmodus', 'Einstellungen …', 'Fortschritt …', 'Über Unknot', 'Unknot beenden',
    ]);
    expect(sub(tray.template(), 'snooze')).toEqual(['1 Minute', '5 Minuten', '10 Minuten']);
    expect(sub(tray.template(), 'pause')).toEqual(['30 Minuten', '1 Stunde', '2 Stunden', 'Bis morgen', 'Bis ich fortsetze']);
    expect(tray.tooltip).toBe('Unknot — Nächste Haltungspause in 12 Min.');
    settings.set('en');
    expect(labels(tray.template()).slice(0, 3)).toEqual(['Next posture break in 12 min', 'Posture break now', 'Stress break now']);
    settings.set('auto');
    expect(labels(tray.template())[0]).toBe('Next posture break in 12 min');
    stopRebuild();
  });

  it('words every status line in German', () => {
    const settings = settingsWith('de');
    stop = followLanguageSetting(settings.source, () => 'en-US');
    const handle = setupTray('assets', actions, () => ({ snoozeOptions: [5], meeting: false }), status({}));
    const tray = FakeTray.instances.at(-1)!;
    const line = (s: EngineStatus) => (handle.update(s), String(tray.template()[0]!.label));
    expect(line(status({ text: 'Stress break in progress', mode: 'break', kind: 'stress', minutes: undefined }))).toBe('Entspannungspause läuft');
    expect(line(status({ text: 'Away', mode: 'away', kind: undefined, minutes: undefined }))).toBe('Abwesend');
    expect(line(status({ text: 'Paused until 14:30', mode: 'paused', kind: undefined, minutes: undefined }))).toBe('Pausiert bis 14:30');
    expect(line(status({ text: 'Paused until you resume', mode: 'paused', kind: undefined, minutes: undefined }))).toBe('Pausiert, bis du fortsetzt');
    expect(line(status({ text: 'Waiting: in a call', mode: 'quiet', kind: undefined, minutes: undefined }))).toBe('Wartet: im Gespräch');
    expect(line(status({ text: 'Outside working hours', mode: 'off-hours', kind: undefined, minutes: undefined }))).toBe('Außerhalb der Arbeitszeit');
    expect(line(status({ text: 'Posture break starting', minutes: 0 }))).toBe('Haltungspause beginnt');
    expect(line(status({ text: 'Next posture break in under a minute', minutes: 1 }))).toBe('Nächste Haltungspause in weniger als einer Minute');
    expect(line(status({ text: 'No breaks enabled', kind: undefined, minutes: undefined }))).toBe('Keine Pausen eingeschaltet');
    expect(line(status({ snoozeAllowed: false }))).toBe('Nächste Haltungspause in 12 Min.');
    expect(String(tray.template().find((i: Item) => i.id === 'snooze')!.label)).toBe('Verschieben — Grenze erreicht, nimm oder überspring diese Pause');
  });

  it('follows the OS locale when the setting is auto', () => {
    stop = followLanguageSetting(settingsWith('auto').source, () => 'de-AT');
    expect(t('tray.quit')).toBe('Unknot beenden');
    stop();
    stop = followLanguageSetting(settingsWith('auto').source, () => 'fr-FR');
    expect(t('tray.quit')).toBe('Quit Unknot');
  });

  it('opens every page window with its German title', () => {
    stop = followLanguageSetting(settingsWith('de').source, () => 'en-US');
    const pages = pageWindows({ preload: 'preload.js', rendererHtml: 'index.html', trust: () => () => undefined });
    const titles = (Object.keys(PAGES) as (keyof typeof PAGES)[]).map((name) => {
      pages.show(name, pageTitle(name), PAGES[name].size);
      return FakeBrowserWindow.instances.at(-1)!.options.title;
    });
    expect(titles.slice(0, 5)).toEqual(['Unknot — Einstellungen', 'Unknot — Fortschritt', 'Über Unknot', 'Willkommen bei Unknot', 'Unknot — Wie geht es deinem oberen Rücken heute?']);
    for (const title of titles) expect(Object.values(PAGES).map((p) => p.title)).not.toContain(title);
  });
});
