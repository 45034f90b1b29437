import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/**
 * One line for the break window's "Why this?": said only when the programme raised this technique
 * (the body self-check found something it fits, or the person rated it as helping).
 */
export const ProgrammeReason = ({ technique }: { technique: string }) => {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('getProgramme').then((p) => live && setReason(p.reasons[technique] ?? null), () => undefined);
    return () => {
      live = false;
    };
  }, [technique]);
  return reason ? <p className="programme-reason" data-testid="programme-reason">{t(reason)}</p> : null;
};
