import type { BreakKind, EngineConfig } from './types';

/** The rotation of technique ids for a kind: suitable ones in library order, favourites twice. */
export const rotationFor = (cfg: EngineConfig, kind: BreakKind): string[] => {
  const hidden = new Set(cfg.settings.techniques.hidden);
  const favourites = new Set(cfg.settings.techniques.favourites);
  const suitable = cfg.techniques.filter((t) => t.kinds.includes(kind) && !hidden.has(t.id)).map((t) => t.id);
  // A favourite takes a second turn at the end of each round.
  return [...suitable, ...suitable.filter((id) => favourites.has(id))];
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
  for (let offset = 1; offset <= cycle.length; offset += 1) {
    const next = (((position + offset) % cycle.length) + cycle.length) % cycle.length;
    const id = cycle[next]!;
    if (id !== last || new Set(cycle).size === 1) return { id, position: next };
  }
  return { id: cycle[0]!, position: 0 };
};
