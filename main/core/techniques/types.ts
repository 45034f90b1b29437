import type { BreakKind } from '../engine/types';

/** How strong the evidence behind a technique is; `own` marks a technique a person wrote themselves. */
export type EvidenceLevel = 'traditional' | 'expert-advice' | 'limited' | 'moderate' | 'good' | 'own';

/** One timed step of a technique. */
export interface TechniqueStep {
  /** What to do, in one or two short sentences. */
  text: string;
  seconds: number;
  /** `breathe` steps get a pacer; `hold` steps a hold timer. */
  mode: 'move' | 'hold' | 'breathe' | 'rest';
  /** Seconds in and out for a breathing pacer. */
  breath?: { inSeconds: number; outSeconds: number; double?: boolean };
}

/** A guided technique for the upper back and neck. */
export interface Technique {
  id: string;
  name: string;
  kinds: readonly BreakKind[];
  summary: string;
  steps: readonly TechniqueStep[];
  cautions: readonly string[];
  why: string;
  evidence: EvidenceLevel;
  source: string;
}
