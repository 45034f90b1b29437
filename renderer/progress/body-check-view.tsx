import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_CHECK_CHOICES, BODY_CHECK_TESTS, findingsOf, isBodyCheckDue, isPainAnswer, type BodyCheck, type BodyCheckAnswers, type BodyCheckTest } from '../../main/core/progress/body-check';
import { call } from '../api';
import { BodyCheckPicture } from './body-check-pictures';

type Draft = Partial<Record<BodyCheckTest, string>>;

/**
 * The body self-check: five tests at the desk, a picture and a simple choice each. What it finds
 * shapes the programme (core/techniques/programme.ts); it is offered again after four weeks.
 */
export const BodyCheckView = ({ now = () => Date.now() }: { now?: () => number }) => {
  const { t, i18n } = useTranslation();
  const [last, setLast] = useState<BodyCheck | null>(null);
  const [dueAt, setDueAt] = useState<number | null>(null);
  const [answers, setAnswers] = useState<Draft>({});
  const [saved, setSaved] = useState<BodyCheckAnswers | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    call('getBodyCheck').then(
      (view) => {
        setLast(view.last);
        setDueAt(view.dueAt);
      },
      () => undefined,
    );
  }, []);
  const complete = BODY_CHECK_TESTS.every((test) => answers[test]);
  const save = () => {
    const full = answers as BodyCheckAnswers;
    call('submitBodyCheck', full).then(
      () => {
        setSaved(full);
        setFailed(null);
      },
      (error: Error) => setFailed(error.message),
    );
  };
  const date = (ms: number) => new Date(ms).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });
  const pain = BODY_CHECK_TESTS.some((test) => isPainAnswer(test, answers[test] ?? ''));
  const findings = saved ? findingsOf(saved) : [];
  return (
    <main className="self-check body-check" aria-labelledby="body-check-title">
      <h1 id="body-check-title">{t('routine.bodyCheck.title')}</h1>
      <p>{t('routine.bodyCheck.intro')}</p>
      <p className="note" data-testid="not-diagnosis">{t('routine.bodyCheck.notDiagnosis')}</p>
      {last && dueAt !== null && (
        <p className="note" data-testid="last-body-check">
          {isBodyCheckDue(last, now()) ? t('routine.bodyCheck.dueAgain') : t('routine.bodyCheck.last', { date: date(Date.parse(last.at)), due: date(dueAt) })}
        </p>
      )}
      <ol className="body-check-tests">
        {BODY_CHECK_TESTS.map((test) => (
          <li key={test}>
            <h2 id={`test-${test}`}>{t(`routine.bodyCheck.tests.${test}.name`)}</h2>
            <BodyCheckPicture test={test} label={t(`routine.bodyCheck.tests.${test}.picture`)} />
            <p>{t(`routine.bodyCheck.tests.${test}.how`)}</p>
            <fieldset className="question" disabled={saved !== null}>
              <legend>{t(`routine.bodyCheck.tests.${test}.question`)}</legend>
              {BODY_CHECK_CHOICES[test].map((choice) => (
                <label key={choice}>
                  <input type="radio" name={test} value={choice} checked={answers[test] === choice} onChange={() => setAnswers({ ...answers, [test]: choice })} />
                  {t(`routine.bodyCheck.choices.${test}.${choice}`)}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      {pain && <p className="note" data-testid="pain-note">{t('routine.bodyCheck.painNote')}</p>}
      <button type="button" className="primary" disabled={!complete || saved !== null} onClick={save}>
        {t('routine.bodyCheck.save')}
      </button>
      {failed && <p role="alert">{failed}</p>}
      {saved && (
        <section aria-labelledby="findings-title" data-testid="body-check-findings">
          <p role="status">{t('routine.bodyCheck.saved')}</p>
          <h2 id="findings-title">{t('routine.bodyCheck.findingsTitle')}</h2>
          {findings.length ? (
            <ul>
              {findings.map((f) => (
                <li key={f} data-finding={f}>{t(`routine.bodyCheck.findings.${f}`)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('routine.bodyCheck.noFindings')}</p>
          )}
        </section>
      )}
    </main>
  );
};
