import { findingsOf, type BodyCheck, type Finding } from '../progress/body-check';
import { recentRatings, type FeedbackRecord } from '../progress/feedback';

/**
 * "Your programme": the latest body self-check raises the techniques that fit what it found, and
 * the person's own ratings give techniques that help them more turns. The source's order: assess,
 * aim the programme at what was found, measure, keep going. Weights are relative turns in the
 * rotation (1 = an ordinary turn); the engine's weighted rotation reads them from TechniqueRef.
 */

/** Which techniques each finding raises, and why (ids from library-posture/stress/lower-back). */
export const RAISED_BY: Record<Finding, readonly string[]> = {
  // Limited turning: gentle stretches of the muscles that hold the head, and the chin tuck.
  'neck-stiff': ['levator-scapulae', 'upper-trapezius', 'shoulder-rolls', 'chin-tuck'],
  // Pain while turning: nothing that loads the neck, only easy movement and calm breathing.
  'neck-painful': ['shoulder-rolls', 'slow-breathing'],
  // Raised shoulders: letting go (rebound relaxation, breathing) and strengthening (Andersen 2011).
  'shoulders-raised': ['shrug-and-drop', 'upper-trapezius', 'slow-breathing', 'band-raise', 'upper-arm-hold'],
  // Head forward of the wall: chin tuck, opening the chest, extending the upper back.
  'head-forward': ['chin-tuck', 'thoracic-extension', 'doorway-chest-stretch', 'shoulder-blade-squeeze'],
  // Sitting tall frees the neck: practise finding it, from the pelvis up.
  'posture-sensitive': ['posture-check', 'seated-pelvic-tilt', 'thoracic-extension', 'chin-tuck'],
  'lower-back-stiff': ['lower-back-release', 'seated-pelvic-tilt', 'standing-back-extension', 'seated-rotation', 'hip-flexor-stretch'],
  // Pain in the test: only the smallest movements; no back bends.
  'lower-back-painful': ['seated-pelvic-tilt', 'lower-back-release'],
};

/** Never more than this many turns from the body check alone, so the rotation stays varied. */
const MAX_FROM_CHECK = 3;
/** Ratings needed before they move the weight at all: one tap is not a pattern. */
export const MIN_RATINGS_TO_LEARN = 2;

/** Why one technique has the weight it has. */
export interface ProgrammeEntry {
  weight: number;
  findings: Finding[];
  /** `helps`: rated better more than worse; `not-helping`: the reverse; null: too few ratings or even. */
  feedback: 'helps' | 'not-helping' | null;
}
/** The programme: an entry for every technique whose weight is not an ordinary 1. */
export type Programme = Record<string, ProgrammeEntry>;

// The rotation counts turns in half steps (engine/rotation.ts), so weights are kept in half steps too.
const round = (n: number) => Math.round(n * 2) / 2;

/**
 * The weights from the latest body self-check (null: none done) and every rating so far. A
 * finding adds one turn to each technique it raises (at most MAX_FROM_CHECK); then the lean of
 * the latest ratings scales it between ×0.5 (all worse) and ×1.5 (all better).
 */
export const programmeFrom = (check: BodyCheck | null, feedback: readonly FeedbackRecord[]): Programme => {
  const out: Programme = {};
  const entry = (id: string) => (out[id] ??= { weight: 1, findings: [], feedback: null });
  for (const finding of check ? findingsOf(check.answers) : []) {
    for (const id of RAISED_BY[finding]) {
      const e = entry(id);
      e.findings.push(finding);
      e.weight = Math.min(MAX_FROM_CHECK, 1 + e.findings.length);
    }
  }
  for (const [id, counts] of recentRatings(feedback)) {
    const total = counts.better + counts.same + counts.worse;
    if (total < MIN_RATINGS_TO_LEARN || counts.better === counts.worse) continue;
    const e = entry(id);
    e.feedback = counts.better > counts.worse ? 'helps' : 'not-helping';
    e.weight = round(e.weight * (1 + 0.5 * ((counts.better - counts.worse) / total)));
  }
  for (const [id, e] of Object.entries(out)) if (e.weight === 1 && e.feedback === null && e.findings.length === 0) delete out[id];
  return out;
};

/** The weight of one technique in the programme (1 when the programme says nothing about it). */
export const weightOf = (programme: Programme, id: string): number => programme[id]?.weight ?? 1;

/** The engine's technique refs with the programme's weights added (for EngineConfig.techniques). */
export const withProgramme = <R extends { id: string }>(refs: readonly R[], programme: Programme): (R & { weight: number })[] =>
  refs.map((ref) => ({ ...ref, weight: weightOf(programme, ref.id) }));

/**
 * The catalog key for the break window's "Why this?" when the programme raised this technique,
 * or null when it did not. The body check's reason comes first: it is what the person asked for.
 */
export const programmeReasonKey = (programme: Programme, id: string): string | null => {
  const e = programme[id];
  if (!e || e.weight <= 1) return null;
  if (e.findings.length > 0) return `routine.why.${e.findings[0]!}`;
  return e.feedback === 'helps' ? 'routine.why.helps' : null;
};
