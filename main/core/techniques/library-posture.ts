import type { Technique } from './types';

/**
 * Holds the source asks to keep up for longer than a posture break lasts: technique id → the step
 * the break window offers "Keep holding" on. The source suggests the upper-arm hold for at least a
 * few minutes; a 40-second break gives it 20 s, so the person may extend it until they press Done.
 */
export const KEEP_HOLDING: Readonly<Record<string, number>> = { 'upper-arm-hold': 2 };

/** Short techniques for posture breaks (about 40 seconds each). */
export const POSTURE_TECHNIQUES: readonly Technique[] = [
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
    evidence: 'expert-advice',
    source: 'Standard physiotherapy advice',
  },
  {
    id: 'shoulder-rolls',
    name: 'Backward shoulder rolls',
    kinds: ['posture'],
    summary: 'Draw slow circles with your shoulders: up, back and down.',
    steps: [
      { mode: 'move', seconds: 5, text: 'Let your arms hang by your sides.' },
      { mode: 'move', seconds: 30, text: 'Roll both shoulders up, back and down in slow, wide circles. Aim for eight of them.' },
      { mode: 'rest', seconds: 5, text: 'Let the last roll finish low and relaxed.' },
    ],
    cautions: ['Stay within a range that does not hurt.'],
    why: 'Moving through the full range eases the stiffness that builds up from holding one position.',
    evidence: 'expert-advice',
    source: 'Standard physiotherapy advice',
  },
  {
    id: 'upper-trapezius',
    name: 'Upper-trapezius tense and stretch',
    kinds: ['posture'],
    summary: 'Tense the top of one shoulder, then let your ear lean away from it.',
    steps: [
      { mode: 'move', seconds: 4, text: 'Hold the seat of your chair with your right hand and gently lift that shoulder for a moment.' },
      { mode: 'hold', seconds: 16, text: 'Let go of the lift and tip your left ear towards your left shoulder. Hold softly.' },
      { mode: 'move', seconds: 4, text: 'Come back to the middle. Now hold the chair with your left hand and lift that shoulder briefly.' },
      { mode: 'hold', seconds: 16, text: 'Release and tip your right ear towards your right shoulder. Hold softly.' },
    ],
    cautions: ["Don't force the stretch.", 'Stop if you feel tingling in your arm or hand.'],
    why: 'A brief contraction before a stretch (contract–relax) lets the muscle lengthen more easily.',
    evidence: 'limited',
    source: 'Contract–relax stretching; small trials',
  },
  {
    id: 'shoulder-blade-squeeze',
    name: 'Shoulder-blade squeeze',
    kinds: ['posture'],
    summary: 'Draw your shoulder blades back and down, hold, and release.',
    steps: [
      { mode: 'move', seconds: 5, text: 'Sit tall with your arms relaxed.' },
      { mode: 'hold', seconds: 45, text: 'Squeeze your shoulder blades back and down for five seconds, then release. Keep going, about ten times.' },
    ],
    cautions: ["Don't shrug while you squeeze: keep your shoulders away from your ears."],
    why: 'Strengthening the upper back has the best evidence of any exercise for neck and shoulder pain at work.',
    evidence: 'moderate',
    source: 'Louw et al. 2017 systematic review',
  },
  {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    kinds: ['posture'],
    summary: 'Open the front of your chest against a door frame or the back of your chair.',
    steps: [
      { mode: 'move', seconds: 6, text: 'Stand in a doorway with your forearms on the frame, elbows at shoulder height.' },
      { mode: 'hold', seconds: 20, text: 'Step one foot forward until you feel a stretch across your chest. Hold and breathe.' },
      { mode: 'hold', seconds: 14, text: 'Step back, then forward again for a second, softer stretch.' },
    ],
    cautions: ['Skip this one if your shoulder hurts.', 'A gentle stretch is enough; never bounce.'],
    why: 'Hours of reaching for the keyboard shorten the chest muscles; opening them eases the pull on the upper back.',
    evidence: 'expert-advice',
    source: 'Standard physiotherapy advice',
  },
  {
    id: 'thoracic-extension',
    name: 'Chair-back extension',
    kinds: ['posture'],
    summary: 'Lean back over the top of your chair to arch the upper back.',
    steps: [
      { mode: 'move', seconds: 6, text: 'Sit with the chair back touching your shoulder blades. Rest your hands behind your head.' },
      { mode: 'hold', seconds: 28, text: 'Gently lean back over the chair, looking a little upward. Hold and breathe slowly.' },
      { mode: 'rest', seconds: 6, text: 'Come back up slowly and sit tall.' },
    ],
    cautions: ['Move gently; stop if it pinches.'],
    why: 'It reverses the forward curve the upper back takes when you lean towards a screen.',
    evidence: 'expert-advice',
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
];
