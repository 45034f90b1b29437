import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from './api';
import { formatClock, useNow } from './break/use-now';

/** The small notice window (where native notifications have no buttons): which break, when, Start now, Snooze. */
export const NoticeView = () => {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<{ kind: 'posture' | 'stress'; startsAt: number; snoozeMinutes: number } | null>(null);
  const now = useNow(notice !== null, 1000);
  useEffect(() => {
    call('getNotice').then(setNotice, () => undefined);
  }, []);
  if (!notice) return null;
  return (
    <main className="notice" aria-labelledby="notice-title">
      <h1 id="notice-title">{t(`kind.${notice.kind}`)} · {formatClock((notice.startsAt - now) / 1000)}</h1>
      <p>{t('notice.body')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void call('breakAction', { action: 'start-now' })}>{t('notice.startNow')}</button>
        <button type="button" onClick={() => void call('breakAction', { action: 'snooze', minutes: notice.snoozeMinutes })}>{t('actions.snooze', { minutes: notice.snoozeMinutes })}</button>
      </div>
    </main>
  );
};
