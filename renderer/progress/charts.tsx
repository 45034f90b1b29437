import { useTranslation } from 'react-i18next';
import type { DayStat, ProgressView } from '../../main/core/progress/aggregate';

const W = 640;
const H = 160;
const PAD = 24;

/** Bars per day: prompted behind, completed in front. The table view shows the same numbers. */
export const BreaksChart = ({ days }: { days: DayStat[] }) => {
  const { t } = useTranslation();
  const most = Math.max(1, ...days.map((d) => Math.max(d.prompted, d.completed)));
  const step = (W - PAD * 2) / days.length;
  const y = (v: number) => H - PAD - (v / most) * (H - PAD * 2);
  const totals = days.reduce((s, d) => ({ completed: s.completed + d.completed, prompted: s.prompted + d.prompted }), { completed: 0, prompted: 0 });
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-label={t('progress.breaksChart', { completed: totals.completed, prompted: totals.prompted, days: days.length })}>
      <line className="axis" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
      {days.map((d, i) => (
        <g key={d.day} data-day={d.day} data-completed={d.completed} data-prompted={d.prompted}>
          <rect className="bar-prompted" x={PAD + i * step + step * 0.1} width={step * 0.8} y={y(d.prompted)} height={H - PAD - y(d.prompted)} />
          <rect className="bar-completed" x={PAD + i * step + step * 0.25} width={step * 0.5} y={y(d.completed)} height={H - PAD - y(d.completed)} />
        </g>
      ))}
      <text className="chart-label" x={PAD} y={14}>{most}</text>
    </svg>
  );
};

/** Discomfort and stress over the days, with the band of no real change around the first week. */
export const TrendChart = ({ view, days }: { view: ProgressView; days: string[] }) => {
  const { t } = useTranslation();
  const x = (day: string) => PAD + (days.indexOf(day) / Math.max(1, days.length - 1)) * (W - PAD * 2);
  const y = (v: number) => H - PAD - (v / 10) * (H - PAD * 2);
  const line = (key: 'discomfort' | 'stress') => view.trend.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)} ${y(p[key]).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-label={t('progress.trendChart', { count: view.trend.length, change: t(`progress.change.${view.change}`) })}>
      {view.band && <rect className="band" x={PAD} width={W - PAD * 2} y={y(view.band.high)} height={y(view.band.low) - y(view.band.high)} />}
      <line className="axis" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
      <path className="line-discomfort" d={line('discomfort')} />
      <path className="line-stress" d={line('stress')} />
      {view.trend.map((p) => (
        <circle key={p.day} className="dot-discomfort" cx={x(p.day)} cy={y(p.discomfort)} r={3} />
      ))}
      <text className="chart-label" x={PAD} y={14}>10</text>
    </svg>
  );
};
