import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setMainLanguage } from '../../main/i18n';
import { statusLine } from '../../main/tray/tray-menu';
import { TrayStandIn } from './tray-stand-in';
import './preview.css';

/** The browser preview's stand-in for the tray: the status line, two quick actions, and the whole tray menu. */
export const PreviewHarness = () => {
  const { t, i18n } = useTranslation();
  const controls = window.__unknotPreview;
  const [status, setStatus] = useState(() => controls?.status());
  useEffect(() => controls?.onStatus(setStatus), [controls]);
  // The tray speaks main's language (main/i18n); in the preview it follows the page's. Idempotent, so safe during render.
  setMainLanguage(i18n.language === 'de' ? 'de' : 'en');
  // A break opens its own window in the app; in the preview it takes the page, as that window would come to the front.
  const inBreak = status?.mode === 'break';
  useEffect(() => {
    if (inBreak && !window.location.hash.startsWith('#/break')) window.location.hash = '#/break';
  }, [inBreak]);
  if (!controls || !status) return null;
  return (
    <aside className="harness" aria-label={t('preview.tray')}>
      <span className="harness-status" data-testid="tray-status">
        {statusLine(status)}
      </span>
      <TrayStandIn controls={controls} status={status} />
      <button type="button" onClick={() => controls.breakNow()} disabled={status.mode === 'break'}>
        {t('preview.breakNow')}
      </button>
      <button type="button" onClick={() => controls.snooze()} disabled={!status.snoozeAllowed}>
        {t('preview.snooze')}
      </button>
    </aside>
  );
};
