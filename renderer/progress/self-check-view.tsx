import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_CHECK_ITEMS, type SelfCheck, type SelfCheckAnswer, type SelfCheckItem } from '../../main/core/progress/self-check-items';
import { call } from '../api';
import { BackToProgress } from './back-to-progress';
import './progress.css';

const MONTH = 30 * 86_400_000;

/** The workstation self-check: six questions to oneself, kept, offered again after a month, and a tip for each "No". */
export const SelfCheckView = () => {
  const { t, i18n } = useTranslation();
  const [last, setLast] = useState<SelfCheck | null>(null);
  const [answers, setAnswers] = useState<Partial<Record<SelfCheckItem, SelfCheckAnswer>>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    call('getSelfCheck').then(({ last: previous }) => setLast(previous), () => undefined);
  }, []);
  const complete = SELF_CHECK_ITEMS.every((id) => answers[id]);
  const save = () =>
    call('submitSelfCheck', answers as Record<SelfCheckItem, SelfCheckAnswer>).then(() => {
      setSaved(true);
      setLast({ at: new Date().toISOString(), answers: answers as Record<SelfCheckItem, SelfCheckAnswer> });
    });
  const date = (ms: number) => new Date(ms).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });
  const noes = SELF_CHECK_ITEMS.filter((id) => answers[id] === 'no');
  return (
    <main className="self-check" aria-labelledby="self-check-title">
      <BackToProgress />
      <h1 id="self-check-title">{t('selfCheck.title')}</h1>
      <p>{t('selfCheck.intro')}</p>
      {last && <p className="note" data-testid="last-self-check">{t('selfCheck.last', { date: date(Date.parse(last.at)), due: date(Date.parse(last.at) + MONTH) })}</p>}
      {SELF_CHECK_ITEMS.map((id) => (
        <fieldset key={id} className="question" disabled={saved}>
          <legend>{t(`selfCheck.items.${id}`)}</legend>
          {(['yes', 'sometimes', 'no'] as const).map((a) => (
            <label key={a}>
              <input type="radio" name={id} value={a} checked={answers[id] === a} onChange={() => setAnswers({ ...answers, [id]: a })} />
              {t(`selfCheck.answers.${a}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="primary" disabled={!complete || saved} onClick={save}>{t('selfCheck.save')}</button>
      {saved && (
        <section aria-labelledby="tips-title" data-testid="self-check-tips">
          <p role="status">{t('selfCheck.saved')}</p>
          <h2 id="tips-title">{t('progress.selfCheckTips.title')}</h2>
          {noes.length ? (
            <ul className="tips">
              {noes.map((id) => <li key={id} data-item={id}>{t(`progress.selfCheckTips.${id}`)}</li>)}
            </ul>
          ) : (
            <p>{t('progress.selfCheckTips.none')}</p>
          )}
        </section>
      )}
      <p className="note">{t('selfCheck.notDiagnosis')}</p>
    </main>
  );
};
