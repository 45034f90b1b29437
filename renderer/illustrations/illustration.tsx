import { useTranslation } from 'react-i18next';
import { POSES, type PoseName } from './poses';

/**
 * One pose as an inline line drawing. Inline (not an <img>) so its lines take currentColor and the
 * accent from the page's CSS, and so follow the dark theme and forced colours like the text does.
 */
export const Illustration = ({ pose }: { pose: PoseName }) => {
  const { t } = useTranslation();
  const drawing = POSES[pose]();
  return (
    <svg className="illo" viewBox="0 0 160 160" role="img" aria-label={t(`break.pose.${pose}`)} data-pose={pose}>
      <g className="illo-body">
        <path d={drawing.body.join(' ')} />
        {drawing.heads.map(({ c, r }) => (
          <circle key={`${c[0]},${c[1]}`} cx={c[0]} cy={c[1]} r={r} />
        ))}
      </g>
      <path className="illo-cue" d={drawing.cues.join(' ')} />
      {drawing.dashed && drawing.dashed.length > 0 && <path className="illo-cue illo-dashed" d={drawing.dashed.join(' ')} />}
      {drawing.dots.map(([x, y]) => (
        <circle key={`${x},${y}`} className="illo-dot" cx={x} cy={y} r={4} />
      ))}
    </svg>
  );
};
