import type { Technique } from './types';

/** Short techniques for eye breaks (the 20-20-20 habit: about 20 seconds every 20 minutes). */
export const EYES_TECHNIQUES: readonly Technique[] = [
  {
    id: 'far-look',
    name: 'Twenty-second far look',
    kinds: ['eyes'],
    summary: 'Look away from the screen at something about six metres off and let your eyes go soft.',
    steps: [
      { mode: 'move', seconds: 5, text: 'Turn from the screen and find something at least six metres away: a window, a door across the room.' },
      { mode: 'rest', seconds: 15, text: 'Rest your eyes on it. Let your shoulders drop and blink slowly now and then.' },
    ],
    cautions: [
      'Looking away rests tired eyes; it does not correct eyesight. Blurred or double vision that lasts needs an eye test.',
      'If your eyes stay dry or sore after breaks, ask an optician or doctor.',
    ],
    why: 'Focusing up close for long stretches tires the eyes; a short look into the distance lets them relax. In a 2023 trial the 20-20-20 habit eased eye-strain symptoms, though the effect faded over weeks.',
    evidence: 'limited',
    source: 'Talens-Estarelles et al. 2023, Contact Lens & Anterior Eye; American Academy of Ophthalmology advice',
  },
  {
    id: 'blink-and-palm',
    name: 'Full blinks and palming',
    kinds: ['eyes'],
    summary: 'A few slow, complete blinks, then cup your palms over your closed eyes.',
    steps: [
      { mode: 'move', seconds: 8, text: 'Close your eyes fully, then open them. Do it slowly, five times.' },
      { mode: 'rest', seconds: 12, text: 'Rub your palms warm and cup them over your closed eyes without pressing. Breathe out slowly.' },
    ],
    cautions: ['Never press on the eyes, and skip palming after eye surgery or with an eye infection.'],
    why: 'People blink less and less completely while reading a screen, which dries the eye surface; deliberate full blinks spread the tear film again.',
    evidence: 'expert-advice',
    source: 'Eye-care advice on blinking and screen use (e.g. American Optometric Association)',
  },
];
