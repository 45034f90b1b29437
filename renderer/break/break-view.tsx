import { useState } from 'react';
import type { BreakAction, BreakInfo } from '../../main/core/ipc/contract';
import { findTechnique } from '../../main/core/techniques/library';
import { stepAt, timeline } from '../../main/core/techniques/timeline';
import { call } from '../api';
import { formatClock, useNow } from './use-now';
import { useBreak } from './use-break';

const KIND_TITLE = { posture: 'Posture break', stress: 'Stress break' } as const;

const ActiveBreak = ({ info }: { info: BreakInfo }) => {
  const now = useNow(true);
  const [error, setError] = useState<string | null>(null);
  const technique = findTechnique(info.technique);
  const duration = (info.endsAt - info.startedAt) / 1000;
  const elapsed = Math.max(0, (now - info.startedAt) / 1000);
  const steps = technique ? timeline(technique, duration) : [];
  const current = stepAt(steps, elapsed);
  const act = (action: BreakAction) => call('breakAction', action).catch((e: Error) => setError(e.message));

  return (
    <main className="break" aria-labelledby="break-title">
      <p className="kind">{KIND_TITLE[info.kind]}</p>
      <h1 id="break-title">{technique?.name ?? info.technique}</h1>
      <p className="step" aria-live="polite" data-testid="step">
        {current?.text ?? technique?.summary}
      </p>
      {current && (
        <p className="step-count">
          Step {current.index + 1} of {steps.length} · {formatClock(current.end - elapsed)}
        </p>
      )}
      <p className="remaining" data-testid="remaining" aria-label={`${formatClock(duration - elapsed)} left in this break`}>
        {formatClock(duration - elapsed)}
      </p>
      {technique && <p className="caution">{technique.cautions[0]} Stop if anything hurts.</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => act({ action: 'done' })}>
          Done
        </button>
        <button
          type="button"
          disabled={!info.snoozeAllowed}
          title={info.snoozeRefusedReason ?? undefined}
          onClick={() => act({ action: 'snooze', minutes: info.snoozeMinutes })}
        >
          Snooze {info.snoozeMinutes} min
        </button>
      </div>
      {!info.snoozeAllowed && <p className="note">{info.snoozeRefusedReason}</p>}
      {error && <p role="alert">{error}</p>}
    </main>
  );
};

/** The break window: guides the open break, or says there is none. */
export const BreakView = () => {
  const { info, loaded } = useBreak();
  if (!loaded) return null;
  if (!info) {
    return (
      <main className="break idle" aria-labelledby="idle-title">
        <h1 id="idle-title">No break right now</h1>
        <p>Unknot is in your tray and will call you back when it is time.</p>
      </main>
    );
  }
  return <ActiveBreak key={`${info.startedAt}-${info.technique}`} info={info} />;
};
