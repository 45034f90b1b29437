import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/**
 * One line for "Why this?" when posture sensing picked this break's technique for what the camera
 * saw (issue 14: "says why it picked it"); nothing otherwise, or where the build has no sensing.
 */
export const PostureReason = ({ technique }: { technique: string }) => {
  const { t } = useTranslation();
  const [finding, setFinding] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('getPostureStatus').then(
      (status) => live && setFinding(status.picked?.technique === technique ? status.picked.finding : null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [technique]);
  return finding ? <p className="programme-reason" data-testid="posture-reason">{t(`posture.main.why.${finding}`)}</p> : null;
};
