import { ms } from './draft';
import { pickTechnique } from './rotation';
import type { BreakKind, EngineConfig, EngineState } from './types';

/**
 * The technique the next break of `kind` opens with, asked before it opens (at its notice). It is
 * the same pick `openBreak` (breaks.ts) makes from the same rotation position and last technique,
 * and neither changes between a notice and its break, so a window prepared at the notice shows
 * what the break runs (tests/core/upcoming.test.ts replays many days to hold both to that).
 */
export const nextTechnique = (state: EngineState, cfg: EngineConfig, kind: BreakKind): string =>
  pickTechnique(cfg, kind, state.rotation[kind], state.lastTechnique[kind]).id;

/** How long the next break of `kind` lasts, in ms, as `openBreak` will set it. */
export const nextDurationMs = (cfg: EngineConfig, kind: BreakKind): number => ms.duration(cfg, kind);
