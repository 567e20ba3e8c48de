/** The words of the solo play screen's layout (src/ui/screens/play.ts), in Dutch; solo.en.ts has exactly the same keys. */
export const soloNl = {
  marker: 'Beslismoment {{current}} van {{total}}',
  markerRange: 'Beslismoment {{current}} van {{fewest}}–{{most}}',
  markerEnd_one: 'Na {{count}} beslismoment',
  markerEnd_other: 'Na {{count}} beslismomenten',
  toOptions_one: 'Naar de keuze ({{count}} mogelijkheid)',
  toOptions_other: 'Naar de keuze ({{count}} mogelijkheden)',
  reread: 'De situatie nog eens lezen',
  endingKicker: 'Einde',
  status: 'Scenario en stand van zaken',
};
