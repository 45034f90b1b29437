import i18next from 'i18next';
import { StrictMode, useEffect, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { MEASURED_CPU_PERCENT } from '../../main/core/posture/costs';
import type { PostureStatus } from '../../main/core/posture/status';
import { POSTURE_SAMPLINGS, type PostureSamplingChoice } from '../../main/core/posture/sampling';
import type { Settings } from '../../main/core/settings/schema';
import { call, subscribe } from '../api';
import { PostureSummary } from '../progress/posture-summary';
import { CheckField, NumberField, patchAt, type Apply } from './fields';
import { useSettings } from './use-settings';

/**
 * The posture status, kept current by postureChanged events and asked again whenever `key` (the
 * posture settings) changes; null until loaded (or where the build has no posture sensing).
 */
export const usePostureStatus = (key: string): PostureStatus | null => {
  const [status, setStatus] = useState<PostureStatus | null>(null);
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribe('postureChanged', setStatus);
    call('getPostureStatus').then((value) => live && setStatus(value), () => undefined);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [key]);
  return status;
};

/**
 * Settings → Posture sensing (issue 14): what it does, that no image is kept or sent, what the
 * camera light does at each sampling choice and what each costs, one switch, and Calibrate.
 */
export const PostureSettings = ({ s, apply }: { s: Settings; apply: Apply }) => {
  const { t, i18n } = useTranslation();
  const status = usePostureStatus(JSON.stringify(s.posture));
  const group = useId();
  const [error, setError] = useState<string | null>(null);
  const p = s.posture;
  const k = (key: string, vars: Record<string, unknown> = {}) => t(`posture.main.settings.${key}`, vars);
  const cost = (mode: PostureSamplingChoice) => {
    const percent = MEASURED_CPU_PERCENT[mode];
    return percent === null ? k('costPending') : k('cost', { cost: k('costValue', { percent: percent.toLocaleString(i18n.language) }) });
  };
  const calibrate = () => {
    setError(null);
    call('openPostureCalibration').catch((e: Error) => setError(e.message));
  };
  const state = !status ? null : status.sensing ? k('statusOn') : t(`posture.main.off.${status.offReason ?? 'disabled'}`);
  return (
    <section aria-labelledby="section-posture" className="posture-settings">
      <h2 id="section-posture">{k('legend')}</h2>
      <p>{k('intro')}</p>
      <p>{k('privacy')}</p>
      <CheckField label={k('enabled')} path="posture.enabled" value={p.enabled} apply={apply} />
      <fieldset disabled={!p.enabled} aria-describedby={`${group}-always`}>
        <legend>{k('sampling')}</legend>
        {POSTURE_SAMPLINGS.map((mode) => (
          <label key={mode} className="field check posture-sampling">
            <input type="radio" name={`${group}-sampling`} value={mode} checked={p.sampling === mode} onChange={() => void apply('posture.sampling', mode)} data-path="posture.sampling" aria-describedby={`${group}-${mode}`} />
            <span>
              {k(`samplingOption.${mode}`)}
              <span id={`${group}-${mode}`} className="hint">
                {' '}
                {k(`light.${mode}`)} {cost(mode)}
              </span>
            </span>
          </label>
        ))}
        <p id={`${group}-always`} className="note">
          {k('lightAlwaysOff')}
        </p>
      </fieldset>
      <NumberField label={k('stillMinutes')} path="posture.stillMinutes" value={p.stillMinutes} unit={t('settings.unit.minutes')} apply={apply} disabled={!p.enabled} />
      <NumberField label={k('nudgeEvery')} path="posture.nudgeEveryMinutes" value={p.nudgeEveryMinutes} unit={t('settings.unit.minutes')} apply={apply} disabled={!p.enabled} />
      <CheckField label={k('pauseOnBattery')} path="posture.pauseOnBattery" value={p.pauseOnBattery} apply={apply} disabled={!p.enabled} />
      <p className="posture-baseline">{p.baseline ? k('baselineAt', { date: new Date(p.baseline.at).toLocaleDateString(i18n.language) }) : k('baselineNone')}</p>
      <button type="button" onClick={calibrate} disabled={!p.enabled} aria-describedby={p.enabled ? undefined : `${group}-needs-on`}>
        {p.baseline ? k('recalibrate') : k('calibrate')}
      </button>
      {!p.enabled && (
        <span id={`${group}-needs-on`} className="hint">
          {' '}
          {k('calibrateNeedsOn')}
        </span>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {state && (
        <p className="note" role="status" data-testid="posture-status">
          {k('status', { status: state })}
          {status?.lastProblem ? ` ${k('lastProblem', { problem: t(`posture.view.problem.${status.lastProblem}`) })}` : ''}
        </p>
      )}
    </section>
  );
};

/** The section with its settings and the Progress table, as the preview shows them alone. */
const PosturePreview = () => {
  const settings = useSettings();
  if (!settings) return null;
  const apply: Apply = (path, value) => call('updateSettings', patchAt(path, value)).then(() => null, (e: Error) => e.message);
  return (
    <main className="settings" aria-label="Unknot">
      <PostureSettings s={settings} apply={apply} />
      <PostureSummary rangeDays={7} />
    </main>
  );
};

/**
 * The browser preview's `?view=posture` (with `#/posture`, which the app's router leaves empty):
 * this section and the Progress table alone, until Settings and Progress include them. Waits for
 * the catalogs, which main.tsx loads after the bridge is installed.
 */
export const mountPosturePreview = (): void => {
  const render = () => {
    const host = document.createElement('div');
    host.id = 'posture-preview';
    document.body.append(host);
    createRoot(host).render(
      <StrictMode>
        <PosturePreview />
      </StrictMode>,
    );
  };
  if (i18next.isInitialized) render();
  else i18next.on('initialized', render);
};
