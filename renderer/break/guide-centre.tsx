import { useTranslation } from 'react-i18next';
import type { TimedStep } from '../../main/core/techniques/timeline';
import { BreathPacer } from './breath-pacer';
import { formatClock } from './use-now';

/** What sits inside the rings: the breathing pacer, the step's own countdown, or the count-up of an extended hold. */
export const GuideCentre = ({ step, elapsed, holdingFor }: { step: TimedStep; elapsed: number; holdingFor: number | null }) => {
  const { t } = useTranslation();
  if (holdingFor !== null) {
    return (
      <p className="step-timer" data-testid="step-timer">
        <span className="step-timer-label">{t('break.keepHolding.holding')}</span>
        {formatClock(holdingFor)}
      </p>
    );
  }
  if (step.mode === 'breathe' && step.breath) return <BreathPacer breath={step.breath} secondsIntoStep={elapsed - step.start} />;
  return (
    <p className="step-timer" data-testid="step-timer" aria-hidden="true">
      <span className="step-timer-label">{t(`break.mode.${step.mode}`)}</span>
      {formatClock(step.end - elapsed)}
    </p>
  );
};
