import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { BackToProgress } from './back-to-progress';
import { leaveView } from './leave-view';
import { RatingScale } from './rating-scale';

/** The daily check-in: discomfort and stress on 0–10 scales, an optional note, or "not today". */
export const CheckInView = () => {
  const { t } = useTranslation();
  const [discomfort, setDiscomfort] = useState<number | null>(null);
  const [stress, setStress] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setDone(message);
    // Long enough to read the thanks; then back to Progress, or the check-in's own window closes.
    window.setTimeout(() => leaveView('#/check-in'), 1200);
  };
  const save = () =>
    call('submitCheckIn', { discomfort: discomfort!, stress: stress!, ...(note.trim() && { note: note.trim() }) }).then(() => finish(t('checkIn.saved')));
  return (
    <main className="check-in" aria-labelledby="check-in-title">
      <BackToProgress />
      <h1 id="check-in-title">{t('checkIn.title')}</h1>
      <p>{t('checkIn.intro')}</p>
      <RatingScale name="discomfort" legend={t('checkIn.discomfort')} value={discomfort} onChange={setDiscomfort} />
      <RatingScale name="stress" legend={t('checkIn.stress')} value={stress} onChange={setStress} />
      <label className="note-field">
        {t('checkIn.note')}
        <textarea value={note} maxLength={500} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="actions">
        <button type="button" className="primary" disabled={discomfort === null || stress === null || done !== null} onClick={save}>
          {t('checkIn.save')}
        </button>
        <button type="button" disabled={done !== null} onClick={() => call('dismissCheckIn').then(() => finish(t('checkIn.dismissed')))}>
          {t('checkIn.notToday')}
        </button>
      </div>
      {done && <p role="status">{done}</p>}
    </main>
  );
};
