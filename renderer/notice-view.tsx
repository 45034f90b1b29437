import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, HeldBackInfo } from '../main/core/ipc/contract';
import { call } from './api';
import { formatClock, useNow } from './break/use-now';

type Coming = NonNullable<CallResult<'getNotice'>>;

/**
 * "Break coming": which break and when, Start now, Snooze, and a dismiss that is not a snooze.
 * Once the break is due it does not sit on 0:00: gentle start is waiting for a pause in typing
 * (main reports `waitingForPause`; the countdown reaching zero means the same, since main closes
 * this window as soon as the break opens or the notice is withdrawn).
 */
const ComingNotice = ({ notice }: { notice: Coming }) => {
  const { t } = useTranslation();
  const now = useNow(true, 1000);
  const [gone, setGone] = useState(false);
  const waiting = notice.waitingForPause || now >= notice.startsAt;
  const kind = t(`kind.${notice.kind}`);
  if (gone) return null;
  const dismiss = () => {
    setGone(true);
    void call('breakAction', { action: 'dismiss-notice' });
  };
  return (
    <main className="notice coming" aria-labelledby="notice-title" data-waiting={waiting}>
      <div className="notice-head">
        <h1 id="notice-title">{waiting ? kind : t('break.notice.startsIn', { kind, time: formatClock((notice.startsAt - now) / 1000) })}</h1>
        <button type="button" className="dismiss" aria-label={t('break.notice.dismissLabel')} title={t('break.notice.dismiss')} onClick={dismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {waiting ? (
        <p role="status">
          <strong>{t('break.notice.waiting')}</strong> {t('break.notice.waitingBody')}
        </p>
      ) : (
        <p>{t('notice.body')}</p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void call('breakAction', { action: 'start-now' })}>{t('notice.startNow')}</button>
        <button type="button" onClick={() => void call('breakAction', { action: 'snooze', minutes: notice.snoozeMinutes })}>{t('actions.snooze', { minutes: notice.snoozeMinutes })}</button>
      </div>
    </main>
  );
};

/** "Break held back": what held it and how long, and the person's three kinds of answer. */
const HeldBackNotice = ({ info }: { info: HeldBackInfo }) => {
  const { t } = useTranslation();
  // The detectors' reasons come from main in English; each known one has a catalog entry.
  const reasonLabel = (reason: string) => t(`quietReason.${reason}`, { defaultValue: reason });
  return (
    <main className="notice held-back" aria-labelledby="notice-title">
      <h1 id="notice-title">{t('notice.heldBack.title', { kind: t(`kind.${info.kind}`), minutes: info.heldMinutes })}</h1>
      <p>{t('notice.heldBack.body', { reasons: info.reasons.map(reasonLabel).join(', ') })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void call('heldBackChoice', { choice: 'start-now' })}>{t('notice.startNow')}</button>
        <button type="button" onClick={() => void call('heldBackChoice', { choice: 'keep-waiting' })}>{t('notice.heldBack.keepWaiting')}</button>
      </div>
      <div className="actions ignore">
        {info.reasons.map((reason) => (
          <button key={reason} type="button" className="link" onClick={() => void call('heldBackChoice', { choice: 'ignore-today', reason })}>
            {t('notice.heldBack.ignore', { reason: reasonLabel(reason) })}
          </button>
        ))}
      </div>
    </main>
  );
};

/** The small notice window (where native notifications have no buttons or do not arrive). */
export const NoticeView = () => {
  const [shown, setShown] = useState<{ variant: 'coming'; notice: Coming } | { variant: 'held-back'; info: HeldBackInfo } | null>(null);
  useEffect(() => {
    // The held-back notice comes first: while it is open there is no coming notice to show.
    void (async () => {
      const info = await call('getHeldBack');
      if (info) return setShown({ variant: 'held-back', info });
      const notice = await call('getNotice');
      if (notice) setShown({ variant: 'coming', notice });
    })().catch(() => undefined);
  }, []);
  if (!shown) return null;
  return shown.variant === 'held-back' ? <HeldBackNotice info={shown.info} /> : <ComingNotice notice={shown.notice} />;
};
