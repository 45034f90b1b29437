import type { BreakKind, EngineConfig, TechniqueRef } from './types';

/** The most turns one technique gets in a round, so a huge weight cannot crowd out the rest. */
const MAX_TURNS = 8;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Turns per round for a technique: its weight (default 1) in half steps, 1 to MAX_TURNS, doubled
 * for a favourite. A weight that is not a positive number counts as the smallest share.
 */
const turnsOf = (ref: TechniqueRef, favourite: boolean): number => {
  const weight = ref.weight ?? 1;
  const halves = Number.isFinite(weight) && weight > 0 ? Math.round(weight * 2) : 1;
  return Math.min(MAX_TURNS, Math.max(1, halves)) * (favourite ? 2 : 1);
};

/**
 * The rotation of technique ids for a kind: suitable ones, each as many times per round as its
 * turns (weight, favourite), spread evenly through the round (stride scheduling: turn k of a
 * technique with n turns sits near (k + ½) / n; ties keep library order). Deterministic, no
 * randomness, so a trace always replays the same. With equal weights it is library order, and a
 * favourite takes one extra turn a round.
 */
export const rotationFor = (cfg: EngineConfig, kind: BreakKind): string[] => {
  const hidden = new Set(cfg.settings.techniques.hidden);
  const favourites = new Set(cfg.settings.techniques.favourites);
  const suitable = cfg.techniques.filter((t) => t.kinds.includes(kind) && !hidden.has(t.id));
  const turns = suitable.map((t) => turnsOf(t, favourites.has(t.id)));
  const common = turns.reduce((a, b) => gcd(a, b), 0) || 1;
  const counts = turns.map((t) => t / common);
  // Techniques with the same number of turns are staggered among themselves, so a round never
  // ends on the technique it starts with (which would be skipped as "the same twice in a row").
  const slots = suitable.flatMap((t, index) => {
    const n = counts[index]!;
    const peers = counts.filter((c) => c === n).length;
    const rank = counts.slice(0, index).filter((c) => c === n).length;
    return Array.from({ length: n }, (_, k) => ({ id: t.id, at: (k + (rank + 0.5) / peers) / n, index }));
  });
  return slots.sort((a, b) => a.at - b.at || a.index - b.index).map((slot) => slot.id);
};

/**
 * The technique for the next break of a kind and the new rotation position: the next one in
 * the rotation, never the same twice in a row, hidden ones never. Deterministic, so a trace
 * always replays the same.
 */
export const pickTechnique = (
  cfg: EngineConfig,
  kind: BreakKind,
  position: number,
  last: string | null,
): { id: string; position: number } => {
  const cycle = rotationFor(cfg, kind);
  if (cycle.length === 0) {
    const fallback = cfg.techniques.find((t) => t.kinds.includes(kind)) ?? cfg.techniques[0];
    return { id: fallback?.id ?? 'upper-arm-hold', position: 0 };
  }
  const preferred = cfg.preferTechnique?.(kind, last) ?? null;
  if (preferred !== null && preferred !== last && cycle.includes(preferred)) return { id: preferred, position };
  for (let offset = 1; offset <= cycle.length; offset += 1) {
    const next = (((position + offset) % cycle.length) + cycle.length) % cycle.length;
    const id = cycle[next]!;
    if (id !== last || new Set(cycle).size === 1) return { id, position: next };
  }
  return { id: cycle[0]!, position: 0 };
};
