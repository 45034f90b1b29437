import { arrow, bentArrow, circleArrow, curve, line, seatedFront, seatedSide, withCues, type Arm, type Drawing, type Pt } from './geometry';

// Every picture is a line drawing in a 160×160 box: the figure in the text colour, what to notice
// in the accent colour. Front views show the viewer's left and right (a figure's right is on the left).

const relaxedL: Arm = { elbow: [54, 96], hand: [64, 114] };
const relaxedR: Arm = { elbow: [106, 96], hand: [96, 114] };
const seatL: Arm = { elbow: [50, 96], hand: [46, 117] };
const seatR: Arm = { elbow: [110, 96], hand: [114, 117] };
const ring = ([x, y]: Pt, r: number) => `M${x - r} ${y} A${r} ${r} 0 1 0 ${x + r} ${y} A${r} ${r} 0 1 0 ${x - r} ${y}`;
const downArrows = [arrow([38, 54], [38, 74]), arrow([122, 54], [122, 74])];
const wave = (x: number, y: number) => curve([x, y], [x + 6, y - 5], [x + 12, y]);

const relaxed = () => seatedFront({ left: relaxedL, right: relaxedR });
const side = (extra: Partial<Parameters<typeof seatedSide>[0]> = {}) => seatedSide({ arm: { elbow: [62, 94], hand: [84, 104] }, ...extra });
const desk = (pose: Drawing, cues: string[], dashed: string[]): Drawing =>
  withCues(pose, cues, { body: [line([86, 96], [152, 96]), line([146, 96], [146, 150]), line([128, 96], [128, 84]), line([128, 82], [128, 42])], dashed });

type Standing = { hip: Pt; shoulder: Pt; head: Pt; elbow: Pt; hand: Pt; front: Pt; back: Pt; frontKnee?: Pt; backKnee?: Pt };
/** A standing figure from the side, facing right, on a floor line. */
const sideStanding = (p: Standing, cues: string[], props: string[] = []): Drawing => ({
  body: [
    line(p.back, ...(p.backKnee ? [p.backKnee] : []), p.hip, ...(p.frontKnee ? [p.frontKnee] : []), p.front),
    line(p.hip, p.shoulder, [p.head[0] - 2, p.head[1] + 11]),
    line(p.shoulder, p.elbow, p.hand),
    line([10, 150], [150, 150]),
    ...props,
  ],
  cues,
  heads: [{ c: p.head, r: 11 }],
  dots: [],
});
/** The same beside a door frame at x = 86. */
const doorway = (p: Standing, cues: string[]): Drawing => sideStanding(p, cues, [line([86, 6], [86, 150])]);
const standTall: Standing = { hip: [74, 96], shoulder: [76, 52], head: [80, 34], elbow: [78, 76], hand: [80, 98], front: [80, 148], back: [70, 148] };
const window_ = [line([120, 20], [150, 20], [150, 64], [120, 64], [120, 20]), line([135, 20], [135, 64]), line([120, 42], [150, 42])];
const deskSide = [line([104, 90], [152, 90]), line([146, 90], [146, 150])];

/** A standing figure from the front; `lean` shifts the upper body sideways. */
const standing = (left: Arm, right: Arm, cues: string[], lean = 0): Drawing => ({
  body: [
    line(left.hand, left.elbow, [60 + lean, 54], [80 + lean, 50], [100 + lean, 54], right.elbow, right.hand),
    line([60 + lean, 54], [68, 98], [92, 98], [100 + lean, 54]),
    line([80 + lean, 50], [80 + lean * 1.2, 45]),
    line([70, 98], [66, 148]),
    line([90, 98], [94, 148]),
    line([10, 150], [150, 150]),
  ],
  cues,
  heads: [{ c: [80 + lean * 1.3, 34], r: 11 }],
  dots: [],
});
const armsDownL: Arm = { elbow: [56, 76], hand: [56, 100] };
const armsDownR: Arm = { elbow: [104, 76], hand: [104, 100] };

/** Every pose, by name; the names are also the catalog keys of their descriptions (`break.pose.*`). */
export const POSES = {
  'sit-relaxed': () => relaxed(),
  'shoulders-drop': () => withCues(relaxed(), downArrows),
  'shoulder-roll': () => withCues(relaxed(), [circleArrow([50, 64], 10, false), circleArrow([110, 64], 10, true)]),
  'arms-crossed-find': () =>
    withCues(seatedFront({ left: { elbow: [62, 102], hand: [98, 86] }, right: { elbow: [98, 102], hand: [62, 86] } }), [arrow([140, 86], [112, 86]), arrow([20, 86], [48, 86])], { dots: [[101, 86], [59, 86]] }),
  'arms-crossed-hold': () =>
    withCues(seatedFront({ lift: [-2, -2], left: { elbow: [62, 102], hand: [98, 88] }, right: { elbow: [98, 102], hand: [62, 88] } }), [ring([101, 88], 9), ring([59, 88], 9), ...downArrows], { dots: [[101, 88], [59, 88]] }),
  'shrug-up': () => withCues(seatedFront({ lift: [11, 11], left: { elbow: [54, 88], hand: [62, 108] }, right: { elbow: [106, 88], hand: [98, 108] } }), [arrow([38, 80], [38, 56]), arrow([122, 80], [122, 56])]),
  'hands-in-lap': () => seatedFront({ left: { elbow: [56, 100], hand: [76, 114] }, right: { elbow: [104, 100], hand: [84, 114] } }),
  'breathe-slow': () =>
    withCues(seatedFront({ left: { elbow: [54, 102], hand: [80, 104] }, right: { elbow: [106, 98], hand: [84, 84] } }), [wave(98, 40), wave(102, 50)]),
  sigh: () =>
    withCues(seatedFront({ left: { elbow: [56, 100], hand: [76, 114] }, right: { elbow: [104, 100], hand: [84, 114] } }), [arrow([112, 28], [96, 40]), arrow([120, 40], [100, 46]), bentArrow([68, 58], [48, 70], [22, 62])]),
  'trap-lift-right': () => withCues(seatedFront({ lift: [8, 0], left: seatL, right: relaxedR }), [arrow([36, 80], [36, 58])]),
  'trap-tilt-left': () => withCues(seatedFront({ tilt: 28, left: seatL, right: relaxedR }), [bentArrow([68, 42], [50, 46], [44, 64])]),
  'trap-lift-left': () => withCues(seatedFront({ lift: [0, 8], left: relaxedL, right: seatR }), [arrow([124, 80], [124, 58])]),
  'trap-tilt-right': () => withCues(seatedFront({ tilt: -28, left: relaxedL, right: seatR }), [bentArrow([92, 42], [110, 46], [116, 64])]),
  'lev-hold-seat': () => withCues(seatedFront({ left: seatL, right: relaxedR }), [arrow([36, 56], [36, 76])]),
  'lev-look-left': () => withCues(seatedFront({ tilt: 22, drop: 7, face: [1, 1.3], left: seatL, right: relaxedR }), [arrow([96, 66], [104, 82])]),
  'lev-switch': () => withCues(relaxed(), [bentArrow([46, 132], [80, 146], [112, 132])]),
  'lev-look-right': () => withCues(seatedFront({ tilt: -22, drop: 7, face: [-1, 1.3], left: relaxedL, right: seatR }), [arrow([64, 66], [56, 82])]),
  'seated-twist': () =>
    withCues(seatedFront({ shoulderHalf: 15, shift: 6, face: [1, 0], left: { elbow: [66, 96], hand: [68, 116] }, right: { elbow: [100, 94], hand: [92, 116] } }), [bentArrow([54, 86], [80, 98], [108, 86])]),
  'sit-tall-side': () => withCues(side(), [arrow([61, 32], [61, 14])]),
  'chin-tuck': () => withCues(side({ forward: -5 }), [arrow([86, 54], [70, 54])]),
  'blade-squeeze': () => withCues(side({ hipX: 66, arm: { elbow: [54, 92], hand: [72, 100] } }), [arrow([62, 56], [44, 56]), arrow([48, 88], [36, 92])]),
  'hands-behind-head': () => side({ arm: { elbow: [76, 42], hand: [58, 40] }, backTop: 84 }),
  'lean-back': () => withCues(side({ lean: -18, lookUp: 25, backTop: 86, arm: { elbow: [60, 38], hand: [42, 42] } }), [bentArrow([30, 100], [18, 78], [26, 54])]),
  'sit-front-edge': () => withCues(side({ hipX: 72 }), [line([96, 154], [118, 154])]),
  'pelvic-tilt': () => withCues(side({ hipX: 72 }), [bentArrow([78, 124], [88, 110], [80, 96]), bentArrow([62, 96], [52, 110], [60, 124])]),
  'sit-back': () => withCues(side({ lean: -6, hipX: 52 }), [arrow([78, 100], [60, 100])]),
  'desk-check': () => desk(side({ arm: { elbow: [64, 92], hand: [90, 94] } }), [arrow([40, 46], [40, 64])], [line([68, 48], [124, 44])]),
  'desk-slide-back': () => desk(side({ hipX: 52, arm: { elbow: [60, 92], hand: [88, 94] } }), [arrow([84, 104], [60, 104])], []),
  'desk-look-far': () => desk(side({ arm: { elbow: [64, 92], hand: [90, 94] } }), [line([140, 22], [148, 14], [156, 22])], [line([70, 46], [152, 22])]),
  'door-arms': () => doorway({ hip: [66, 96], shoulder: [68, 54], head: [72, 36], elbow: [86, 56], hand: [86, 36], front: [72, 148], back: [62, 148] }, [line([52, 56], [100, 56])]),
  'door-step': () => doorway({ hip: [98, 96], shoulder: [102, 54], head: [106, 36], elbow: [88, 60], hand: [88, 40], front: [116, 148], back: [80, 148] }, [arrow([112, 70], [132, 70])]),
  'door-soft': () => doorway({ hip: [92, 96], shoulder: [96, 54], head: [100, 36], elbow: [88, 60], hand: [88, 40], front: [106, 148], back: [78, 148] }, [arrow([106, 70], [118, 70])]),
  'band-stand': () => standing(armsDownL, armsDownR, [curve([56, 100], [60, 146], [80, 150]), curve([104, 100], [100, 146], [80, 150])]),
  'band-raise': () =>
    standing({ elbow: [40, 56], hand: [22, 58] }, { elbow: [120, 56], hand: [138, 58] }, [line([22, 58], [80, 150], [138, 58]), bentArrow([34, 96], [20, 84], [20, 70]), bentArrow([126, 96], [140, 84], [140, 70])]),
  'arms-shake': () =>
    standing(armsDownL, armsDownR, [line([44, 96], [40, 102], [44, 108], [40, 114]), line([116, 96], [120, 102], [116, 108], [120, 114])]),
  'desk-turn': () => desk(side({ arm: { elbow: [64, 92], hand: [90, 94] } }), [bentArrow([84, 30], [70, 18], [52, 26])], []),
  'window-gaze': () => withCues(side({ lookUp: 10 }), [], { body: window_, dashed: [line([72, 44], [118, 40])] }),
  blink: () => withCues(relaxed(), [curve([70, 48], [74, 52], [78, 48]), curve([82, 48], [86, 52], [90, 48]), line([62, 34], [56, 28]), line([98, 34], [104, 28])]),
  palming: () => withCues(seatedFront({ left: { elbow: [56, 98], hand: [74, 50] }, right: { elbow: [104, 98], hand: [86, 50] } }), [wave(100, 30), wave(48, 30)]),
  'sit-front-hands-thighs': () => withCues(side({ hipX: 72, arm: { elbow: [76, 92], hand: [92, 108] } }), [line([96, 154], [118, 154])]),
  'pelvic-rock-back': () => withCues(side({ hipX: 72, lean: -6, arm: { elbow: [74, 92], hand: [92, 108] } }), [bentArrow([58, 84], [46, 100], [56, 118]), bentArrow([50, 120], [40, 104], [48, 86])]),
  'sitting-bones': () => withCues(side({ hipX: 72, arm: { elbow: [76, 92], hand: [92, 108] } }), [wave(86, 44)], { dots: [[72, 116]] }),
  'stand-hands-hips': () => sideStanding({ ...standTall, elbow: [62, 72], hand: [66, 94] }, [arrow([40, 96], [58, 96])]),
  'stand-lean-back': () => sideStanding({ ...standTall, shoulder: [64, 54], head: [62, 36], elbow: [52, 74], hand: [64, 94] }, [bentArrow([96, 60], [90, 36], [72, 22])]),
  'stand-tall-side': () => sideStanding(standTall, [arrow([80, 18], [80, 4])]),
  'arms-crossed-chest': () => seatedFront({ left: { elbow: [64, 100], hand: [96, 76] }, right: { elbow: [96, 100], hand: [64, 76] } }),
  'rotate-right': () => withCues(seatedFront({ shoulderHalf: 14, shift: -6, face: [-1, 0], left: { elbow: [62, 98], hand: [88, 78] }, right: { elbow: [86, 100], hand: [66, 78] } }), [bentArrow([108, 90], [80, 102], [50, 90])]),
  'rotate-left': () => withCues(seatedFront({ shoulderHalf: 14, shift: 6, face: [1, 0], left: { elbow: [74, 100], hand: [94, 78] }, right: { elbow: [98, 98], hand: [72, 78] } }), [bentArrow([52, 90], [80, 102], [110, 90])]),
  'stride-back': () => sideStanding({ ...standTall, elbow: [94, 70], hand: [106, 90], front: [92, 148], back: [48, 146] }, [arrow([66, 132], [50, 132])], deskSide),
  'hip-stretch': () => sideStanding({ ...standTall, hip: [74, 100], shoulder: [74, 56], head: [78, 38], elbow: [94, 72], hand: [106, 90], frontKnee: [94, 122], front: [92, 148], back: [44, 146] }, [bentArrow([62, 112], [60, 100], [70, 88])], deskSide),
  'stride-switch': () => sideStanding({ ...standTall, elbow: [94, 70], hand: [106, 90] }, [bentArrow([58, 140], [70, 128], [84, 140])], deskSide),
  'stand-up': () => withCues(side({ lean: 24, hipX: 70, arm: { elbow: [92, 90], hand: [96, 110] } }), [arrow([40, 100], [40, 70])]),
  walk: () => sideStanding({ ...standTall, elbow: [64, 74], hand: [58, 94], frontKnee: [86, 122], front: [96, 148], back: [58, 148] }, [arrow([110, 96], [140, 96])]),
  'stand-roll': () => standing(armsDownL, armsDownR, [circleArrow([52, 46], 10, false), circleArrow([108, 46], 10, true)]),
  'stand-front': () => standing(armsDownL, armsDownR, []),
  'reach-up': () => standing({ elbow: [56, 32], hand: [64, 10] }, { elbow: [104, 32], hand: [96, 10] }, [arrow([30, 40], [30, 14]), arrow([130, 40], [130, 14])]),
  'side-lean': () => standing(armsDownL, { elbow: [104, 28], hand: [90, 8] }, [bentArrow([124, 60], [122, 30], [104, 14])], -8),
  march: () => sideStanding({ ...standTall, elbow: [90, 70], hand: [98, 58], frontKnee: [100, 100], front: [98, 126] }, [arrow([120, 130], [120, 104])]),
} satisfies Record<string, () => Drawing>;

/** The name of a pose. */
export type PoseName = keyof typeof POSES;
