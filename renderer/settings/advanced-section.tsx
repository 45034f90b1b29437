import { useTranslation } from 'react-i18next';
import type { Settings } from '../../main/core/settings/schema';
import { CheckField, NumberField, ShortcutField, type Apply } from './fields';

/** Advanced: how the engine counts time, and the global shortcuts. */
export const AdvancedSection = ({ s, apply }: { s: Settings; apply: Apply }) => {
  const { t } = useTranslation();
  const minutes = t('settings.unit.minutes');
  const seconds = t('settings.unit.seconds');
  return (
    <section aria-labelledby="section-advanced">
      <h2 id="section-advanced">{t('settings.sections.advanced')}</h2>
      <p className="note">{t('settings.advanced.intro')}</p>
      <NumberField label={t('settings.advanced.idleReset')} path="idle.resetAfterMinutes" value={s.idle.resetAfterMinutes} unit={minutes} apply={apply} />
      <NumberField label={t('settings.advanced.minGap')} path="guards.minGapMinutes" value={s.guards.minGapMinutes} unit={minutes} apply={apply} />
      <NumberField label={t('settings.advanced.wakeGrace')} path="guards.wakeGraceSeconds" value={s.guards.wakeGraceSeconds} unit={seconds} apply={apply} />
      <NumberField label={t('settings.advanced.quietGrace')} path="guards.quietGraceSeconds" value={s.guards.quietGraceSeconds} unit={seconds} apply={apply} />
      <fieldset>
        <legend>{t('settings.advanced.shortcuts')}</legend>
        <CheckField label={t('settings.advanced.shortcuts')} path="shortcuts.enabled" value={s.shortcuts.enabled} apply={apply} />
        <ShortcutField label={t('settings.advanced.breakNow')} path="shortcuts.breakNow" value={s.shortcuts.breakNow} apply={apply} disabled={!s.shortcuts.enabled} hint={t('settings.advanced.shortcutHint')} />
        <ShortcutField label={t('settings.advanced.snooze')} path="shortcuts.snooze" value={s.shortcuts.snooze} apply={apply} disabled={!s.shortcuts.enabled} hint={t('settings.advanced.shortcutHint')} />
      </fieldset>
    </section>
  );
};
