/** Strings of the onboarding area, in every language; merged into the catalogs by catalogs.ts. Keys must not clash with other parts. */
const en = {
  onboarding: {
    // A no-break space keeps a number on the line of its unit ("30 / minutes" never splits).
    lead: 'Unknot lives in your tray and gives your upper back and neck short, gentle breaks while you work.',
    plan: {
      title: 'What will happen',
      posture: 'A posture break of {{duration}} after every {{every}} at the keyboard.',
      stress: 'A stress break of {{duration}} after every {{every}}.',
      noBreaks: 'Both kinds of break are off: turn one on in the schedule.',
      notice_one: 'A notice {{count}} second before each; the break then waits for a pause in your typing.',
      notice_other: 'A notice {{count}} seconds before each; the break then waits for a pause in your typing.',
      noNotice: 'No notice first; the break waits for a pause in your typing.',
      checkIn: 'After the first break of each day, a ten-second check-in on how your upper back feels.',
    },
    unit: {
      seconds_one: '{{count}}\u00a0second',
      seconds_other: '{{count}}\u00a0seconds',
      minutes_one: '{{count}}\u00a0minute',
      minutes_other: '{{count}}\u00a0minutes',
      hours_one: '{{count}}\u00a0hour',
      hours_other: '{{count}}\u00a0hours',
    },
    autostart: 'Start Unknot when I log in',
    tryBreak: 'Try a break now',
    changeSchedule: 'Change the schedule',
    choices: 'Your first steps',
  },
  preview: {
    tray: 'Preview tray',
    trayMenu: 'Tray menu',
    breakNow: 'Take a break now',
    snooze: 'Snooze 10 minutes',
    otherWindows: 'Windows the app opens by itself',
    window: { onboarding: 'First-run welcome', 'check-in': 'Daily check-in', notice: 'Notice before a break' },
    quit: 'In the app, this quits Unknot. The preview keeps running: close the tab to leave.',
  },
};

const de: typeof en = {
  onboarding: {
    lead: 'Unknot wohnt in der Taskleiste und gönnt deinem oberen Rücken und Nacken während der Arbeit kurze, sanfte Pausen.',
    plan: {
      title: 'Was passieren wird',
      posture: 'Eine Haltungspause von {{duration}} nach jeweils {{every}} an der Tastatur.',
      stress: 'Eine Entspannungspause von {{duration}} nach jeweils {{every}}.',
      noBreaks: 'Beide Pausenarten sind aus: Schalte eine im Zeitplan ein.',
      notice_one: 'Eine Vorankündigung {{count}} Sekunde vorher; dann wartet die Pause, bis du beim Tippen innehältst.',
      notice_other: 'Eine Vorankündigung {{count}} Sekunden vorher; dann wartet die Pause, bis du beim Tippen innehältst.',
      noNotice: 'Keine Vorankündigung; die Pause wartet, bis du beim Tippen innehältst.',
      checkIn: 'Nach der ersten Pause jedes Tages ein Check-in von zehn Sekunden: Wie geht es deinem oberen Rücken?',
    },
    unit: {
      seconds_one: '{{count}}\u00a0Sekunde',
      seconds_other: '{{count}}\u00a0Sekunden',
      minutes_one: '{{count}}\u00a0Minute',
      minutes_other: '{{count}}\u00a0Minuten',
      hours_one: '{{count}}\u00a0Stunde',
      hours_other: '{{count}}\u00a0Stunden',
    },
    autostart: 'Unknot bei der Anmeldung starten',
    tryBreak: 'Jetzt eine Pause ausprobieren',
    changeSchedule: 'Zeitplan ändern',
    choices: 'Deine ersten Schritte',
  },
  preview: {
    tray: 'Vorschau der Taskleiste',
    trayMenu: 'Taskleistenmenü',
    breakNow: 'Jetzt eine Pause machen',
    snooze: '10 Minuten verschieben',
    otherWindows: 'Fenster, die die App von selbst öffnet',
    window: { onboarding: 'Willkommen beim ersten Start', 'check-in': 'Täglicher Check-in', notice: 'Ankündigung vor einer Pause' },
    quit: 'In der App beendet das Unknot. Die Vorschau läuft weiter: Schließ den Tab, um sie zu verlassen.',
  },
};

/** The onboarding window's strings (first run, issue 13). */
export const onboardingStrings = { en, de };
