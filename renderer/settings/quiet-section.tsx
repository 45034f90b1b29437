import { useTranslation } from 'react-i18next';
import type { Settings } from '../../main/core/settings/schema';
import { CheckField, NumberField, TextField, type Apply } from './fields';
import { currentOs } from './platform';

/** When not to interrupt: the automatic detectors, calendars and how long detectors may hold a break back. Only this OS's caveats are shown. */
export const QuietSection = ({ s, apply }: { s: Settings; apply: Apply }) => {
  const { t } = useTranslation();
  const os = currentOs();
  // What each OS cannot see (README "When not to come"); a detector this OS lacks is shown off and cannot be switched on.
  const fullScreenCaveat = os === 'linux' ? t('settings.quiet.caveat.fullScreenLinux') : os === 'mac' ? t('settings.quiet.caveat.fullScreenMac') : undefined;
  const callsCaveat = os === 'mac' ? t('settings.quiet.caveat.callsMac') : undefined;
  const anyDetector = s.quiet.doNotDisturb || (s.quiet.fullScreen && os !== 'mac') || (s.quiet.calls && os !== 'mac');
  return (
    <section aria-labelledby="section-quiet">
      <h2 id="section-quiet">{t('settings.sections.quiet')}</h2>
      <fieldset>
        <legend>{t('settings.quiet.legend')}</legend>
        <CheckField label={t('settings.quiet.dnd')} path="quiet.doNotDisturb" value={s.quiet.doNotDisturb} apply={apply} hint={os === 'mac' ? t('settings.quiet.caveat.dndMac') : undefined} />
        <CheckField label={t('settings.quiet.fullScreen')} path="quiet.fullScreen" value={s.quiet.fullScreen && os !== 'mac'} apply={apply} disabled={os === 'mac'} hint={fullScreenCaveat} />
        <CheckField label={t('settings.quiet.calls')} path="quiet.calls" value={s.quiet.calls && os !== 'mac'} apply={apply} disabled={os === 'mac'} hint={callsCaveat} />
        <NumberField label={t('settings.quiet.cap')} path="quiet.detectorCapMinutes" value={s.quiet.detectorCapMinutes} unit={t('settings.kind.everyUnit')} apply={apply} disabled={!anyDetector} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.quiet.calendars')}</legend>
        <CheckField label={t('settings.quiet.calendar')} path="quiet.calendar" value={s.quiet.calendar} apply={apply} />
        <TextField
          label={t('settings.quiet.calendars')}
          path="quiet.calendars"
          value={s.quiet.calendars.join(', ')}
          apply={apply}
          parse={(text) => ({ value: text.split(',').map((v) => v.trim()).filter(Boolean) })}
          hint={t('settings.quiet.calendarsHint')}
          disabled={!s.quiet.calendar}
        />
      </fieldset>
      <p className="note">{t('settings.quiet.note')}</p>
    </section>
  );
};
