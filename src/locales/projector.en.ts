import type { Messages } from './messages.ts';

/** The words of the projector in a group session and its setup, in English. */
export const projectorEn: Messages['projector'] = {
  marker: 'Decision {{current}} of {{total}}',
  markerRange: 'Decision {{current}} of {{fewest}} to {{most}}',
  coming_one: 'Next: the question and {{count}} option',
  coming_other: 'Next: the question and {{count}} options',
  timerLabel: 'Discussion time',
  timeUp: 'Time is up',
  answers_one: 'answer in',
  answers_other: 'answers in',
  votes_one: '{{count}} vote',
  votes_other: '{{count}} votes',
  answersHint: 'The split stays hidden until the reveal.',
  meterChanges: 'What changed',
  ending: 'Ending',
  controls: 'Trainer controls',
  setup: {
    queueEmpty: 'There are no other scenarios to play afterwards.',
    minutesUnit: 'min',
    fewer: 'One minute less',
    more: 'One minute more',
  },
  file: {
    none: 'No file chosen yet',
    chosen: 'Chosen: {{name}}',
  },
};
