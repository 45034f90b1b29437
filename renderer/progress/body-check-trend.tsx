import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answersOverTime, BODY_CHECK_TESTS, type BodyCheck } from '../../main/core/progress/body-check';
import { call } from '../api';

/** How many checks the table shows: a year of four-weekly checks would not fit the window. */
const SHOWN = 6;

/**
 * The body self-check's answers over time, for beside the discomfort trend: the source's point
 * that patterns change more slowly than pain. Reads the checks itself unless given them.
 */
export const BodyCheckTrend = ({ checks: given }: { checks?: readonly BodyCheck[] }) => {
  const { t, i18n } = useTranslation();
  const [checks, setChecks] = useState<readonly BodyCheck[] | null>(given ?? null);
  useEffect(() => {
    if (given) return;
    call('getBodyCheck').then((view) => setChecks(view.all), () => setChecks([]));
  }, [given]);
  if (!checks) return null;
  const shown = [...checks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-SHOWN);
  const day = (at: string) => new Date(at).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short' });
  return (
    <section className="body-check-trend" aria-labelledby="body-check-trend-title" data-testid="body-check-trend">
      <h2 id="body-check-trend-title">{t('routine.trend.title')}</h2>
      {shown.length === 0 ? (
        <p>
          {t('routine.trend.empty')} <a href="#/body-check">{t('routine.bodyCheck.link')}</a>
        </p>
      ) : (
        <table>
          <caption>{t('routine.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('routine.trend.test')}</th>
              {shown.map((c) => (
                <th scope="col" key={c.at}>
                  <time dateTime={c.at}>{day(c.at)}</time>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {BODY_CHECK_TESTS.map((test) => (
              <tr key={test} data-test={test}>
                <th scope="row">{t(`routine.bodyCheck.tests.${test}.name`)}</th>
                {answersOverTime(shown, test).map((a) => (
                  <td key={a.at} data-choice={a.choice} data-finding={a.finding}>
                    {a.finding ? '● ' : ''}
                    {t(`routine.bodyCheck.choices.${test}.${a.choice}`)}
                    <span className="visually-hidden">{` (${a.finding ? t('routine.trend.found') : t('routine.trend.clear')})`}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="note">{t('routine.trend.note')}</p>
    </section>
  );
};
