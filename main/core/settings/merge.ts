const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Merges a settings patch into settings, object by object; arrays and plain values replace. */
export const mergePatch = (base: unknown, patch: unknown): unknown => {
  if (!isRecord(base) || !isRecord(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = mergePatch(base[key], value);
  }
  return out;
};
