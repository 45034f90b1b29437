import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostureDay } from '../../main/core/posture/summary';
import { call, subscribe } from '../api';

/**
 * Progress → Posture sensing (issue 14): per day, the minutes the camera could see the person, the
 * share of them near the calibrated posture, nudges, and the longest time without moving. Shown
 * beside the discomfort trend; renders nothing where the build has no posture sensing.
 */
export const PostureSummary = ({ rangeDays }: { rangeDays: 7 | 30 | 90 }) => {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState<PostureDay[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => call('getPostureDays', { rangeDays }).then((value) => live && setDays(value), () => live && setDays(null));
    void load();
    // A minute closing or a nudge changes today's row.
    const unsubscribe = subscribe('postureChanged', () => void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [rangeDays]);
  if (!days) return null;
  const k = (key: string, vars: Record<string, unknown> = {}) => t(`posture.main.progress.${key}`, vars);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const dayLabel = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <section className="posture-summary" aria-labelledby="posture-summary-title">
      <h2 id="posture-summary-title">{k('title')}</h2>
      {days.length === 0 ? (
        <p className="note">{k('none')}</p>
      ) : (
        <table>
          <caption>{k('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{k('day')}</th>
              <th scope="col">{k('minutes')}</th>
              <th scope="col">{k('near')}</th>
              <th scope="col">{k('nudges')}</th>
              <th scope="col">{k('still')}</th>
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                <td>{d.minutesSensed}</td>
                <td>{d.nearShare === null ? k('notJudged') : percent.format(d.nearShare)}</td>
                <td>{d.nudges}</td>
                <td>{k('stillValue', { minutes: d.longestStillMinutes })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
