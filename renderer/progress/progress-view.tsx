import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressView as View } from '../../main/core/progress/aggregate';
import { call } from '../api';
import { isBodyCheckDue } from '../../main/core/progress/body-check';
import { BodyCheckTrend } from './body-check-trend';
import { BreaksChart, TrendChart } from './charts';
import { DataControls } from './data-controls';
import { formatDay } from './day-format';
import { EmptyProgress } from './empty-progress';
import { PostureSummary } from './posture-summary';
import { TechniqueFeedback } from './technique-feedback';

const RANGES = [7, 30, 90] as const;

const anything = (v: View) => Object.values(v.totals).some((n) => n > 0) || v.trend.length > 0;

/** The Progress window: breaks taken, the discomfort trend, the streak, and the data controls. */
export const ProgressView = () => {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<(typeof RANGES)[number]>(7);
  const [view, setView] = useState<View | null>(null);
  // Whether there is anything at all to show or export: the widest range, and the self-check.
  const [hasData, setHasData] = useState<boolean | null>(null);
  const [asTable, setAsTable] = useState(false);
  const [version, setVersion] = useState(0);
  // The body self-check is offered again four weeks after the last one (issue 15 §3).
  const [bodyCheckDue, setBodyCheckDue] = useState(false);
  useEffect(() => {
    call('getBodyCheck').then((v) => setBodyCheckDue(isBodyCheckDue(v.last, Date.now())), () => setBodyCheckDue(false));
  }, [version]);
  useEffect(() => {
    call('getProgress', { rangeDays: range }).then(setView, () => setView(null));
  }, [range, version]);
  useEffect(() => {
    Promise.all([call('getProgress', { rangeDays: 90 }), call('getSelfCheck')]).then(
      ([wide, self]) => setHasData(anything(wide) || self.last !== null),
      () => setHasData(true),
    );
  }, [version]);
  if (!view || hasData === null) return <main className="progress" aria-busy="true" />;
  const checkInFor = (day: string) => view.trend.find((p) => p.day === day);
  const empty = !anything(view) && !hasData;
  return (
    <main className="progress" aria-labelledby="progress-title">
      <h1 id="progress-title">{t('progress.title')}</h1>
      {empty ? (
        <EmptyProgress />
      ) : (
        <>
          <div className="ranges" role="group" aria-label={t('progress.range')}>
            {RANGES.map((r) => (
              <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
                {t('progress.days', { count: r })}
              </button>
            ))}
          </div>
          {view.change === 'improved' && <p className="nudge" role="status">{t('progress.keepGoing')}</p>}
          {view.change === 'worse' && <p className="nudge" role="status">{t('progress.worse')}</p>}
          <dl className="totals">
            <div><dt>{t('progress.completed')}</dt><dd data-testid="total-completed">{view.totals.completed} / {view.totals.prompted}</dd></div>
            <div><dt>{t('progress.natural')}</dt><dd>{view.totals.natural}</dd></div>
            <div><dt>{t('progress.snoozed')}</dt><dd>{view.totals.snoozed}</dd></div>
            <div><dt>{t('progress.skipped')}</dt><dd>{view.totals.skipped}</dd></div>
            <div><dt>{t('progress.streak')}</dt><dd data-testid="streak">{t('progress.days', { count: view.streak })}</dd></div>
          </dl>
          <button type="button" className="link" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? t('progress.showCharts') : t('progress.showTable')}
          </button>
          {asTable ? (
            <table>
              <caption>{t('progress.tableCaption', { count: range })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.day')}</th><th scope="col">{t('progress.prompted')}</th><th scope="col">{t('progress.completed')}</th>
                  <th scope="col">{t('progress.natural')}</th><th scope="col">{t('progress.snoozed')}</th><th scope="col">{t('progress.skipped')}</th>
                  <th scope="col">{t('progress.discomfort')}</th><th scope="col">{t('progress.stress')}</th>
                </tr>
              </thead>
              <tbody>
                {/* Newest first: the day a person asks about is usually today. */}
                {[...view.days].reverse().map((d) => (
                  <tr key={d.day} data-day={d.day}>
                    <th scope="row">{formatDay(d.day, i18n.language, 'long')}</th><td>{d.prompted}</td><td>{d.completed}</td><td>{d.natural}</td><td>{d.snoozed}</td><td>{d.skipped}</td>
                    <td>{checkInFor(d.day)?.discomfort ?? '–'}</td><td>{checkInFor(d.day)?.stress ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <>
              <p className="note">{t('progress.chartKeys')}</p>
              <h2>{t('progress.breaksTitle')}</h2>
              <BreaksChart days={view.days} />
              <h2>{t('progress.trendTitle')}</h2>
              <TrendChart view={view} days={view.days.map((d) => d.day)} />
              <p className="note">{t('progress.bandNote')}</p>
              <BodyCheckTrend />
              <TechniqueFeedback />
              <PostureSummary rangeDays={range} />
            </>
          )}
        </>
      )}
      <nav className="more" aria-label={t('progress.more')}>
        <a href="#/check-in?from=progress">{t('progress.checkInLink')}</a>
        <a href="#/self-check?from=progress">{t('progress.selfCheckLink')}</a>
        <a href="#/body-check?from=progress">{t(bodyCheckDue ? 'routine.bodyCheck.linkDue' : 'routine.bodyCheck.link')}</a>
      </nav>
      <DataControls hasData={hasData} onDeleted={() => setVersion(version + 1)} />
    </main>
  );
};
