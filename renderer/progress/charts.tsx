import { useTranslation } from 'react-i18next';
import type { DayStat, ProgressView } from '../../main/core/progress/aggregate';
import { Axes, ChartTip, countScale, FRAME, slot, useDayCursor, yOf } from './chart-frame';
import { formatDay } from './day-format';
import './progress.css';

const baseline = FRAME.height - FRAME.bottom;

/** The key to a chart's marks, each drawn as the chart draws it. */
const Legend = ({ items }: { items: { mark: string; label: string }[] }) => (
  <ul className="legend">
    {items.map(({ mark, label }) => (
      <li key={mark}>
        <svg className="swatch" viewBox="0 0 24 12" aria-hidden="true">
          {mark === 'bar-prompted' && <rect className="bar-prompted" x={2} y={1} width={20} height={10} />}
          {mark === 'bar-completed' && <rect className="bar-completed" x={2} y={1} width={20} height={10} />}
          {mark === 'line-discomfort' && <><path className="line-discomfort" d="M0 6H24" /><circle className="dot-discomfort" cx={12} cy={6} r={3.5} /></>}
          {mark === 'line-stress' && <><path className="line-stress" d="M0 6H24" /><rect className="dot-stress" x={9} y={3} width={6} height={6} /></>}
        </svg>
        {label}
      </li>
    ))}
  </ul>
);

/** Bars per day: prompted as an outline, taken filled inside it; values on hover and keyboard focus. */
export const BreaksChart = ({ days }: { days: DayStat[] }) => {
  const { t, i18n } = useTranslation();
  const { max, ticks } = countScale(Math.max(...days.map((d) => Math.max(d.prompted, d.completed))));
  const { active, dayProps } = useDayCursor(days.length);
  const totals = days.reduce((s, d) => ({ completed: s.completed + d.completed, prompted: s.prompted + d.prompted }), { completed: 0, prompted: 0 });
  const tip = (d: DayStat) => t('progress.tip.breaks', { date: formatDay(d.day, i18n.language, 'long'), completed: d.completed, prompted: d.prompted });
  return (
    <figure className="chart-box">
      <Legend items={[{ mark: 'bar-completed', label: t('progress.legend.taken') }, { mark: 'bar-prompted', label: t('progress.legend.prompted') }]} />
      <div className="chart-area">
        <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} className="chart" role="group" aria-label={t('progress.breaksChart', { completed: totals.completed, prompted: totals.prompted, days: days.length })}>
          <Axes days={days.map((d) => d.day)} max={max} ticks={ticks} />
          {days.map((d, i) => {
            const { x, width } = slot(i, days.length);
            return (
              <g key={d.day} className="day" data-day={d.day} data-completed={d.completed} data-prompted={d.prompted} role="img" aria-label={tip(d)} {...dayProps(i)}>
                <rect className="hit" x={x} width={width} y={FRAME.top} height={baseline - FRAME.top} />
                {d.prompted > 0 && <rect className="bar-prompted" x={x + width * 0.12} width={width * 0.76} y={yOf(d.prompted, max)} height={baseline - yOf(d.prompted, max)} />}
                {d.completed > 0 && <rect className="bar-completed" x={x + width * 0.25} width={width * 0.5} y={yOf(d.completed, max)} height={baseline - yOf(d.completed, max)} />}
              </g>
            );
          })}
        </svg>
        <ChartTip index={active} count={days.length} text={active === null ? '' : tip(days[active]!)} />
      </div>
    </figure>
  );
};

/** Discomfort and stress (0–10) per day with a check-in, and the ±2-point band of no real change. */
export const TrendChart = ({ view, days }: { view: ProgressView; days: string[] }) => {
  const { t, i18n } = useTranslation();
  const { active, dayProps } = useDayCursor(days.length);
  const byDay = new Map(view.trend.map((p) => [p.day, p]));
  const x = (day: string) => slot(days.indexOf(day), days.length).centre;
  const shown = view.trend.filter((p) => days.includes(p.day));
  const line = (key: 'discomfort' | 'stress') => shown.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)} ${yOf(p[key], 10).toFixed(1)}`).join(' ');
  const tip = (day: string) => {
    const p = byDay.get(day);
    const date = formatDay(day, i18n.language, 'long');
    return p ? t('progress.tip.trend', { date, discomfort: p.discomfort, stress: p.stress }) : t('progress.tip.noCheckIn', { date });
  };
  const band = view.band;
  return (
    <figure className="chart-box">
      <Legend items={[{ mark: 'line-discomfort', label: t('progress.discomfort') }, { mark: 'line-stress', label: t('progress.stress') }]} />
      <div className="chart-area">
        <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} className="chart" role="group" aria-label={t('progress.trendChart', { count: shown.length, change: t(`progress.change.${view.change}`) })}>
          {band && (
            <g aria-hidden="true" data-testid="band">
              <rect className="band" x={FRAME.left} width={FRAME.width - FRAME.left - FRAME.right} y={yOf(band.high, 10)} height={yOf(band.low, 10) - yOf(band.high, 10)} />
              <line className="band-edge" x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={yOf(band.high, 10)} y2={yOf(band.high, 10)} />
              <line className="band-edge" x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={yOf(band.low, 10)} y2={yOf(band.low, 10)} />
            </g>
          )}
          <Axes days={days} max={10} ticks={[0, 2, 4, 6, 8, 10]} />
          <path className="line-discomfort" d={line('discomfort')} aria-hidden="true" />
          <path className="line-stress" d={line('stress')} aria-hidden="true" />
          {days.map((day, i) => {
            const { x: left, width, centre } = slot(i, days.length);
            const p = byDay.get(day);
            return (
              <g key={day} className="day" data-day={day} role="img" aria-label={tip(day)} {...dayProps(i)}>
                <rect className="hit" x={left} width={width} y={FRAME.top} height={baseline - FRAME.top} />
                {p && <circle className="dot-discomfort" cx={centre} cy={yOf(p.discomfort, 10)} r={3.5} />}
                {p && <rect className="dot-stress" x={centre - 3} y={yOf(p.stress, 10) - 3} width={6} height={6} />}
              </g>
            );
          })}
        </svg>
        <ChartTip index={active} count={days.length} text={active === null ? '' : tip(days[active]!)} />
      </div>
    </figure>
  );
};
