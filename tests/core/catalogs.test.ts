import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../../main/core/techniques/library';
import { CATALOGS } from '../../main/core/i18n/catalogs';
import { pickLanguage } from '../../renderer/i18n';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const { en, de } = CATALOGS;

describe('message catalogs', () => {
  it('German has every interface string English has, none empty', () => {
    const german = new Set(keysOf(de));
    for (const key of keysOf(en)) expect(german.has(key), key).toBe(true);
    for (const key of keysOf(de)) expect(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], de), key).not.toBe('');
  });

  it.each(TECHNIQUES.map((t) => [t.id, t] as const))('German covers %s step by step', (id, technique) => {
    // The merged catalog, so techniques whose German lives in a part file (parts/kinds.ts, …) count too.
    type Text = { name: string; summary: string; steps: string[]; cautions: string[]; why: string };
    const text = (de.technique as Record<string, Text> | undefined)?.[id];
    expect(text, id).toBeDefined();
    if (!text) return;
    expect(text.steps).toHaveLength(technique.steps.length);
    expect(text.cautions).toHaveLength(technique.cautions.length);
    expect(text.name && text.summary && text.why).toBeTruthy();
  });

  it('keeps the same placeholders in both languages', () => {
    // "{{kind, lowercase}}" names the placeholder kind with a formatter; a language may format it differently.
    const placeholders = (s: string) => [...s.matchAll(/{{(\w+)(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(en)) {
      const get = (catalog: object) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog) as string;
      expect(placeholders(get(de)), key).toEqual(placeholders(get(en)));
    }
  });

  it('words the tray, the window titles, About and Settings in German, not in English', () => {
    const get = (catalog: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog);
    const areas = keysOf(en).filter((key) => /^(tray|windowTitle|about|settings)\./.test(key) && key !== 'tray.tooltip' && key !== 'settings.timeline.item');
    expect(areas.length).toBeGreaterThan(100);
    for (const key of areas) expect(get(de, key), key).not.toBe(get(en, key));
  });

  it('picks the language from the setting, else the OS locale, else English', () => {
    expect(pickLanguage('de', 'en-US')).toBe('de');
    expect(pickLanguage('auto', 'de-AT')).toBe('de');
    expect(pickLanguage('auto', 'fr-FR')).toBe('en');
    expect(pickLanguage('en', 'de-DE')).toBe('en');
  });
});
