import { useCallback, useEffect, useState } from 'react';
import type { PlannedBreak } from '../../main/core/simulation/day-plan';
import { call } from '../api';
import { CheckField, NumberField, patchAt, TextField, type Apply } from './fields';
import { TechniqueChoices } from './technique-choices';
import { useSettings } from './use-settings';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

const parseSpans = (text: string) => {
  if (text.trim() === '') return { value: [] };
  const spans = text.split(',').map((part) => part.trim().split('-').map((t) => t.trim()));
  const ok = spans.every((s) => s.length === 2 && s.every((t) => /^\d{2}:\d{2}$/.test(t)));
  return ok ? { value: spans } : { error: 'Write spans as 09:00-12:00, 13:00-17:30.' };
};
const parseMinutesList = (text: string) => {
  const values = text.split(',').map((t) => Number(t.trim()));
  return values.length > 0 && values.every((n) => Number.isInteger(n) && n > 0) ? { value: values } : { error: 'Write whole minutes separated by commas, e.g. 5, 10, 20.' };
};
const clock = (at: number) => new Date(at).toTimeString().slice(0, 5);

/** Every setting of the engine and the app, applied at once, with today's breaks as the engine would place them. */
export const SettingsView = () => {
  const settings = useSettings();
  const [plan, setPlan] = useState<PlannedBreak[]>([]);
  const refreshPlan = useCallback(() => void call('planDay').then(setPlan, () => undefined), []);
  useEffect(refreshPlan, [refreshPlan, settings]);
  if (!settings) return <main className="settings" aria-busy="true" />;
  const apply: Apply = (path, value) =>
    call('updateSettings', patchAt(path, value)).then(
      () => null,
      (e: Error) => e.message.split('; ').map((m) => m.replace(/^[\w.]+: /, '')).join('; '),
    );
  const s = settings;
  return (
    <main className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Today with these settings</h2>
        <ol className="timeline" data-testid="timeline">
          {plan.map((b) => (
            <li key={b.at} data-kind={b.kind}>{clock(b.at)} · {b.kind === 'posture' ? 'Posture' : 'Stress'} break</li>
          ))}
        </ol>
        <p className="note">{plan.length} breaks for a day at the keyboard, as the break engine would place them.</p>
      </section>
      {(['posture', 'stress'] as const).map((kind) => (
        <fieldset key={kind}>
          <legend>{kind === 'posture' ? 'Posture breaks' : 'Stress breaks'}</legend>
          <CheckField label="On" path={`breaks.${kind}.enabled`} value={s.breaks[kind].enabled} apply={apply} />
          <NumberField label="Every" path={`breaks.${kind}.everyMinutes`} value={s.breaks[kind].everyMinutes} unit="minutes of active time" apply={apply} />
          <NumberField label="Length" path={`breaks.${kind}.durationSeconds`} value={s.breaks[kind].durationSeconds} unit="seconds" apply={apply} />
        </fieldset>
      ))}
      <fieldset>
        <legend>Timing</legend>
        <NumberField label="Notice before a break" path="noticeSeconds" value={s.noticeSeconds} unit="seconds" apply={apply} />
        <CheckField label="Wait for a pause in my typing (gentle start)" path="gentleStart.enabled" value={s.gentleStart.enabled} apply={apply} />
        <NumberField label="Wait at most" path="gentleStart.waitUpToSeconds" value={s.gentleStart.waitUpToSeconds} unit="seconds" apply={apply} />
        <NumberField label="A pause is" path="gentleStart.pauseSeconds" value={s.gentleStart.pauseSeconds} unit="seconds without input" apply={apply} />
        <NumberField label="Start the cycle again after being away" path="idle.resetAfterMinutes" value={s.idle.resetAfterMinutes} unit="minutes" apply={apply} />
        <NumberField label="At least this long between breaks" path="guards.minGapMinutes" value={s.guards.minGapMinutes} unit="minutes" apply={apply} />
        <NumberField label="Quiet after waking or unlocking" path="guards.wakeGraceSeconds" value={s.guards.wakeGraceSeconds} unit="seconds" apply={apply} />
        <NumberField label="Grace after a meeting or call" path="guards.quietGraceSeconds" value={s.guards.quietGraceSeconds} unit="seconds" apply={apply} />
      </fieldset>
      <fieldset>
        <legend>Snooze</legend>
        <TextField label="Snooze choices" path="snooze.options" value={s.snooze.options.join(', ')} apply={apply} parse={parseMinutesList} hint="Minutes, separated by commas." />
        <NumberField label="Default snooze" path="snooze.defaultMinutes" value={s.snooze.defaultMinutes} unit="minutes" apply={apply} />
        <NumberField label="Snoozes in a row at most" path="snooze.maxInARow" value={s.snooze.maxInARow} unit="times" apply={apply} />
      </fieldset>
      <fieldset>
        <legend>Working hours</legend>
        <CheckField label="Only during working hours" path="workingHours.enabled" value={s.workingHours.enabled} apply={apply} />
        {DAYS.map((day) => (
          <TextField key={day} label={DAY_NAMES[day]} path={`workingHours.days.${day}`} value={s.workingHours.days[day].map((span) => span.join('-')).join(', ')} apply={apply} parse={parseSpans} />
        ))}
      </fieldset>
      <TechniqueChoices hidden={s.techniques.hidden} favourites={s.techniques.favourites} apply={apply} />
      <fieldset>
        <legend>When not to come</legend>
        <CheckField label="Wait while do-not-disturb is on (Linux, GNOME, Windows, macOS Focus)" path="quiet.doNotDisturb" value={s.quiet.doNotDisturb} apply={apply} />
        <CheckField label="Wait during calendar events, and take a due break before one" path="quiet.calendar" value={s.quiet.calendar} apply={apply} />
        <TextField
          label="Calendars"
          path="quiet.calendars"
          value={s.quiet.calendars.join(', ')}
          apply={apply}
          parse={(text) => ({ value: text.split(',').map((v) => v.trim()).filter(Boolean) })}
          hint="Local .ics files or https:// addresses, separated by commas; read every 15 minutes."
        />
        <CheckField label="Wait while an app is full screen (X11 and Windows; not available on Wayland or macOS)" path="quiet.fullScreen" value={s.quiet.fullScreen} apply={apply} />
        <CheckField label="Wait while I am in a call: camera or microphone in use (Linux and Windows; not available on macOS)" path="quiet.calls" value={s.quiet.calls} apply={apply} />
        <NumberField
          label="Ask me after do-not-disturb, full screen or a call has held a break back for"
          path="quiet.detectorCapMinutes"
          value={s.quiet.detectorCapMinutes}
          unit="minutes of active time"
          apply={apply}
        />
        <p className="note">Where a signal is not available, Meeting mode in the tray covers it. Meeting mode and calendar events are never cut short.</p>
      </fieldset>
      <fieldset>
        <legend>App</legend>
        <label className="field">
          <span>Language</span>
          <select value={s.app.language} onChange={(e) => void apply('app.language', e.target.value)}>
            <option value="auto">Same as the system</option>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
        <CheckField label="Start Unknot when I log in" path="app.autostart" value={s.app.autostart} apply={apply} />
        <CheckField label="Check for updates once a day (installed builds)" path="app.checkForUpdates" value={s.app.checkForUpdates} apply={apply} />
        <CheckField label="Soft chime at the start and end of a break" path="app.chime" value={s.app.chime} apply={apply} />
        <CheckField label="Ask for a daily check-in" path="checkIn.daily" value={s.checkIn.daily} apply={apply} />
        <CheckField label="Keyboard shortcuts for break now and snooze" path="shortcuts.enabled" value={s.shortcuts.enabled} apply={apply} />
        <TextField label="Break now shortcut" path="shortcuts.breakNow" value={s.shortcuts.breakNow} apply={apply} parse={(v) => ({ value: v.trim() })} />
        <TextField label="Snooze shortcut" path="shortcuts.snooze" value={s.shortcuts.snooze} apply={apply} parse={(v) => ({ value: v.trim() })} />
      </fieldset>
      <button type="button" onClick={() => void call('resetSettings')}>Restore defaults</button>
    </main>
  );
};
