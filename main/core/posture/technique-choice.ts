import type { Finding } from './deviation';

/** A technique picked for what the camera saw, with the reason the break window can show. */
export interface PostureChoice {
  technique: string;
  /** Catalog key of the one-line reason ("Your shoulders were up by your ears…"). */
  reasonKey: string;
  finding: Finding;
}

/** Techniques that answer each finding, best first (ids from techniques/library-posture.ts). */
export const TECHNIQUES_FOR: Record<Finding, readonly string[]> = {
  'shoulders-up': ['shrug-and-drop', 'upper-trapezius'],
  'leaning-in': ['chin-tuck', 'thoracic-extension'],
  still: ['shoulder-rolls', 'posture-check'],
};

/**
 * Picks a posture-break technique that fits the findings seen since the last break, skipping
 * hidden ones and the one shown last time; null when nothing was seen (the usual rotation runs).
 * Findings come most important first (deviation.ts FINDINGS), but a finding about the body's
 * shape outranks stillness here: the break itself already ends the stillness.
 */
export const chooseForFindings = (findings: readonly Finding[], hidden: readonly string[], last: string | null): PostureChoice | null => {
  const order = [...findings].sort((a, b) => (a === 'still' ? 1 : 0) - (b === 'still' ? 1 : 0));
  for (const finding of order) {
    const options = TECHNIQUES_FOR[finding].filter((id) => !hidden.includes(id));
    const technique = options.find((id) => id !== last) ?? options[0];
    if (technique) return { technique, reasonKey: `posture.main.why.${finding}`, finding };
  }
  return null;
};
