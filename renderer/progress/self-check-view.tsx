import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_CHECK_ITEMS, type SelfCheck, type SelfCheckItem } from '../../main/core/progress/self-check-items';
import { call } from '../api';

type Answer = 'yes' | 'sometimes' | 'no';
const MONTH = 30 * 86_400_000;

/** The workstation self-check: six questions to oneself, kept, and offered again after a month. */
export const SelfCheckView = () => {
  const { t } = useTranslation();
  const [last, setLast] = useState<SelfCheck | null>(null);
  const [answers, setAnswers] = useState<Partial<Record<SelfCheckItem, Answer>>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    call('getSelfCheck').then(({ last: previous }) => setLast(previous), () => undefined);
  }, []);
  const complete = SELF_CHECK_ITEMS.every((id) => answers[id]);
  const save = () =>
    call('submitSelfCheck', answers as Record<SelfCheckItem, Answer>).then(() => {
      setSaved(true);
      setLast({ at: new Date().toISOString(), answers: answers as Record<SelfCheckItem, Answer> });
    });
  const due = last ? new Date(Date.parse(last.at) + MONTH).toLocaleDateString() : null;
  return (
    <main className="self-check" aria-labelledby="self-check-title">
      <h1 id="self-check-title">{t('selfCheck.title')}</h1>
      <p>{t('selfCheck.intro')}</p>
      {last && <p className="note" data-testid="last-self-check">{t('selfCheck.last', { date: new Date(last.at).toLocaleDateString(), due })}</p>}
      {SELF_CHECK_ITEMS.map((id) => (
        <fieldset key={id} className="question">
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
      {saved && <p role="status">{t('selfCheck.saved')}</p>}
      <p className="note">{t('selfCheck.notDiagnosis')}</p>
    </main>
  );
};
