/**
 * Strings of the kinds area (eye and stand-up breaks, issue 15), in every language; merged into
 * the catalogs by catalogs.ts. Keys must not clash with other parts: `kind.posture` and
 * `kind.stress` live in en.ts/de.ts. German technique texts follow de-techniques.ts's shape.
 */
export const kindsStrings = {
  en: {
    kind: { eyes: 'Eye break', stand: 'Stand-up break' },
  },
  de: {
    kind: { eyes: 'Augenpause', stand: 'Aufstehpause' },
    technique: {
      'far-look': {
        name: 'Zwanzig Sekunden in die Ferne',
        summary: 'Schau vom Bildschirm weg auf etwas etwa sechs Meter entfernt und lass den Blick weich werden.',
        steps: [
          'Wende dich vom Bildschirm ab und such dir etwas mindestens sechs Meter entfernt: ein Fenster, eine Tür am anderen Ende des Raums.',
          'Lass den Blick dort ruhen. Lass die Schultern sinken und blinzle ab und zu langsam.',
        ],
        cautions: [
          'Wegschauen entspannt müde Augen; es verbessert nicht die Sehkraft. Verschwommenes oder doppeltes Sehen, das bleibt, gehört zum Augenarzt.',
          'Bleiben die Augen nach den Pausen trocken oder gereizt, frag beim Optiker oder Arzt nach.',
        ],
        why: 'Langes Scharfstellen aus der Nähe ermüdet die Augen; ein kurzer Blick in die Ferne lässt sie entspannen. In einer Studie von 2023 linderte die 20-20-20-Gewohnheit die Beschwerden müder Augen, allerdings ließ die Wirkung über Wochen nach.',
      },
      'blink-and-palm': {
        name: 'Ganz blinzeln und Augen bedecken',
        summary: 'Ein paar langsame, vollständige Lidschläge, dann die Handflächen über die geschlossenen Augen legen.',
        steps: [
          'Schließ die Augen ganz und öffne sie wieder. Langsam, fünfmal.',
          'Reib die Handflächen warm und leg sie gewölbt über die geschlossenen Augen, ohne zu drücken. Atme langsam aus.',
        ],
        cautions: ['Drück nie auf die Augen; lass das Bedecken nach einer Augenoperation oder bei einer Augenentzündung weg.'],
        why: 'Vor dem Bildschirm blinzeln wir seltener und unvollständiger, dadurch trocknet die Augenoberfläche aus; bewusste, ganze Lidschläge verteilen den Tränenfilm wieder.',
      },
      'stand-and-walk': {
        name: 'Aufstehen und gehen',
        summary: 'Steh auf, geh anderthalb Minuten und lass die Schultern mitschwingen.',
        steps: [
          'Steh langsam auf. Drück dich mit den Füßen hoch und lass den Rücken sich von selbst aufrichten.',
          'Geh ein paar Schritte: hol dir ein Glas Wasser, geh zum Fenster, nimm die Treppe. Lass die Arme locker schwingen.',
          'Bevor du dich wieder setzt, kreise ein paarmal die Schultern nach hinten und schau in die Ferne.',
        ],
        cautions: ['Steh langsam auf, wenn dir leicht schwindlig wird.', 'Mit schmerzendem Knie, Hüfte oder Sprunggelenk geh nur so weit, wie es angenehm ist.'],
        why: 'Langes Sitzen ohne Unterbrechung hält oberen Rücken und Nacken in einer Haltung. In einer kleinen Studie am Arbeitsplatz ging rund eine Stunde weniger Sitzen am Tag mit weniger Schmerzen im oberen Rücken und Nacken einher.',
      },
      'stand-reach-march': {
        name: 'Aufstehen, strecken, marschieren',
        summary: 'Steh auf, streck dich lang, neig dich zu jeder Seite und marschier auf der Stelle.',
        steps: [
          'Stell dich neben den Schreibtisch, die Füße hüftbreit auseinander.',
          'Streck beide Arme über den Kopf und mach dich lang. Senk sie und streck dich noch dreimal.',
          'Einen Arm oben, neig dich sanft zur anderen Seite. Ein, zwei Atemzüge halten, dann die Seite wechseln.',
          'Marschier auf der Stelle, heb die Knie so weit, wie es angenehm ist, und schwing die Arme.',
          'Steh still, lass die Arme hängen und atme langsam aus, bevor du dich setzt.',
        ],
        cautions: ['Neig dich nur wenig und langsam zur Seite; hör auf, wenn etwas schmerzt oder kribbelt.', 'Halt dich am Tisch fest, wenn du unsicher stehst.'],
        why: 'Bewegung nach langem Sitzen verändert die Last auf Nacken- und Rückenmuskeln; jede Stunde kurz aufzustehen und sich zu bewegen, ist übliche Empfehlung der Arbeitsplatzergonomie.',
      },
    },
  },
};
