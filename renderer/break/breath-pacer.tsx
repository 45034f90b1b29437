import { useTranslation } from 'react-i18next';
import type { TechniqueStep } from '../../main/core/techniques/types';

/** Where in the breathing cycle a moment falls: phase and seconds left in it. */
export const breathPhase = (breath: NonNullable<TechniqueStep['breath']>, secondsIntoStep: number) => {
  const cycle = breath.inSeconds + breath.outSeconds;
  const t = ((secondsIntoStep % cycle) + cycle) % cycle;
  if (t >= breath.inSeconds) return { phase: 'out' as const, left: cycle - t, length: breath.outSeconds };
  // A cyclic sigh's first breath takes two thirds of the in-time; the top-up takes the rest.
  const firstPart = breath.double ? (breath.inSeconds * 2) / 3 : breath.inSeconds;
  if (t < firstPart) return { phase: 'in' as const, left: firstPart - t, length: firstPart };
  return { phase: 'in-again' as const, left: breath.inSeconds - t, length: breath.inSeconds - firstPart };
};

/**
 * A disc as wide as the rings that grows and shrinks with the breath, big enough to follow from
 * the corner of the eye; with reduced motion it stands still and the label counts instead.
 */
export const BreathPacer = ({ breath, secondsIntoStep }: { breath: NonNullable<TechniqueStep['breath']>; secondsIntoStep: number }) => {
  const { t } = useTranslation();
  const { phase, left, length } = breathPhase(breath, secondsIntoStep);
  const label = phase === 'out' ? t('breathe.out') : phase === 'in' ? t('breathe.in') : t('breathe.inAgain');
  return (
    <div className="pacer" data-phase={phase} data-testid="pacer">
      <div className="pacer-circle" aria-hidden="true" style={{ transitionDuration: `${length}s` }} />
      <p className="pacer-label" aria-hidden="true">
        <span>{label}</span> <span className="pacer-count">{Math.max(1, Math.ceil(left))}</span>
      </p>
    </div>
  );
};
