import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from '../../main/core/progress/feedback';
import { findTechnique } from '../../main/core/techniques/library';
import { call } from '../api';

type Stage = 'ask' | 'offer-hide' | 'thanks' | 'hidden' | 'skipped' | 'off';

/**
 * After a finished break: one optional tap, "Better / Same / Worse", or Skip. Never a second
 * question, except the offer to hide a technique rated "worse" twice. Hidden entirely when
 * `feedback.afterBreak` is off. `onDone` runs once the person has answered or skipped.
 */
export const FeedbackTap = ({ technique, onDone, inline = false }: { technique: string; onDone?: () => void; inline?: boolean }) => {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage | null>(null);
  const [hidden, setHidden] = useState<readonly string[]>([]);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    call('getSettings').then(
      (s) => {
        setHidden(s.techniques.hidden);
        setStage(s.feedback.afterBreak ? 'ask' : 'off');
      },
      () => setStage('off'),
    );
  }, []);
  useEffect(() => {
    if (stage === 'off') onDone?.();
    // Focus the first choice so Enter/Space answer at once; Tab reaches the rest. Inline in a
    // running break it never takes focus: Enter there still means Done.
    if (!inline && (stage === 'ask' || stage === 'offer-hide')) first.current?.focus();
  }, [stage, onDone, inline]);
  if (stage === null || stage === 'off' || stage === 'skipped') return null;
  const name = t(`technique.${technique}.name`, { defaultValue: findTechnique(technique)?.name ?? technique });
  const rate = (rating: Rating) =>
    call('submitFeedback', { technique, rating }).then(
      ({ offerHide }) => {
        setStage(offerHide ? 'offer-hide' : 'thanks');
        if (!offerHide) onDone?.();
      },
      () => (setStage('thanks'), onDone?.()),
    );
  const hide = () =>
    call('updateSettings', { techniques: { hidden: [...hidden.filter((id) => id !== technique), technique] } }).then(
      () => (setStage('hidden'), onDone?.()),
      () => (setStage('thanks'), onDone?.()),
    );
  return (
    <section className={inline ? 'feedback-tap inline' : 'feedback-tap'} aria-label={t('routine.feedback.question')} data-testid="feedback-tap">
      {stage === 'ask' && (
        <div role="group" aria-labelledby="feedback-question">
          <p id="feedback-question">{t('routine.feedback.question')}</p>
          {RATINGS.map((rating, i) => (
            <button key={rating} type="button" ref={i === 0 ? first : undefined} onClick={() => void rate(rating)}>
              {t(`routine.feedback.${rating}`)}
            </button>
          ))}
          {/* Inline in a break the tap is skipped by ignoring it: one line, nothing to dismiss. */}
          {!inline && (
            <button type="button" className="link" onClick={() => (setStage('skipped'), onDone?.())}>
              {t('routine.feedback.skip')}
            </button>
          )}
        </div>
      )}
      {stage === 'offer-hide' && (
        <div role="group" aria-labelledby="feedback-offer">
          <p id="feedback-offer">{t('routine.feedback.offerHide', { name })}</p>
          <button type="button" ref={first} onClick={() => void hide()}>
            {t('routine.feedback.hide')}
          </button>
          <button type="button" onClick={() => (setStage('thanks'), onDone?.())}>
            {t('routine.feedback.keep')}
          </button>
        </div>
      )}
      {stage === 'thanks' && <p role="status">{t('routine.feedback.thanks')}</p>}
      {stage === 'hidden' && <p role="status">{t('routine.feedback.hidden')}</p>}
    </section>
  );
};
