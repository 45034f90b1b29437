import type { EngineEffect } from '../engine/types';

const TIME_KEYS = new Set(['at', 'endsAt', 'startsAt', 'until']);

/** One effect as a JSON object with every instant written as an ISO string (UTC). */
export const effectToJson = (effect: EngineEffect): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(effect)) {
    out[key] = TIME_KEYS.has(key) && typeof value === 'number' ? new Date(value).toISOString() : value;
  }
  return out;
};
