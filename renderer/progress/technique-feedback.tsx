import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_RATINGS_FOR_PERCENT, RATINGS, shareOf, type TechniqueFeedbackRow } from '../../main/core/progress/feedback';
import { findTechnique } from '../../main/core/techniques/library';
import { call } from '../api';

/**
 * Progress → how each technique felt: breaks finished with it and the ratings after them. Every
 * share carries its count ("2 of 3"); a percentage appears only from MIN_RATINGS_FOR_PERCENT ratings.
 */
export const TechniqueFeedback = ({ rows: given }: { rows?: readonly TechniqueFeedbackRow[] }) => {
  const { t } = useTranslation();
  const [rows, setRows] = useState<readonly TechniqueFeedbackRow[] | null>(given ?? null);
  useEffect(() => {
    if (given) return;
    call('getTechniqueFeedback').then(setRows, () => setRows([]));
  }, [given]);
  if (!rows) return null;
  const name = (id: string) => t(`technique.${id}.name`, { defaultValue: findTechnique(id)?.name ?? id });
  const few = rows.some((r) => r.rated > 0 && r.rated < MIN_RATINGS_FOR_PERCENT);
  const felt = (row: TechniqueFeedbackRow) =>
    row.rated === 0
      ? t('routine.techniques.notRated')
      : RATINGS.map((rating) => {
          const share = shareOf(row, rating);
          const label = t(`routine.feedback.${rating}`);
          return share.percent === null ? t('routine.techniques.share', { label, count: share.count, of: share.of }) : t('routine.techniques.sharePercent', { label, count: share.count, of: share.of, percent: share.percent });
        }).join(' · ');
  return (
    <section className="technique-feedback" aria-labelledby="technique-feedback-title" data-testid="technique-feedback">
      <h2 id="technique-feedback-title">{t('routine.techniques.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('routine.techniques.empty')}</p>
      ) : (
        <table>
          <caption>{t('routine.techniques.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('routine.techniques.technique')}</th>
              <th scope="col">{t('routine.techniques.done')}</th>
              <th scope="col">{t('routine.techniques.felt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.technique} data-technique={row.technique}>
                <th scope="row">{name(row.technique)}</th>
                <td>{t('routine.techniques.times', { count: row.done })}</td>
                <td>{felt(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {few && <p className="note">{t('routine.techniques.fewRatings', { min: MIN_RATINGS_FOR_PERCENT })}</p>}
    </section>
  );
};
