import type { TechniqueRef } from '../engine/types';
import { POSTURE_TECHNIQUES } from './library-posture';
import { EYES_TECHNIQUES } from './library-eyes';
import { STAND_TECHNIQUES } from './library-stand';
import { STRESS_TECHNIQUES } from './library-stress';
import { LOWER_BACK_TECHNIQUES } from './library-lower-back'; // routine (issue 15 §3): lower-back techniques at the desk
import type { Technique } from './types';

/** The technique library, the source article's own technique first. */
export const TECHNIQUES: readonly Technique[] = [...POSTURE_TECHNIQUES, ...STRESS_TECHNIQUES, ...EYES_TECHNIQUES, ...STAND_TECHNIQUES, ...LOWER_BACK_TECHNIQUES];

/** The library as the engine needs it: ids and kinds. */
export const TECHNIQUE_REFS: readonly TechniqueRef[] = TECHNIQUES.map(({ id, kinds }) => ({ id, kinds }));

/** Looks a technique up by id. */
export const findTechnique = (id: string): Technique | undefined => TECHNIQUES.find((t) => t.id === id);

/** Total guided seconds of a technique. */
export const totalSeconds = (technique: Technique): number =>
  technique.steps.reduce((sum, step) => sum + step.seconds, 0);
