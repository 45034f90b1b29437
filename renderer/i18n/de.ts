import type { Catalog } from './en';
import { deTechniques } from './de-techniques';

/** German: every interface string and every technique. */
export const de: Catalog & { technique: typeof deTechniques } = {
  kind: { posture: 'Haltungspause', stress: 'Entspannungspause' },
  idle: { title: 'Gerade keine Pause', body: 'Unknot wartet in der Taskleiste und meldet sich, wenn es Zeit ist.' },
  step: { count: 'Schritt {{n}} von {{total}}', next: 'Danach: {{text}}', last: 'Letzter Schritt' },
  remaining: 'Noch {{time}} in dieser Pause',
  progress: 'Pause zu {{percent}} % geschafft; dieser Schritt zu {{step}} %',
  hold: 'Halten',
  breathe: { in: 'Einatmen', out: 'Ausatmen', inAgain: 'Noch etwas nachatmen' },
  actions: {
    done: 'Fertig',
    snooze: '{{minutes}} Min. später',
    skip: 'Überspringen',
    another: 'Andere Übung',
    pause: 'Anhalten',
    resume: 'Weiter',
  },
  keys: 'Tasten: Leertaste anhalten · Enter fertig · S später · Esc überspringen · N andere Übung',
  paused: 'Angehalten. Leertaste oder „Weiter“ setzt fort.',
  snoozeCap: 'Du hast diese Pause so oft wie erlaubt verschoben. Mach sie jetzt oder überspring sie.',
  why: {
    show: 'Warum diese Übung?',
    hide: 'Begründung ausblenden',
    title: 'Warum diese Übung',
    evidence: 'Belege',
    source: 'Quelle',
    cautions: 'Vorsicht',
  },
  evidence: {
    traditional: 'traditionell, nicht belegt',
    'expert-advice': 'übliche Fachempfehlung',
    limited: 'begrenzt (kleine Studien)',
    moderate: 'mittel',
    good: 'gut (randomisierte Studien)',
  },
  stopIfPain: 'Hör auf, wenn etwas schmerzt, kribbelt oder dir schwindlig wird.',
  onboarding: {
    title: 'Willkommen bei Unknot',
    intro: 'Unknot sitzt in der Taskleiste und gönnt deinem oberen Rücken und Nacken während der Arbeit kurze, sanfte Pausen. Es wartet auf eine Tipppause, bevor es sich öffnet, und lässt sich über das Symbol verschieben oder anhalten.',
    defaultsTitle: 'So geht es los',
    defaults: {
      posture: 'Alle 30 Minuten an der Tastatur eine Haltungspause von etwa 40 Sekunden.',
      stress: 'Alle 2 Stunden eine Entspannungspause von etwa 4 Minuten.',
      away: 'Zeit weg von der Tastatur zählt als Pause; nach 5 Minuten Abwesenheit beginnt der Zyklus neu.',
    },
    medicalTitle: 'Keine medizinische Beratung',
    medical: 'Unknot bietet allgemeine, sanfte Übungen an. Es stellt keine Diagnosen und behandelt nichts.',
    redFlagsTitle: 'Hol dir stattdessen Hilfe',
    redFlags: {
      emergency: 'Plötzliche Schwäche, Taubheit oder Schwierigkeiten beim Sprechen: sofort den Notruf wählen.',
      doctor: 'Schmerzen länger als sechs Wochen, Schwäche in einem Arm oder Kribbeln: zum Arzt gehen.',
    },
    start: 'Unknot starten',
  },
  errors: { generic: 'Etwas ist schiefgegangen: {{message}}' },
  technique: deTechniques,
};
