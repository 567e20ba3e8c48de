import type { Messages } from './messages.ts';

/** The words of the solo play screen's layout (src/ui/screens/play.ts), in English. */
export const soloEn: Messages['solo'] = {
  marker: 'Decision {{current}} of {{total}}',
  markerRange: 'Decision {{current}} of {{fewest}}–{{most}}',
  markerEnd_one: 'After {{count}} decision',
  markerEnd_other: 'After {{count}} decisions',
  toOptions_one: 'To the choice ({{count}} option)',
  toOptions_other: 'To the choice ({{count}} options)',
  reread: 'Read the situation again',
  endingKicker: 'The end',
  status: 'Scenario and how things stand',
};
