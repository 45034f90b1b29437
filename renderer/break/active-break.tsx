import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakAction, BreakInfo } from '../../main/core/ipc/contract';
import { findTechnique } from '../../main/core/techniques/library';
import { stepAt, timeline } from '../../main/core/techniques/timeline';
import type { Technique } from '../../main/core/techniques/types';
import { call } from '../api';
import { useTechniqueText } from '../i18n';
import { illustrationFor } from '../illustrations';
import { BreathPacer } from './breath-pacer';
import { playChime } from './chime';
import { ProgressRing } from './progress-ring';
import { formatClock, useNow } from './use-now';
import { useBreakKeys } from './use-break-keys';
import { WhyPanel } from './why-panel';

/**
 * The player for the open break: technique, current step, rings, pacer, and the controls. Not
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
  const [fine, setFine] = useState(false);
  const now = useNow(running && !held, fine ? 50 : 250);
  const elapsed = running ? Math.min(duration, Math.max(0, ((info.heldAt ?? now) - info.startedAt - info.heldMs) / 1000)) : 0;
  const current = stepAt(steps, elapsed)!;
  const next = steps[current.index + 1];
  const breathing = current.mode === 'breathe' && current.breath !== undefined;
  useEffect(() => setFine(breathing), [breathing]);
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
  const keys = {
    togglePause: () => act({ action: held ? 'release-break' : 'hold-break' }),
    done: () => act({ action: 'done' }),
    snooze: () => {
      if (info.snoozeAllowed) act({ action: 'snooze', minutes: info.snoozeMinutes });
    },
    skip: () => act({ action: 'skip' }),
    another: () => act({ action: 'another' }),
  };
  useBreakKeys(keys);
  const picture = illustrationFor(technique.id);

  return (
    <main className="break" aria-labelledby="break-title" data-held={held}>
      <header className="break-head">
        {picture && <img className="illustration" src={picture} alt="" width={80} height={80} />}
        <div>
          <p className="kind">{t(`kind.${info.kind}`)}</p>
          <h1 id="break-title">{text.name}</h1>
        </div>
      </header>
      <p className="step" aria-live="polite" data-testid="step">
        {text.step(current.index)}
      </p>
      <div className="meter">
        <ProgressRing breakDone={elapsed / duration} stepDone={(elapsed - current.start) / Math.max(0.001, current.end - current.start)}>
          {breathing ? (
            <BreathPacer breath={current.breath!} secondsIntoStep={elapsed - current.start} />
          ) : (
            <p className="hold-timer" data-testid="step-timer" aria-hidden="true">
              {current.mode === 'hold' && <span className="hold-label">{t('hold')} </span>}
              {formatClock(current.end - elapsed)}
            </p>
          )}
        </ProgressRing>
        <div className="meter-side">
          <p className="remaining" data-testid="remaining" aria-label={t('remaining', { time: formatClock(duration - elapsed) })}>
            {formatClock(duration - elapsed)}
          </p>
          <p className="step-count">{t('step.count', { n: current.index + 1, total: steps.length })}</p>
          <p className="next">{next ? t('step.next', { text: text.step(next.index) }) : t('step.last')}</p>
        </div>
      </div>
      {held && <p className="note" role="status">{t('paused')}</p>}
      <p className="caution">{t('stopIfPain')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={keys.done}>{t('actions.done')}</button>
        <button type="button" disabled={!info.snoozeAllowed} onClick={keys.snooze}>{t('actions.snooze', { minutes: info.snoozeMinutes })}</button>
        <button type="button" onClick={keys.skip}>{t('actions.skip')}</button>
        <button type="button" onClick={keys.another}>{t('actions.another')}</button>
        <button type="button" onClick={keys.togglePause} aria-pressed={held}>{held ? t('actions.resume') : t('actions.pause')}</button>
      </div>
      {!info.snoozeAllowed && <p className="note">{t('snoozeCap')}</p>}
      <button type="button" className="link" aria-expanded={showWhy} aria-controls="why" onClick={() => setShowWhy(!showWhy)}>
        {showWhy ? t('why.hide') : t('why.show')}
      </button>
      {showWhy && <WhyPanel technique={technique} id="why" />}
      <p className="keys">{t('keys')}</p>
      {error && <p role="alert">{t('errors.generic', { message: error })}</p>}
    </main>
  );
};

/** Looks up the break's technique; an unknown id (from a newer library) falls back to the first. */
export const techniqueOf = (info: BreakInfo): Technique => findTechnique(info.technique) ?? findTechnique('upper-arm-hold')!;
