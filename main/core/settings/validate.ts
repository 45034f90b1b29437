import type { z } from 'zod';
import { settingsSchema, type Settings } from './schema';

/** A problem found in settings input, named by its dotted key. */
export interface SettingsProblem {
  key: string;
  message: string;
}

/** Result of reading untrusted settings: what could be kept and what was wrong. */
export interface SettingsReadResult {
  settings: Settings;
  problems: SettingsProblem[];
}

const keyOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.') || '(root)';

/** Turns schema issues into human messages that name the key at fault. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): SettingsProblem[] =>
  issues.map((issue) => ({ key: keyOf(issue), message: issue.message }));

/** Strict parse: the settings or the list of problems, nothing repaired. */
export const parseSettings = (input: unknown):
  | { ok: true; settings: Settings }
  | { ok: false; problems: SettingsProblem[] } => {
  const result = settingsSchema.safeParse(input);
  return result.success
    ? { ok: true, settings: result.data }
    : { ok: false, problems: describeIssues(result.error.issues) };
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/**
 * Lenient read for a settings file: keeps every valid value, replaces each invalid one with its
 * default, and reports what was replaced. Never throws.
 */
export const repairSettings = (input: unknown): SettingsReadResult => {
  const problems: SettingsProblem[] = [];
  let candidate: unknown = isRecord(input) ? (JSON.parse(JSON.stringify(input)) as unknown) : {};
  if (!isRecord(input)) problems.push({ key: '(root)', message: 'expected a JSON object' });
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const result = settingsSchema.safeParse(candidate);
    if (result.success) return { settings: result.data, problems };
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
