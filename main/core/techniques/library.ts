import type { TechniqueRef } from '../engine/types';
import type { Technique } from './types';

/** The technique library, the source article's own technique first. */
export const TECHNIQUES: readonly Technique[] = [
  {
    id: 'upper-arm-hold',
    name: 'Upper-arm hold',
    kinds: ['posture', 'stress'],
    summary: 'Rest your fingertips on the outside of each upper arm and simply hold.',
    steps: [
      { mode: 'move', seconds: 8, text: 'Sit back, stand or lie down, whichever is easiest right now.' },
      { mode: 'move', seconds: 8, text: 'Cross your arms. Find the outer side of each upper arm, halfway between elbow and shoulder.' },
      { mode: 'hold', seconds: 20, text: 'Let your fingertips rest there. Do not press or rub, just hold and let your shoulders drop.' },
      { mode: 'rest', seconds: 4, text: 'Uncross your arms slowly and roll your shoulders once.' },
    ],
    cautions: ['Traditional and unproven: enjoy it as a calm pause, not a treatment.', 'Rest lightly; never press on a sore or injured spot.'],
    why: 'A resting hold gives the shoulders a moment to let go. The point lies near the one acupressure calls LI14 (Binao); no trial has tested it.',
    evidence: 'traditional',
    source: 'Acupressure tradition; no controlled trial of this point',
  },
  {
    id: 'shrug-and-drop',
    name: 'Shrug and drop',
    kinds: ['posture'],
    summary: 'Lift your shoulders to your ears, then let them fall on a long out-breath.',
    steps: [
      { mode: 'move', seconds: 10, text: 'Breathe in and lift both shoulders towards your ears. Hold for a few seconds.' },
      { mode: 'move', seconds: 10, text: 'Breathe out and let them drop all at once. Notice the warmth as they let go.' },
      { mode: 'move', seconds: 10, text: 'Once more: lift, hold, and let go on the out-breath.' },
      { mode: 'move', seconds: 10, text: 'A last time, then let your arms hang loose.' },
    ],
    cautions: ['Keep it gentle; stop if it hurts.'],
    why: 'Tensing a muscle and then releasing it (rebound relaxation) helps tight trapezius muscles let go.',
    evidence: 'limited',
    source: 'Contract–relax technique; small trials',
  },
  {
    id: 'chin-tuck',
    name: 'Chin tuck',
    kinds: ['posture'],
    summary: 'Glide your head straight back to make a gentle double chin.',
    steps: [
      { mode: 'move', seconds: 5, text: 'Sit tall and look straight ahead.' },
      { mode: 'hold', seconds: 25, text: 'Draw your chin straight back, not down, and hold for five seconds. Relax, and repeat five times.' },
      { mode: 'rest', seconds: 10, text: 'Let your head settle in the middle and breathe normally.' },
    ],
    cautions: ['Stop if you feel pain or dizziness.'],
    why: 'It counters the head drifting forward towards the screen, a common strain on the neck.',
    evidence: 'limited',
    source: 'Standard physiotherapy advice',
  },
  {
    id: 'posture-check',
    name: 'Posture check and distant look',
    kinds: ['posture'],
    summary: 'Reset how you sit, then rest your eyes on something far away.',
    steps: [
      { mode: 'move', seconds: 10, text: 'Top of the screen at or just below eye level; shoulders down and loose; feet flat.' },
      { mode: 'move', seconds: 10, text: 'Slide back so the chair supports your lower back.' },
      { mode: 'rest', seconds: 20, text: 'Look at something at least six metres away and let your eyes relax.' },
    ],
    cautions: ['There is no perfect posture: changing position often matters more.'],
    why: 'Short, frequent microbreaks reduced neck and shoulder discomfort without lowering output (McLean et al. 2001).',
    evidence: 'moderate',
    source: 'McLean et al. 2001, Applied Ergonomics',
  },
  {
    id: 'slow-breathing',
    name: 'Slow breathing',
    kinds: ['stress'],
    summary: 'Breathe in for about four seconds and out for about six: six breaths a minute.',
    steps: [
      { mode: 'rest', seconds: 10, text: 'Sit comfortably and let your shoulders drop.' },
      { mode: 'breathe', seconds: 180, text: 'Follow the circle: in through the nose as it grows, slowly out as it shrinks.', breath: { inSeconds: 4, outSeconds: 6 } },
      { mode: 'breathe', seconds: 40, text: 'Keep the rhythm; let each out-breath be a little softer.', breath: { inSeconds: 4, outSeconds: 6 } },
      { mode: 'rest', seconds: 10, text: 'Let your breathing return to its own pace.' },
    ],
    cautions: ["Don't force the depth of each breath.", 'Stop and breathe normally if you feel light-headed.'],
    why: 'Breathing at about six breaths a minute lowers arousal and stress, which tightens the upper back.',
    evidence: 'moderate',
    source: 'Frontiers in Public Health 2017; Shao et al. 2024',
  },
];

/** The library as the engine needs it: ids and kinds. */
export const TECHNIQUE_REFS: readonly TechniqueRef[] = TECHNIQUES.map(({ id, kinds }) => ({ id, kinds }));

/** Looks a technique up by id. */
export const findTechnique = (id: string): Technique | undefined => TECHNIQUES.find((t) => t.id === id);

/** Total guided seconds of a technique. */
export const totalSeconds = (technique: Technique): number =>
  technique.steps.reduce((sum, step) => sum + step.seconds, 0);
