import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../main/core/settings/schema';
import type { PlannedBreak } from '../../main/core/simulation/day-plan';
import { call } from '../api';
import { useWindowTitle } from '../i18n';
import { AdvancedSection } from './advanced-section';
import { BasicsSection } from './basics-section';
import { translateSettingsError } from './error-text';
import { patchAt, type Apply } from './fields';
import { PostureSettings } from './posture-settings';
import { QuietSection } from './quiet-section';
import { ScheduleSection } from './schedule-section';
import { TechniqueChoices } from './technique-choices';
import { TechniqueEditor } from './technique-editor';
import { useSettings } from './use-settings';
import './settings.css';

/** Every setting of the engine and the app in five sections, applied at once, with "Saved" after each change and an undoable Restore defaults. */
export const SettingsView = () => {
  const { t } = useTranslation();
  useWindowTitle('settings');
  const settings = useSettings();
  const [plan, setPlan] = useState<PlannedBreak[]>([]);
  const [status, setStatus] = useState<{ text: string; at: number } | null>(null);
  const [undo, setUndo] = useState<Settings | null>(null);
  const refreshPlan = useCallback(() => void call('planDay').then(setPlan, () => undefined), []);
  useEffect(refreshPlan, [refreshPlan, settings]);
  const clear = useRef<number | undefined>(undefined);
  const announce = (text: string) => {
    setStatus({ text, at: Date.now() });
    window.clearTimeout(clear.current);
    clear.current = window.setTimeout(() => setStatus(null), 6000);
  };
  useEffect(() => () => window.clearTimeout(clear.current), []);
  if (!settings) return <main className="settings" aria-busy="true" />;
  const apply: Apply = (path, value) =>
    call('updateSettings', patchAt(path, value)).then(
      () => {
        setUndo(null);
        announce(t('settings.saved'));
        return null;
      },
      (e: Error) => translateSettingsError(e.message, t),
    );
  const restore = () => {
    const previous = settings;
    void call('resetSettings').then(() => {
      setUndo(previous);
      announce(t('settings.restore.done'));
    }, (e: Error) => announce(e.message));
  };
  const undoRestore = () => {
    if (!undo) return;
    void call('updateSettings', undo as unknown as Record<string, unknown>).then(() => {
      setUndo(null);
      announce(t('settings.restore.undone'));
    }, (e: Error) => announce(translateSettingsError(e.message, t)));
  };
  const s = settings;
  return (
    <main className="settings" aria-labelledby="settings-title">
      <header className="settings-head">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <p role="status" className="saved-status" data-at={status?.at}>
          {status?.text}
        </p>
      </header>
      <BasicsSection s={s} apply={apply} />
      <ScheduleSection s={s} apply={apply} plan={plan} />
      <QuietSection s={s} apply={apply} />
      <section aria-labelledby="section-techniques">
        <h2 id="section-techniques">{t('settings.sections.techniques')}</h2>
        <TechniqueChoices hidden={s.techniques.hidden} favourites={s.techniques.favourites} apply={apply} />
        {/* The custom-technique editor (another area's component, self-contained over IPC). */}
        <TechniqueEditor />
      </section>
      <PostureSettings s={s} apply={apply} />
      <AdvancedSection s={s} apply={apply} />
      <footer className="settings-foot">
        <button type="button" onClick={restore}>
          {t('settings.restore.button')}
        </button>
        {undo && (
          <button type="button" className="primary" onClick={undoRestore}>
            {t('settings.restore.undo')}
          </button>
        )}
      </footer>
    </main>
  );
};
