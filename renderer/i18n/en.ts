/** English: the reference catalog. Technique texts come from the library itself. */
export const en = {
  kind: { posture: 'Posture break', stress: 'Stress break' },
  idle: { title: 'No break right now', body: 'Unknot is in your tray and will call you back when it is time.' },
  step: { count: 'Step {{n}} of {{total}}', next: 'Next: {{text}}', last: 'Last step' },
  remaining: '{{time}} left in this break',
  progress: 'Break {{percent}} % done; this step {{step}} % done',
  hold: 'Hold',
  breathe: { in: 'Breathe in', out: 'Breathe out', inAgain: 'Sip in a little more' },
  actions: {
    done: 'Done',
    snooze: 'Snooze {{minutes}} min',
    skip: 'Skip',
    another: 'Another technique',
    pause: 'Pause',
    resume: 'Resume',
  },
  keys: 'Keys: Space pause · Enter done · S snooze · Esc skip · N another',
  paused: 'Paused. Press Space or Resume to carry on.',
  snoozeCap: 'You have snoozed this break as often as allowed in a row. Take it now, or skip it.',
  why: {
    show: 'Why this?',
    hide: 'Hide why',
    title: 'Why this technique',
    evidence: 'Evidence',
    source: 'Source',
    cautions: 'Cautions',
  },
  evidence: {
    traditional: 'traditional, unproven',
    'expert-advice': 'standard expert advice',
    limited: 'limited (small trials)',
    moderate: 'moderate',
    good: 'good (randomised trials)',
  },
  stopIfPain: 'Stop if anything hurts, tingles or makes you dizzy.',
  onboarding: {
    title: 'Welcome to Unknot',
    intro: 'Unknot sits in your tray and gives your upper back and neck short, gentle breaks while you work. It waits for a pause in your typing before it opens, and you can snooze or pause it from the tray.',
    defaultsTitle: 'How it starts',
    defaults: {
      posture: 'A posture break of about 40 seconds after every 30 minutes at the keyboard.',
      stress: 'A stress break of about 4 minutes after every 2 hours.',
      away: 'Time away from the keyboard counts as a break; being away 5 minutes starts the cycle again.',
    },
    medicalTitle: 'Not medical advice',
    medical: 'Unknot offers general, gentle techniques. It does not diagnose or treat anything.',
    redFlagsTitle: 'Get help instead',
    redFlags: {
      emergency: 'Sudden weakness, numbness, or trouble speaking: call emergency services now.',
      doctor: 'Pain lasting more than six weeks, weakness in an arm, or pins and needles: see a doctor.',
    },
    start: 'Start Unknot',
  },
  errors: { generic: 'Something went wrong: {{message}}' },
};

/** The shape every catalog must have. */
export type Catalog = typeof en;
