import { useTranslation } from 'react-i18next';

const R_OUTER = 54;
const R_INNER = 42;
const arc = (r: number, fraction: number) => {
  const length = 2 * Math.PI * r;
  return { strokeDasharray: `${length}`, strokeDashoffset: `${length * (1 - Math.min(1, Math.max(0, fraction)))}` };
};

/** Two rings: the outer for the whole break, the inner for the current step. */
export const ProgressRing = ({ breakDone, stepDone, children }: { breakDone: number; stepDone: number; children?: React.ReactNode }) => {
  const { t } = useTranslation();
  return (
    <div className="rings">
      <svg viewBox="0 0 120 120" role="img" aria-label={t('rings', { percent: Math.round(breakDone * 100), step: Math.round(stepDone * 100) })}>
        <circle className="ring-track" cx="60" cy="60" r={R_OUTER} />
        <circle className="ring-break" cx="60" cy="60" r={R_OUTER} style={arc(R_OUTER, breakDone)} />
        <circle className="ring-track" cx="60" cy="60" r={R_INNER} />
        <circle className="ring-step" cx="60" cy="60" r={R_INNER} style={arc(R_INNER, stepDone)} />
      </svg>
      <div className="rings-centre">{children}</div>
    </div>
  );
};
