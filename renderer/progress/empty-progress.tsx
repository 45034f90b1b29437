import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineStatus } from '../../main/core/engine/status';
import { call } from '../api';

/** "No breaks yet — your first comes in about N minutes", from the engine's own countdown. */
export const EmptyProgress = () => {
  const { t } = useTranslation();
  const [status, setStatus] = useState<EngineStatus | null>(null);
  useEffect(() => {
    const read = () => call('getStatus').then(setStatus, () => undefined);
    void read();
    // The countdown moves on the minute; a half-minute refresh keeps "about N" honest.
    const id = window.setInterval(read, 30_000);
    return () => window.clearInterval(id);
  }, []);
  if (!status) return null;
  const text =
    status.mode === 'paused'
      ? t('progress.empty.paused')
      : status.mode === 'break' || status.minutes === 0 || status.minutes === 1
        ? t('progress.empty.soon')
        : status.minutes !== undefined && (status.mode === 'active' || status.mode === 'snoozed')
          ? t('progress.empty.next', { count: status.minutes })
          : t('progress.empty.waiting');
  return (
    <section className="empty-progress" data-testid="empty-progress">
      <p><strong>{text}</strong></p>
      <p className="note">{t('progress.empty.hint')}</p>
    </section>
  );
};
