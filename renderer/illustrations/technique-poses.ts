import type { Technique } from '../../main/core/techniques/types';
import type { PoseName } from './poses';

/**
 * The picture for each step of each library technique, step by step: a new pose where the
 * position changes. A technique missing here (a person's own) shows the relaxed seated figure.
 */
export const TECHNIQUE_POSES: Record<string, readonly PoseName[]> = {
  'upper-arm-hold': ['sit-relaxed', 'arms-crossed-find', 'arms-crossed-hold', 'shoulder-roll'],
  'shrug-and-drop': ['shrug-up', 'shoulders-drop', 'shrug-up', 'shoulders-drop'],
  'chin-tuck': ['sit-tall-side', 'chin-tuck', 'sit-tall-side'],
  'shoulder-rolls': ['sit-relaxed', 'shoulder-roll', 'shoulders-drop'],
  'upper-trapezius': ['trap-lift-right', 'trap-tilt-left', 'trap-lift-left', 'trap-tilt-right'],
  'shoulder-blade-squeeze': ['sit-tall-side', 'blade-squeeze'],
  'doorway-chest-stretch': ['door-arms', 'door-step', 'door-soft'],
  'thoracic-extension': ['hands-behind-head', 'lean-back', 'sit-tall-side'],
  'posture-check': ['desk-check', 'desk-slide-back', 'desk-look-far'],
  'slow-breathing': ['shoulders-drop', 'breathe-slow', 'breathe-slow', 'sit-relaxed'],
  'cyclic-sigh': ['hands-in-lap', 'sigh', 'shoulders-drop'],
  'levator-scapulae': ['lev-hold-seat', 'lev-look-left', 'lev-switch', 'lev-look-right', 'shoulder-roll'],
  'band-raise': ['band-stand', 'band-raise', 'arms-shake', 'breathe-slow'],
  'lower-back-release': ['sit-front-edge', 'pelvic-tilt', 'seated-twist', 'sit-back'],
  'far-look': ['desk-turn', 'window-gaze'],
  'blink-and-palm': ['blink', 'palming'],
  'seated-pelvic-tilt': ['sit-front-hands-thighs', 'pelvic-rock-back', 'sitting-bones'],
  'standing-back-extension': ['stand-hands-hips', 'stand-lean-back', 'stand-tall-side'],
  'seated-rotation': ['arms-crossed-chest', 'rotate-right', 'rotate-left', 'shoulders-drop'],
  'hip-flexor-stretch': ['stride-back', 'hip-stretch', 'stride-switch', 'hip-stretch', 'hip-stretch', 'stand-tall-side'],
  'stand-and-walk': ['stand-up', 'walk', 'stand-roll'],
  'stand-reach-march': ['stand-front', 'reach-up', 'side-lean', 'march', 'stand-front'],
};

/** The pose for a technique's step (the last one given carries on for later steps). */
export const poseFor = (technique: Pick<Technique, 'id'>, stepIndex: number): PoseName => {
  const poses = TECHNIQUE_POSES[technique.id];
  if (!poses || poses.length === 0) return 'sit-relaxed';
  return poses[Math.min(stepIndex, poses.length - 1)]!;
};

/** The pose a technique is known by: the one of its longest step, where the person spends most time. */
export const signaturePose = (technique: Pick<Technique, 'id' | 'steps'>): PoseName => {
  const longest = technique.steps.reduce((best, step, index) => (step.seconds > technique.steps[best]!.seconds ? index : best), 0);
  return poseFor(technique, longest);
};
