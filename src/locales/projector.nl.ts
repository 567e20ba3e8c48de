/** The words of the projector in a group session and its setup, in Dutch; projector.en.ts has the same keys. */
export const projectorNl = {
  marker: 'Beslismoment {{current}} van {{total}}',
  markerRange: 'Beslismoment {{current}} van {{fewest}} à {{most}}',
  coming_one: 'Straks: de vraag en {{count}} optie',
  coming_other: 'Straks: de vraag en {{count}} opties',
  timerLabel: 'Bespreektijd',
  timeUp: 'Tijd om',
  answers_one: 'antwoord binnen',
  answers_other: 'antwoorden binnen',
  votes_one: '{{count}} stem',
  votes_other: '{{count}} stemmen',
  answersHint: 'De verdeling blijft verborgen tot de onthulling.',
  meterChanges: 'Wat er veranderde',
  ending: 'Einde',
  controls: 'Bediening voor de trainer',
  setup: {
    queueEmpty: 'Er zijn geen andere scenario’s om daarna te spelen.',
    minutesUnit: 'min',
    fewer: 'Een minuut minder',
    more: 'Een minuut meer',
  },
  file: {
    none: 'Nog geen bestand gekozen',
    chosen: 'Gekozen: {{name}}',
  },
};
