/** A point in the illustrations' 160×160 drawing space. */
export type Pt = readonly [number, number];

/** One drawing: body lines in the text colour, cues (arrows, marks, props) in the accent colour. */
export interface Drawing {
  /** Path data of the figure and its furniture, drawn in currentColor. */
  body: string[];
  /** Path data of what to notice: arrows, a band, a gaze line. */
  cues: string[];
  /** Heads: a circle each, outlined like the body. */
  heads: { c: Pt; r: number }[];
  /** Small filled marks in the accent colour (the upper-arm hold's resting points). */
  dots: Pt[];
  /** Dashed accent lines (a line of sight). */
  dashed?: string[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** An open polyline through the points. */
export const line = (...pts: Pt[]): string => `M${pts.map(([x, y]) => `${r1(x)} ${r1(y)}`).join(' L')}`;

/** A quadratic curve from `a` to `b` bending through `c`. */
export const curve = (a: Pt, c: Pt, b: Pt): string => `M${r1(a[0])} ${r1(a[1])} Q${r1(c[0])} ${r1(c[1])} ${r1(b[0])} ${r1(b[1])}`;

/** An arrow head at `tip`, pointing away from `from`. */
const head = (from: Pt, tip: Pt): string => {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const wing = (turn: number): Pt => [tip[0] - 7 * Math.cos(angle + turn), tip[1] - 7 * Math.sin(angle + turn)];
  return line(wing(0.5), tip, wing(-0.5));
};

/** A straight arrow from `a` to `b`. */
export const arrow = (a: Pt, b: Pt): string => `${line(a, b)} ${head(a, b)}`;

/** A curved arrow from `a` to `b` bending through `c`. */
export const bentArrow = (a: Pt, c: Pt, b: Pt): string => `${curve(a, c, b)} ${head(c, b)}`;

/** A nearly closed circular arrow around `c` (shoulder rolls). */
export const circleArrow = (c: Pt, r: number, clockwise: boolean): string => {
  const start: Pt = [c[0], c[1] - r];
  const end: Pt = clockwise ? [c[0] - r * 0.7, c[1] - r * 0.7] : [c[0] + r * 0.7, c[1] - r * 0.7];
  const arc = `M${r1(start[0])} ${r1(start[1])} A${r} ${r} 0 1 ${clockwise ? 1 : 0} ${r1(end[0])} ${r1(end[1])}`;
  const before: Pt = clockwise ? [end[0] - 3, end[1] + 5] : [end[0] + 3, end[1] + 5];
  return `${arc} ${head(before, end)}`;
};

/** Arms as elbow and hand points, shoulders implied by the figure. */
export interface Arm {
  elbow: Pt;
  hand: Pt;
}

/** A seated figure seen from the front; `left` and `right` are the viewer's. */
export interface FrontPose {
  /** Degrees the head leans towards the viewer's right (negative: left). */
  tilt?: number;
  /** How far the head sinks (a bow), in drawing units. */
  drop?: number;
  /** Where the nose points, as a direction; drawn as a short tick inside the head. */
  face?: Pt;
  /** Shoulder lift in drawing units (a shrug). */
  lift?: [number, number];
  /** Half the shoulder width seen from the front (a twist makes it narrower). */
  shoulderHalf?: number;
  /** Sideways shift of the shoulders over the hips (a twist). */
  shift?: number;
  left: Arm;
  right: Arm;
}

/** Where a front figure's shoulders are, so a pose can aim its arms. */
export const frontShoulders = (pose: Pick<FrontPose, 'lift' | 'shoulderHalf' | 'shift'>): [Pt, Pt] => {
  const half = pose.shoulderHalf ?? 22;
  const shift = pose.shift ?? 0;
  const [l, r] = pose.lift ?? [0, 0];
  return [
    [80 + shift - half, 72 - l],
    [80 + shift + half, 72 - r],
  ];
};

const chairFront = (): string[] => [line([44, 116], [116, 116]), line([48, 116], [48, 150]), line([112, 116], [112, 150])];

/** A seated figure from the front, on a stool-like chair. */
export const seatedFront = (pose: FrontPose): Drawing => {
  const [sl, sr] = frontShoulders(pose);
  const neck: Pt = [(sl[0] + sr[0]) / 2, Math.min(sl[1], sr[1]) - 4];
  const tilt = ((pose.tilt ?? 0) * Math.PI) / 180;
  const reach = 20 - (pose.drop ?? 0);
  const c: Pt = [neck[0] + Math.sin(tilt) * reach, neck[1] - Math.cos(tilt) * reach];
  const chin: Pt = [neck[0] + Math.sin(tilt) * (reach - 13), neck[1] - Math.cos(tilt) * (reach - 13)];
  const body = [
    line(pose.left.hand, pose.left.elbow, sl, neck, sr, pose.right.elbow, pose.right.hand),
    line(sl, [66, 112], [94, 112], sr),
    line(neck, chin),
    line([68, 114], [66, 148]),
    line([92, 114], [94, 148]),
    ...chairFront(),
  ];
  if (pose.face) {
    const [fx, fy] = pose.face;
    const n = Math.hypot(fx, fy) || 1;
    body.push(line([c[0] + (fx / n) * 4, c[1] + (fy / n) * 4], [c[0] + (fx / n) * 11, c[1] + (fy / n) * 11]));
  }
  return { body, cues: [], heads: [{ c, r: 13 }], dots: [] };
};

/** A seated figure seen from the side, facing right, on a chair with a back. */
export interface SidePose {
  /** Degrees the trunk leans forward from upright (negative: back). */
  lean?: number;
  /** How far the head sits forward of the shoulders (negative: tucked back). */
  forward?: number;
  /** How far the hips sit from the chair back. */
  hipX?: number;
  /** Tilt of the head back (looking up), degrees. */
  lookUp?: number;
  arm: Arm;
  /** The chair back's top; lower for leaning back over it. */
  backTop?: number;
}

/** Where a side figure's shoulder is, so a pose can aim its arm. */
export const sideShoulder = (pose: Pick<SidePose, 'lean' | 'hipX'>): Pt => {
  const hip: Pt = [pose.hipX ?? 58, 110];
  const lean = ((pose.lean ?? 0) * Math.PI) / 180;
  return [hip[0] + Math.sin(lean) * 42, hip[1] - Math.cos(lean) * 42];
};

/** A seated figure from the side. */
export const seatedSide = (pose: SidePose): Drawing => {
  const hip: Pt = [pose.hipX ?? 58, 110];
  const s = sideShoulder(pose);
  const up = ((pose.lookUp ?? 0) * Math.PI) / 180;
  const lean = ((pose.lean ?? 0) * Math.PI) / 180;
  const c: Pt = [s[0] + 3 + (pose.forward ?? 0) + Math.sin(lean) * 8, s[1] - 19];
  const mid: Pt = [(hip[0] + s[0]) / 2 - 4, (hip[1] + s[1]) / 2];
  const body = [
    curve(hip, mid, s),
    line(s, [c[0] - 2, c[1] + 12]),
    line(s, pose.arm.elbow, pose.arm.hand),
    line(hip, [100, 112], [100, 148], [110, 148]),
    line([46, pose.backTop ?? 64], [46, 116], [98, 116]),
    line([50, 116], [50, 150]),
    line([94, 118], [94, 150]),
    line([c[0] + Math.cos(up) * 8, c[1] - Math.sin(up) * 8], [c[0] + Math.cos(up) * 15, c[1] - Math.sin(up) * 15]),
  ];
  return { body, cues: [], heads: [{ c, r: 12 }], dots: [] };
};

/** Adds cues, dots and dashed lines to a drawing. */
export const withCues = (drawing: Drawing, cues: string[], extra: Partial<Pick<Drawing, 'dots' | 'dashed' | 'body'>> = {}): Drawing => ({
  ...drawing,
  body: [...drawing.body, ...(extra.body ?? [])],
  cues: [...drawing.cues, ...cues],
  dots: [...drawing.dots, ...(extra.dots ?? [])],
  dashed: [...(drawing.dashed ?? []), ...(extra.dashed ?? [])],
});
