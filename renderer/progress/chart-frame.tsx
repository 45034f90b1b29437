import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, startsWeek } from './day-format';

/** The drawing area every chart shares, in viewBox units. */
export const FRAME = { width: 640, height: 200, left: 34, right: 10, top: 10, bottom: 26 } as const;
const plotWidth = FRAME.width - FRAME.left - FRAME.right;
const plotBottom = FRAME.height - FRAME.bottom;

/** Where day `i` of `n` sits: its slot's left edge, width and centre. */
export const slot = (i: number, n: number) => {
  const width = plotWidth / Math.max(1, n);
  const x = FRAME.left + i * width;
  return { x, width, centre: x + width / 2 };
};

/** The y coordinate of a value on a 0…max scale. */
export const yOf = (value: number, max: number) => plotBottom - (value / max) * (plotBottom - FRAME.top);

/** A round top for a count axis and its gridline steps (about four lines, whole numbers). */
export const countScale = (most: number): { max: number; ticks: number[] } => {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500].find((s) => s * 4 >= most) ?? Math.ceil(most / 4);
  const max = Math.max(step, Math.ceil(most / step) * step);
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
};

/** Gridlines with their values, the 0 baseline drawn stronger, and the dates under the x-axis. */
export const Axes = ({ days, max, ticks }: { days: string[]; max: number; ticks: number[] }) => {
  const { i18n } = useTranslation();
  const week = days.length > 7;
  return (
    <g aria-hidden="true">
      {ticks.map((v) => (
        <g key={v}>
          <line className={v === 0 ? 'baseline' : 'grid'} x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={yOf(v, max)} y2={yOf(v, max)} />
          <text className="tick" x={FRAME.left - 6} y={yOf(v, max) + 4} textAnchor="end">{v}</text>
        </g>
      ))}
      {days.map((day, i) =>
        !week || startsWeek(day) ? (
          <g key={day} className="x-tick" data-tick={day}>
            <line className="baseline" x1={slot(i, days.length).centre} x2={slot(i, days.length).centre} y1={plotBottom} y2={plotBottom + 4} />
            <text className="tick" x={slot(i, days.length).centre} y={plotBottom + 17} textAnchor={week ? 'start' : 'middle'}>
              {formatDay(day, i18n.language, week ? 'short' : 'weekday')}
            </text>
          </g>
        ) : null,
      )}
    </g>
  );
};

/**
 * Which day the reader is looking at: set by pointing at it or by focus, moved by the arrow keys
 * (one tab stop per chart, the focused day's label read out), cleared when both leave.
 */
export const useDayCursor = (count: number) => {
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [current, setCurrent] = useState(count - 1);
  const move = (event: KeyboardEvent<SVGElement>) => {
    const to = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: count - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(count - 1, to));
    setCurrent(next);
    (event.currentTarget.ownerSVGElement ?? event.currentTarget).querySelector<SVGElement>(`[data-index="${next}"]`)?.focus();
  };
  /** The props of day `i`'s focusable, pointable group. */
  const dayProps = (i: number) => ({
    'data-index': i,
    tabIndex: i === Math.min(current, count - 1) ? 0 : -1,
    onFocus: () => {
      setCurrent(i);
      setFocused(i);
    },
    onBlur: () => setFocused(null),
    onMouseEnter: () => setHovered(i),
    onMouseLeave: () => setHovered(null),
    onKeyDown: move,
  });
  return { active: hovered ?? focused, dayProps };
};

/** The value box over a chart, placed above the day being read. */
export const ChartTip = ({ index, count, text }: { index: number | null; count: number; text: string }) => {
  if (index === null) return null;
  const share = slot(index, count).centre / FRAME.width;
  return (
    <p className="chart-tip" data-testid="chart-tip" aria-hidden="true" style={{ left: `${(share * 100).toFixed(1)}%`, transform: `translateX(-${(share * 100).toFixed(0)}%)` }}>
      {text}
    </p>
  );
};
