import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakAction, BreakInfo } from '../../main/core/ipc/contract';
import { findTechnique } from '../../main/core/techniques/library';
import { KEEP_HOLDING } from '../../main/core/techniques/library-posture';
import { stepAt, timeline } from '../../main/core/techniques/timeline';
import type { Technique } from '../../main/core/techniques/types';
import { call } from '../api';
import { useTechniqueText } from '../i18n';
import { Illustration } from '../illustrations/illustration';
import { poseFor } from '../illustrations/technique-poses';
import { playChime } from './chime';
import { FeedbackTap } from './feedback-tap';
import { GuideCentre } from './guide-centre';
import { keepHoldingOffered, useKeepHolding } from './keep-holding';
import { ProgressRing } from './progress-ring';
import { StepText } from './step-text';
import { formatClock, useNow } from './use-now';
import { useBreakKeys } from './use-break-keys';
import { WhyPanel } from './why-panel';

/**
 * The player for the open break. What the person follows (the step, its timer or the breath
 * pacer) is largest; everything else is sized so the whole break fits the window unscrolled. Not
 * `running`, it is the prepared window's hidden page: held at the first second, no timer, no chime.
 */
export const ActiveBreak = ({ info, technique, chime, running = true }: { info: BreakInfo; technique: Technique; chime: boolean; running?: boolean }) => {
  const { t } = useTranslation();
  const text = useTechniqueText(technique);
  const [error, setError] = useState<string | null>(null);
  const [showWhy, setShowWhy] = useState(false);
  const held = info.heldAt !== null;
  const duration = (info.endsAt - info.startedAt - info.heldMs) / 1000;
  const steps = useMemo(() => timeline(technique, duration), [technique, duration]);
  const keep = useKeepHolding(held);
  const [fine, setFine] = useState(false);
  const now = useNow(running && (!held || keep.extending), fine ? 50 : 250);
  const elapsed = running ? Math.min(duration, Math.max(0, ((info.heldAt ?? now) - info.startedAt - info.heldMs) / 1000)) : 0;
  const current = stepAt(steps, elapsed)!;
  const next = steps[current.index + 1];
  const paused = held && !keep.extending;
  const extra = keep.extending && info.heldAt !== null ? Math.max(0, (now - info.heldAt) / 1000) : null;
  useEffect(() => setFine(current.mode === 'breathe'), [current.mode]);
  useEffect(() => {
    if (chime && running) playChime(true);
  }, [chime, running, info.startedAt]);
  useEffect(() => {
    // The benchmark reads this mark: navigation to the first step on screen.
    if (performance.getEntriesByName('unknot:first-step').length === 0) performance.mark('unknot:first-step');
  }, []);

  const act = (action: BreakAction) => {
    if (chime && action.action === 'done') playChime(false);
    call('breakAction', action).catch((e: Error) => setError(e.message));
  };
  const carryOn = () => {
    keep.stop();
    act({ action: 'release-break' });
  };
  const keys = {
    togglePause: () => (keep.extending ? carryOn() : act({ action: held ? 'release-break' : 'hold-break' })),
    done: () => act({ action: 'done' }),
    snooze: () => {
      if (info.snoozeAllowed) act({ action: 'snooze', minutes: info.snoozeMinutes });
    },
    skip: () => act({ action: 'skip' }),
    another: () => act({ action: 'another' }),
  };
  useBreakKeys(keys);
  const keepHolding = () => {
    keep.start();
    act({ action: 'hold-break' });
  };
  const left = formatClock(duration - elapsed);

  return (
    <main className="break" aria-labelledby="break-title" data-held={paused} data-extending={keep.extending} data-technique={technique.id}>
      <header className="break-head">
        <div className="break-titles">
          <p className="kind">{t(`kind.${info.kind}`)}</p>
          <h1 id="break-title">{text.name}</h1>
        </div>
        {extra === null ? (
          <p className="time-left">
            <span className="time-left-label">{t('break.timeLeft')}</span>
            <span className="remaining" data-testid="remaining" aria-label={t('remaining', { time: left })}>
              {left}
            </span>
          </p>
        ) : (
          <p className="time-left">
            <span className="time-left-label">{t('break.keepHolding.extra')}</span>
            <span className="remaining" data-testid="extra">+{formatClock(extra)}</span>
          </p>
        )}
      </header>
      <section className="guide" aria-label={text.name}>
        <div className="visual">
          <Illustration pose={poseFor(technique, current.index)} />
          <ProgressRing breakDone={extra === null ? elapsed / duration : 1} stepDone={extra === null ? (elapsed - current.start) / Math.max(0.001, current.end - current.start) : 1}>
            <GuideCentre step={current} elapsed={elapsed} holdingFor={extra === null ? null : elapsed - current.start + extra} />
          </ProgressRing>
          {paused && (
            <p className="paused-badge" role="status">
              <strong>{t('break.paused')}</strong> <span>{t('break.pausedHint')}</span>
            </p>
          )}
        </div>
        <StepText texts={technique.steps.map((_, index) => text.step(index))} current={current.index} />
        <div className="step-meta" data-keep={KEEP_HOLDING[technique.id] !== undefined}>
          <p className="step-next">
            {keep.extending ? t('break.keepHolding.note') : `${t('step.count', { n: current.index + 1, total: steps.length })} · ${next ? t('step.next', { text: text.step(next.index) }) : t('step.last')}`}
          </p>
          {running && keepHoldingOffered(technique.id, current.index, held) && (
            <button type="button" className="keep" onClick={keepHolding}>
              {t('break.keepHolding.button')}
            </button>
          )}
          {keep.extending && (
            <button type="button" className="keep" onClick={carryOn}>
              {t('break.keepHolding.carryOn')}
            </button>
          )}
        </div>
        {keep.extending && <p className="visually-hidden" role="status">{t('break.keepHolding.status')}</p>}
        {showWhy && <WhyPanel technique={technique} id="why" />}
      </section>
      <ul className="cautions" aria-label={t('break.cautions')}>
        {text.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" onClick={keys.done}>{t('actions.done')}</button>
        <button type="button" onClick={keys.togglePause} aria-pressed={paused} disabled={keep.extending}>{paused ? t('actions.resume') : t('actions.pause')}</button>
        <button type="button" disabled={!info.snoozeAllowed} onClick={keys.snooze}>{t('actions.snooze', { minutes: info.snoozeMinutes })}</button>
      </div>
      <div className="break-foot">
        <button type="button" className="link" onClick={keys.another}>{t('actions.another')}</button>
        <button type="button" className="link" onClick={keys.skip}>{t('actions.skip')}</button>
        <button type="button" className="link" aria-expanded={showWhy} aria-controls="why" onClick={() => setShowWhy(!showWhy)}>
          {showWhy ? t('why.hide') : t('why.show')}
        </button>
      </div>
      {/* The last step asks, once and optionally, how the technique felt (issue 15 §4); a break that runs to its end is finished without a click. */}
      <div className="keys">
        {running && !next && extra === null && !paused ? <FeedbackTap technique={technique.id} inline /> : <p>{!info.snoozeAllowed ? t('snoozeCap') : t('break.keys')}</p>}
      </div>
      {error && <p role="alert" className="break-error">{t('errors.generic', { message: error })}</p>}
    </main>
  );
};

/** Looks up the break's technique; an unknown id (from a newer library) falls back to the first. */
export const techniqueOf = (info: BreakInfo): Technique => findTechnique(info.technique) ?? findTechnique('upper-arm-hold')!;
