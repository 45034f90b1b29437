/** Strings of the progress area, in every language; merged into the catalogs by catalogs.ts. Keys must not clash with other parts. */
const en = {
  progress: {
    empty: {
      next_one: 'No breaks yet — your first comes in about {{count}} minute.',
      next_other: 'No breaks yet — your first comes in about {{count}} minutes.',
      soon: 'No breaks yet — your first comes in under a minute.',
      paused: 'No breaks yet — breaks are paused. Resume them from the tray.',
      waiting: 'No breaks yet. Your first comes once Unknot is allowed to interrupt you again.',
      hint: 'The charts fill in as you take breaks and answer the daily check-in.',
    },
    nothingToExport: 'Nothing to export yet.',
    legend: { taken: 'Taken', prompted: 'Prompted' },
    tip: {
      breaks: '{{date}}: {{completed}} taken of {{prompted}} prompted',
      trend: '{{date}}: discomfort {{discomfort}}, stress {{stress}}',
      noCheckIn: '{{date}}: no check-in',
    },
    chartKeys: 'Point at a day, or focus the chart and use the arrow keys, to read its numbers.',
    back: 'Back to Progress',
    selfCheckTips: {
      title: 'One thing to try for each “No”',
      none: 'No “No” answers: your set-up sounds good. Moving often still matters most.',
      'screen-height': 'Raise the screen on a stand or a stack of books until its top edge is at or just below eye level.',
      'shoulders-relaxed': 'Raise the chair or lower the keyboard until your elbows hang by your sides at about a right angle, then let your shoulders drop.',
      'lower-back-support': 'Put a small cushion or a rolled towel in the curve of your lower back, or set the chair’s lumbar support to meet it.',
      'feet-flat': 'Put a footrest or a sturdy box under your feet, or lower the chair until they rest flat.',
      'close-to-desk': 'Pull the chair in and bring the keyboard and mouse to the desk’s edge so your elbows stay by your sides.',
      'moved-every-hour': 'Stand up when a posture break comes, even for half a minute; a phone call on your feet counts too.',
    },
  },
};

const de: typeof en = {
  progress: {
    empty: {
      next_one: 'Noch keine Pausen — deine erste kommt in etwa {{count}} Minute.',
      next_other: 'Noch keine Pausen — deine erste kommt in etwa {{count}} Minuten.',
      soon: 'Noch keine Pausen — deine erste kommt in weniger als einer Minute.',
      paused: 'Noch keine Pausen — die Pausen sind angehalten. Setze sie über das Symbol in der Taskleiste fort.',
      waiting: 'Noch keine Pausen. Die erste kommt, sobald Unknot dich wieder unterbrechen darf.',
      hint: 'Die Diagramme füllen sich, wenn du Pausen machst und den täglichen Check-in beantwortest.',
    },
    nothingToExport: 'Noch nichts zu exportieren.',
    legend: { taken: 'Gemacht', prompted: 'Angekündigt' },
    tip: {
      breaks: '{{date}}: {{completed}} von {{prompted}} angekündigten gemacht',
      trend: '{{date}}: Beschwerden {{discomfort}}, Stress {{stress}}',
      noCheckIn: '{{date}}: kein Check-in',
    },
    chartKeys: 'Zeig auf einen Tag oder wähle das Diagramm und nutze die Pfeiltasten, um seine Werte zu lesen.',
    back: 'Zurück zum Fortschritt',
    selfCheckTips: {
      title: 'Ein Vorschlag für jedes „Nein“',
      none: 'Kein „Nein“: Dein Arbeitsplatz klingt gut. Am wichtigsten bleibt, dass du dich oft bewegst.',
      'screen-height': 'Stell den Bildschirm auf einen Ständer oder einen Stapel Bücher, bis seine Oberkante auf oder knapp unter Augenhöhe ist.',
      'shoulders-relaxed': 'Stell den Stuhl höher oder die Tastatur tiefer, bis deine Ellbogen etwa im rechten Winkel neben dem Körper hängen, und lass dann die Schultern sinken.',
      'lower-back-support': 'Leg ein kleines Kissen oder ein gerolltes Handtuch in die Wölbung deines unteren Rückens oder stell die Lendenstütze des Stuhls passend ein.',
      'feet-flat': 'Stell eine Fußstütze oder eine stabile Kiste unter deine Füße oder den Stuhl so tief, dass sie flach aufstehen.',
      'close-to-desk': 'Rück mit dem Stuhl heran und hol Tastatur und Maus an die Tischkante, damit deine Ellbogen neben dem Körper bleiben.',
      'moved-every-hour': 'Steh auf, wenn eine Haltungspause kommt, und sei es nur eine halbe Minute; ein Telefonat im Stehen zählt auch.',
    },
  },
};

/** The Progress, check-in and self-check strings added for issue 13. */
export const progressStrings = { en, de };
