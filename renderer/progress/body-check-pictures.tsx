import type { ReactNode } from 'react';
import type { BodyCheckTest } from '../../main/core/progress/body-check';

// One line drawing per test, all on the same 120×90 grid and stroke, drawn in currentColor so they
// follow the theme and the text colour. Inline SVG: no request, nothing to load, nothing remote.
const head = (x: number, y: number, r = 9) => <circle cx={x} cy={y} r={r} />;
const arrowTip = (d: string) => <path d={d} fill="currentColor" stroke="none" />;

const DRAWINGS: Record<BodyCheckTest, ReactNode> = {
  // A head from above, nose forward, turning each way towards the shoulders.
  'head-turn': (
    <>
      <path d="M20 62 Q60 48 100 62" />
      {head(60, 50, 13)}
      <path d="M60 37 V31" />
      <path d="M44 30 A22 22 0 0 0 38 44" strokeWidth="2.5" />
      {arrowTip('M33 41 L38 50 L43 41 Z')}
      <path d="M76 30 A22 22 0 0 1 82 44" strokeWidth="2.5" />
      {arrowTip('M77 41 L82 50 L87 41 Z')}
    </>
  ),
  // From the front: a level line across both shoulders, ears above them.
  shoulders: (
    <>
      {head(60, 22)}
      <path d="M60 31 V70 M34 42 Q60 34 86 42 M34 42 L30 72 M86 42 L90 72" />
      <path d="M18 40 H102" strokeWidth="2" strokeDasharray="4 4" />
    </>
  ),
  // From the side: heels, seat and shoulder blades on the wall; the gap behind the head.
  wall: (
    <>
      <path d="M30 6 V86" strokeWidth="5" />
      {head(46, 18)}
      <path d="M38 30 Q33 48 35 62 L36 86 M38 34 L50 56" />
      <path d="M31 18 H36" strokeWidth="2.5" />
      {arrowTip('M34 14 L38 18 L34 22 Z')}
    </>
  ),
  // Two sitters: slumped on the left, tall on the right.
  'slump-vs-tall': (
    <>
      {head(30, 24)}
      <path d="M34 33 Q20 50 26 66 H44 V84 M12 66 V84" />
      {head(88, 16)}
      <path d="M88 25 V66 H106 V84 M74 66 V84" />
      <path d="M54 46 H66" strokeWidth="2.5" />
      {arrowTip('M64 42 L70 46 L64 50 Z')}
    </>
  ),
  // Standing, hands on the hips, leaning back gently.
  'lower-back': (
    <>
      {head(68, 14)}
      <path d="M66 23 Q58 40 56 54 L50 86 M56 54 L62 86 M64 30 L54 44 L57 52" />
      <path d="M40 36 A22 22 0 0 1 56 12" strokeWidth="2.5" />
      {arrowTip('M52 9 L60 10 L56 17 Z')}
    </>
  ),
};

/** The picture of one body self-check test, labelled for screen readers. */
export const BodyCheckPicture = ({ test, label }: { test: BodyCheckTest; label: string }) => (
  <svg className="body-check-picture" viewBox="0 0 120 90" width="120" height="90" role="img" aria-label={label} data-test={test}>
    <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
      {DRAWINGS[test]}
    </g>
  </svg>
);
