import type { Technique } from './types';

/** Techniques for stand-up breaks: about two minutes up and moving, once an hour. */
export const STAND_TECHNIQUES: readonly Technique[] = [
  {
    id: 'stand-and-walk',
    name: 'Stand up and walk',
    kinds: ['stand'],
    summary: 'Get up, walk for a minute and a half, and let your shoulders swing.',
    steps: [
      { mode: 'move', seconds: 10, text: 'Stand up slowly. Push through your feet and let your back straighten by itself.' },
      { mode: 'move', seconds: 90, text: 'Walk: fetch a glass of water, go to a window, take the stairs. Let your arms swing loosely.' },
      { mode: 'move', seconds: 20, text: 'Before you sit down, roll your shoulders back a few times and look into the distance.' },
    ],
    cautions: ['Stand up slowly if you get light-headed.', 'With a sore knee, hip or ankle, walk only as far as is comfortable.'],
    why: 'Long unbroken sitting keeps the upper back and neck in one position. In a small workplace study, cutting sitting time by about an hour a day went with less upper-back and neck pain.',
    evidence: 'limited',
    source: 'Pronk et al. 2012, Preventing Chronic Disease (Take-a-Stand Project)',
  },
  {
    id: 'stand-reach-march',
    name: 'Stand, reach and march',
    kinds: ['stand'],
    summary: 'Stand up, reach tall, lean to each side, and march on the spot.',
    steps: [
      { mode: 'move', seconds: 10, text: 'Stand up beside your desk with your feet hip-width apart.' },
      { mode: 'move', seconds: 25, text: 'Reach both arms overhead and grow tall. Lower them, and reach again three times.' },
      { mode: 'move', seconds: 25, text: 'With one arm up, lean gently to the other side. Hold a breath or two, then switch sides.' },
      { mode: 'move', seconds: 50, text: 'March on the spot, lifting your knees comfortably and swinging your arms.' },
      { mode: 'rest', seconds: 10, text: 'Stand still, let your arms hang and breathe out slowly before you sit down.' },
    ],
    cautions: ['Keep the side bends small and slow; stop if anything hurts or tingles.', 'Hold on to the desk if your balance is unsure.'],
    why: 'Moving after a long spell of sitting changes the load on the neck and back muscles; standing up and moving briefly each hour is standard workplace ergonomics advice.',
    evidence: 'expert-advice',
    source: 'Workplace ergonomics guidance on breaking up sitting',
  },
];
