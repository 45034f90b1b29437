import { useTranslation } from 'react-i18next';
import { BREAK_KINDS } from '../../main/core/engine/types';
import type { Settings } from '../../main/core/settings/schema';
import type { PlannedBreak } from '../../main/core/simulation/day-plan';
import { CheckField, NumberField, SelectField, TextField, type Apply } from './fields';
import { parseMinutesList, parseSpans, spansText } from './parse';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = (at: number) => new Date(at).toTimeString().slice(0, 5);

/** Schedule: today's breaks as the engine would place them, each kind of break, the notice and gentle start, snooze and working hours. */
export const ScheduleSection = ({ s, apply, plan }: { s: Settings; apply: Apply; plan: PlannedBreak[] }) => {
  const { t } = useTranslation();
  // The kinds this build's settings know (the engine's list may run ahead of an older settings file).
  const kinds = BREAK_KINDS.filter((kind): kind is keyof Settings['breaks'] & typeof kind => kind in s.breaks);
  const breaks = s.breaks as Record<string, { enabled: boolean; everyMinutes: number; durationSeconds: number }>;
  // Changing the choices keeps the default one of them (validate.ts refuses anything else).
  const applyChoices: Apply = (path, value) => {
    const options = value as number[];
    if (options.includes(s.snooze.defaultMinutes)) return apply(path, options);
    const nearest = [...options].sort((a, b) => Math.abs(a - s.snooze.defaultMinutes) - Math.abs(b - s.snooze.defaultMinutes))[0]!;
    return apply('snooze', { options, defaultMinutes: nearest });
  };
  return (
    <section aria-labelledby="section-schedule">
      <h2 id="section-schedule">{t('settings.sections.schedule')}</h2>
      <h3 id="timeline-title">{t('settings.timeline.title')}</h3>
      <ol className="timeline" data-testid="timeline" aria-labelledby="timeline-title">
        {plan.map((b) => (
          <li key={b.at} data-kind={b.kind}>
            {t('settings.timeline.item', { time: clock(b.at), kind: t(`kind.${b.kind}`) })}
          </li>
        ))}
      </ol>
      <p className="note">{t('settings.timeline.note', { count: plan.length })}</p>
      {kinds.map((kind) => {
        const k = breaks[kind]!;
        return (
          <fieldset key={kind}>
            <legend>{t(`kind.${kind}`)}</legend>
            <CheckField label={t('settings.kind.enabled')} path={`breaks.${kind}.enabled`} value={k.enabled} apply={apply} />
            <NumberField label={t('settings.kind.every')} path={`breaks.${kind}.everyMinutes`} value={k.everyMinutes} unit={t('settings.kind.everyUnit')} apply={apply} disabled={!k.enabled} />
            <NumberField label={t('settings.kind.length')} path={`breaks.${kind}.durationSeconds`} value={k.durationSeconds} unit={t('settings.unit.seconds')} apply={apply} disabled={!k.enabled} />
          </fieldset>
        );
      })}
      <fieldset>
        <legend>{t('settings.beforeBreak')}</legend>
        <NumberField label={t('settings.notice')} path="noticeSeconds" value={s.noticeSeconds} unit={t('settings.unit.seconds')} apply={apply} />
        <CheckField label={t('settings.gentle.enabled')} path="gentleStart.enabled" value={s.gentleStart.enabled} apply={apply} />
        <NumberField label={t('settings.gentle.waitUpTo')} path="gentleStart.waitUpToSeconds" value={s.gentleStart.waitUpToSeconds} unit={t('settings.unit.seconds')} apply={apply} disabled={!s.gentleStart.enabled} />
        <NumberField label={t('settings.gentle.pause')} path="gentleStart.pauseSeconds" value={s.gentleStart.pauseSeconds} unit={t('settings.gentle.pauseUnit')} apply={apply} disabled={!s.gentleStart.enabled} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.snooze.legend')}</legend>
        <TextField label={t('settings.snooze.choices')} path="snooze.options" value={s.snooze.options.join(', ')} apply={applyChoices} parse={(text) => parseMinutesList(text, t)} hint={t('settings.snooze.choicesHint')} />
        <SelectField
          label={t('settings.snooze.default')}
          path="snooze.defaultMinutes"
          value={s.snooze.defaultMinutes}
          apply={apply}
          options={s.snooze.options.map((minutes) => ({ value: minutes, label: t('settings.snooze.defaultOption', { count: minutes }) }))}
        />
        <NumberField label={t('settings.snooze.maxInARow')} path="snooze.maxInARow" value={s.snooze.maxInARow} unit={t('settings.unit.times')} apply={apply} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.workingHours.legend')}</legend>
        <CheckField label={t('settings.workingHours.enabled')} path="workingHours.enabled" value={s.workingHours.enabled} apply={apply} hint={t('settings.workingHours.hint')} />
        {DAYS.map((day) => (
          <TextField
            key={day}
            label={t(`settings.workingHours.days.${day}`)}
            path={`workingHours.days.${day}`}
            value={spansText(s.workingHours.days[day])}
            apply={apply}
            parse={(text) => parseSpans(text, t)}
            disabled={!s.workingHours.enabled}
          />
        ))}
      </fieldset>
    </section>
  );
};
