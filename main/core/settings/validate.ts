import type { z } from 'zod';
import { BREAK_KINDS } from '../engine/types';
import { CATALOGS } from '../i18n/catalogs';
import { TECHNIQUE_REFS } from '../techniques/library';
import { acceleratorProblem } from './accelerator';
import { defaultSettings, settingsSchema, type Settings } from './schema';

/** A problem found in settings input, named by its dotted key; `code` names its text in the catalogs (`settings.errors.<code>`). */
export interface SettingsProblem {
  key: string;
  /** English, for logs and for the IPC error; windows show `code` and `params` in the person's language. */
  message: string;
  code?: ErrorCode;
  params?: Record<string, string | number>;
}

/** Result of reading untrusted settings: what could be kept and what was wrong. */
export interface SettingsReadResult {
  settings: Settings;
  problems: SettingsProblem[];
}

/** Every kind of settings problem a person can be told about; each has `settings.errors.<code>` in every catalog. */
export const ERROR_CODES = [
  'atLeast', 'atMost', 'atLeastItems', 'atMostItems', 'tooLong', 'wholeNumber', 'number', 'choice', 'time', 'spanOrder',
  'calendar', 'spansOverlap', 'snoozeDefault', 'lastTechnique', 'shortcut', 'shortcutModifier', 'shortcutSame', 'invalid',
] as const;
/** A settings problem's catalog code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const englishErrors = (CATALOGS.en.settings as { errors: Record<ErrorCode, string> }).errors;

/** Fills a catalog template's {{placeholders}}; enough for the English log text, the windows use i18next. */
export const fillTemplate = (template: string, params: Record<string, string | number> = {}): string =>
  template.replace(/{{(\w+)}}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const problem = (key: string, code: ErrorCode, params: Record<string, string | number> = {}): SettingsProblem => ({
  key,
  code,
  params,
  message: fillTemplate(englishErrors[code], params),
});

const keyOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.') || '(root)';

// zod's issue codes (zod 4: https://zod.dev/error-customization), mapped to our plain words. The
// refinements in schema.ts carry their own developer text; they are told apart by where they point.
const codeOf = (issue: z.core.$ZodIssue): [ErrorCode, Record<string, string | number>] => {
  const key = keyOf(issue);
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? ['atLeastItems', { min: Number(issue.minimum) }] : issue.origin === 'number' ? ['atLeast', { min: Number(issue.minimum) }] : ['invalid', {}];
    case 'too_big':
      if (issue.origin === 'array') return ['atMostItems', { max: Number(issue.maximum) }];
      if (issue.origin === 'string') return ['tooLong', { max: Number(issue.maximum) }];
      return issue.origin === 'number' ? ['atMost', { max: Number(issue.maximum) }] : ['invalid', {}];
    case 'invalid_type':
      return issue.expected === 'int' ? ['wholeNumber', {}] : issue.expected === 'number' ? ['number', {}] : ['invalid', {}];
    case 'invalid_value':
      return ['choice', {}];
    case 'invalid_format':
      return key.startsWith('workingHours.') ? ['time', {}] : ['invalid', {}];
    case 'custom':
      if (key.startsWith('workingHours.')) return ['spanOrder', {}];
      if (key.startsWith('quiet.calendars')) return ['calendar', {}];
      return ['invalid', {}];
    default:
      return ['invalid', {}];
  }
};

/** Turns schema issues into plain-word problems that name the key at fault. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): SettingsProblem[] =>
  issues.map((issue) => {
    const [code, params] = codeOf(issue);
    return problem(keyOf(issue), code, params);
  });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "9:00" and " 9:00" become "09:00"; anything else is left for the schema to judge. */
export const normaliseTime = (text: string): string => {
  const trimmed = text.trim();
  return /^\d:[0-5]\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
};

/** A copy of settings input with every working-hours time normalised (see normaliseTime). */
const normaliseInput = (input: unknown): unknown => {
  if (!isRecord(input) || !isRecord(input.workingHours) || !isRecord(input.workingHours.days)) return input;
  const days = Object.fromEntries(
    Object.entries(input.workingHours.days).map(([day, spans]) => [
      day,
      Array.isArray(spans) ? spans.map((span) => (Array.isArray(span) ? span.map((t) => (typeof t === 'string' ? normaliseTime(t) : t)) : span)) : spans,
    ]),
  );
  return { ...input, workingHours: { ...input.workingHours, days } };
};

/** Rules that join two or more fields, which the schema checks one at a time. Each problem comes with the repair that removes it. */
const crossFieldProblems = (s: Settings): { problem: SettingsProblem; repair: (draft: Settings) => void }[] => {
  const found: { problem: SettingsProblem; repair: (draft: Settings) => void }[] = [];
  const defaults = defaultSettings();
  for (const [day, spans] of Object.entries(s.workingHours.days) as [keyof Settings['workingHours']['days'], [string, string][]][]) {
    const sorted = [...spans].sort((a, b) => a[0].localeCompare(b[0]));
    const overlap = sorted.some((span, i) => i > 0 && span[0] < sorted[i - 1]![1]);
    if (overlap) found.push({ problem: problem(`workingHours.days.${day}`, 'spansOverlap'), repair: (d) => void (d.workingHours.days[day] = defaults.workingHours.days[day]) });
  }
  if (!s.snooze.options.includes(s.snooze.defaultMinutes)) {
    found.push({
      problem: problem('snooze.defaultMinutes', 'snoozeDefault', { choices: s.snooze.options.join(', ') }),
      repair: (d) => void (d.snooze.defaultMinutes = d.snooze.options.includes(defaults.snooze.defaultMinutes) ? defaults.snooze.defaultMinutes : d.snooze.options[0]!),
    });
  }
  for (const kind of BREAK_KINDS) {
    const ofKind = TECHNIQUE_REFS.filter((t) => t.kinds.includes(kind));
    if (ofKind.length > 0 && ofKind.every((t) => s.techniques.hidden.includes(t.id))) {
      found.push({ problem: problem('techniques.hidden', 'lastTechnique', { kind }), repair: (d) => void (d.techniques.hidden = d.techniques.hidden.filter((id) => !ofKind.some((t) => t.id === id))) });
    }
  }
  for (const name of ['breakNow', 'snooze'] as const) {
    const why = acceleratorProblem(s.shortcuts[name]);
    if (why !== null) {
      found.push({ problem: problem(`shortcuts.${name}`, why === 'no-modifier' ? 'shortcutModifier' : 'shortcut'), repair: (d) => void (d.shortcuts[name] = defaults.shortcuts[name]) });
    }
  }
  if (s.shortcuts.breakNow.toLowerCase() === s.shortcuts.snooze.toLowerCase()) {
    found.push({ problem: problem('shortcuts.snooze', 'shortcutSame'), repair: (d) => void (d.shortcuts.snooze = defaults.shortcuts.snooze === d.shortcuts.breakNow ? defaults.shortcuts.breakNow : defaults.shortcuts.snooze) });
  }
  return found;
};

/** Strict parse: the settings or the list of problems, nothing repaired (times like "9:00" are normalised, not refused). */
export const parseSettings = (input: unknown):
  | { ok: true; settings: Settings }
  | { ok: false; problems: SettingsProblem[] } => {
  const result = settingsSchema.safeParse(normaliseInput(input));
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  const crossed = crossFieldProblems(result.data);
  return crossed.length === 0 ? { ok: true, settings: result.data } : { ok: false, problems: crossed.map((c) => c.problem) };
};

const removeAt = (root: unknown, path: readonly PropertyKey[]): boolean => {
  if (path.length === 0) return false;
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (!isRecord(node) && !Array.isArray(node)) return false;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') {
    node.splice(last, 1);
    return true;
  }
  if (!isRecord(node) || !(last in node)) return false;
  delete node[last as string];
  return true;
};

/** Applies the cross-field rules to valid settings: each broken rule is repaired and reported. */
const repairCrossField = (settings: Settings, problems: SettingsProblem[]): Settings => {
  const crossed = crossFieldProblems(settings);
  if (crossed.length === 0) return settings;
  const draft = JSON.parse(JSON.stringify(settings)) as Settings;
  for (const { problem: p, repair } of crossed) {
    problems.push(p);
    repair(draft);
  }
  return draft;
};

/**
 * Lenient read for a settings file: keeps every valid value, replaces each invalid one with its
 * default, and reports what was replaced. Never throws.
 */
export const repairSettings = (input: unknown): SettingsReadResult => {
  const problems: SettingsProblem[] = [];
  let candidate: unknown = isRecord(input) ? (JSON.parse(JSON.stringify(normaliseInput(input))) as unknown) : {};
  if (!isRecord(input)) problems.push({ key: '(root)', message: 'expected a JSON object' });
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const result = settingsSchema.safeParse(candidate);
    if (result.success) return { settings: repairCrossField(result.data, problems), problems };
    const issues = result.error.issues;
    problems.push(...describeIssues(issues));
    const removedAny = issues.map((issue) => removeAt(candidate, issue.path)).some(Boolean);
    // An arrays-level refinement can point at a container: drop its parent instead.
    if (!removedAny) issues.forEach((issue) => removeAt(candidate, issue.path.slice(0, -1)));
    if (!removedAny && issues.every((issue) => issue.path.length <= 1)) candidate = {};
  }
  return { settings: settingsSchema.parse({}), problems };
};

/** Dotted keys present in `input` that the parsed settings do not have (dropped as unknown). */
export const unknownKeys = (input: unknown, parsed: unknown, prefix = ''): string[] => {
  if (!isRecord(input) || !isRecord(parsed)) return [];
  return Object.keys(input).flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return key in parsed ? unknownKeys(input[key], parsed[key], path) : [path];
  });
};
