import type { Technique } from './types';

/**
 * Lower-back techniques that work at the desk or beside it. Our source names the lower back as one
 * of three causes of upper-back pain, and sitting still for long flexes the lumbar spine and lets
 * the pelvis sink back (Lee & Yoo, Ind Health 2011;49:403). Evidence, honestly: exercise in
 * general helps chronic low back pain with moderate certainty (Hayden et al., Cochrane 2021,
 * CD009790; WHO-commissioned review, J Occup Rehabil 2023); motor-control work such as pelvic
 * tilts did well in a network meta-analysis, while stretching and McKenzie-style extension did
 * not differ clearly from control there (Owen et al., Br J Sports Med 2020;54:1279). So each is
 * offered as a change of position that many find easing, not as a cure. NICE NG59: leg pain,
 * numbness or weakness needs a clinician.
 */
export const LOWER_BACK_TECHNIQUES: readonly Technique[] = [
  {
    id: 'seated-pelvic-tilt',
    name: 'Seated pelvic tilts',
    kinds: ['posture', 'stress'],
    summary: 'Rock your pelvis slowly back and forth on the chair, then settle in the middle.',
    steps: [
      { mode: 'move', seconds: 6, text: 'Sit near the front of your seat, feet flat and hip-width apart, hands resting on your thighs.' },
      { mode: 'move', seconds: 24, text: 'Roll your pelvis back so your lower back rounds, then forward so it arches a little. Small and slow, about eight times.' },
      { mode: 'hold', seconds: 10, text: 'Stop in the middle, balanced on your sitting bones, and breathe out slowly.' },
    ],
    cautions: ['Keep the movement small; stop if it hurts.', 'Pain spreading into a leg, numbness or weakness: stop and see a doctor.'],
    why: 'Long sitting lets the pelvis sink back and the lower back round. Small tilts move the lower spine through its range and help you find a balanced middle, which the neck sits on.',
    evidence: 'limited',
    source: 'Motor-control exercise for low back pain (Owen et al. 2020, Br J Sports Med); Lee & Yoo 2011 on slumped sitting',
  },
  {
    id: 'standing-back-extension',
    name: 'Standing back bend',
    kinds: ['posture'],
    summary: 'Stand up, hands on your hips, and lean back gently a few times.',
    steps: [
      { mode: 'move', seconds: 8, text: 'Stand up, feet hip-width apart, and put your hands on the back of your hips, fingers pointing down.' },
      { mode: 'move', seconds: 24, text: 'Lean back gently from the waist as far as is comfortable, pause for a breath, and come up again. Five times, knees soft.' },
      { mode: 'rest', seconds: 8, text: 'Stand tall with your arms loose and notice how your lower back feels now.' },
    ],
    cautions: [
      'A gentle pressure is fine; a sharp or pinching pain is not: stop.',
      'If pain spreads into a buttock or leg, or grows, stop and see a doctor.',
      'Hold the desk if you feel unsteady.',
    ],
    why: 'It reverses the forward bend of sitting. Many people find bending back eases the lower back; the body self-check shows whether you are one of them.',
    evidence: 'limited',
    source: 'McKenzie method (repeated extension in standing); no clear advantage over other exercise in Owen et al. 2020',
  },
  {
    id: 'seated-rotation',
    name: 'Gentle seated twist',
    kinds: ['posture', 'stress'],
    summary: 'Sit tall and turn your upper body slowly to each side.',
    steps: [
      { mode: 'move', seconds: 6, text: 'Sit tall with both feet flat and cross your arms over your chest.' },
      { mode: 'hold', seconds: 14, text: 'Breathe out and turn your upper body to the right, leading with your breastbone. Stay where it is comfortable.' },
      { mode: 'hold', seconds: 14, text: 'Come back through the middle and turn to the left in the same easy way.' },
      { mode: 'rest', seconds: 6, text: 'Face forward again and let your shoulders drop.' },
    ],
    cautions: ['Turn from the trunk, not the neck, and do not pull on the chair to go further.', 'Stop if it hurts.'],
    why: 'Turning gently moves the whole spine, lower and upper back together, which hours of still sitting leave idle.',
    evidence: 'expert-advice',
    source: 'Standard physiotherapy advice (gentle spinal mobility)',
  },
  {
    id: 'hip-flexor-stretch',
    name: 'Standing hip-flexor stretch',
    // Also a stand break: it is done on your feet and lasts the stand break's default two minutes.
    kinds: ['stress', 'stand'],
    summary: 'Beside the desk, step one foot back and stretch the front of the hip, then the other.',
    steps: [
      { mode: 'move', seconds: 10, text: 'Stand beside your desk with one hand on it. Step your right foot back into a short stride, back heel lifted.' },
      { mode: 'hold', seconds: 25, text: 'Tuck your tailbone under and bend the front knee a little, until you feel a mild stretch at the front of the right hip. Stay upright.' },
      { mode: 'move', seconds: 10, text: 'Step your feet together, then step the left foot back.' },
      { mode: 'hold', seconds: 25, text: 'Tuck your tailbone under again and hold the mild stretch at the front of the left hip.' },
      { mode: 'hold', seconds: 40, text: 'Once more on each side, about twenty seconds each, a little easier than before.' },
      { mode: 'rest', seconds: 10, text: 'Step together, stand tall, and walk a few steps before you sit down again.' },
    ],
    cautions: ['Hold the desk for balance.', 'A mild pull only: no bouncing and no pain in the knee or back.', 'Skip it if your hip or knee hurts.'],
    why: 'Sitting keeps the front of the hips short for hours; standing up and lengthening them is a change of position the lower back welcomes. Evidence that it prevents back pain is thin.',
    evidence: 'expert-advice',
    source: 'Standard physiotherapy advice for long sitting',
  },
];
