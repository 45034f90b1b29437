import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../main/core/settings/schema';

/** "40 seconds", "4 minutes", "2 hours": a length in the largest whole unit. */
export const spoken = (t: TFunction, seconds: number): string =>
  seconds % 3600 === 0
    ? t('onboarding.unit.hours', { count: seconds / 3600 })
    : seconds % 60 === 0
      ? t('onboarding.unit.minutes', { count: seconds / 60 })
      : t('onboarding.unit.seconds', { count: seconds });

/** What will happen with these settings: each break and its rhythm, the notice, the daily check-in. */
export const BreakPlan = ({ settings }: { settings: Settings }) => {
  const { t } = useTranslation();
  const { posture, stress } = settings.breaks;
  const rhythm = (kind: { durationSeconds: number; everyMinutes: number }) => ({
    duration: spoken(t, kind.durationSeconds),
    every: spoken(t, kind.everyMinutes * 60),
  });
  return (
    <section className="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('onboarding.plan.title')}</h2>
      <ul>
        {posture.enabled && <li data-testid="plan-posture">{t('onboarding.plan.posture', rhythm(posture))}</li>}
        {stress.enabled && <li data-testid="plan-stress">{t('onboarding.plan.stress', rhythm(stress))}</li>}
        {!posture.enabled && !stress.enabled && <li>{t('onboarding.plan.noBreaks')}</li>}
        <li>{settings.noticeSeconds > 0 ? t('onboarding.plan.notice', { count: settings.noticeSeconds }) : t('onboarding.plan.noNotice')}</li>
        {settings.checkIn.daily && <li>{t('onboarding.plan.checkIn')}</li>}
      </ul>
    </section>
  );
};
