import type { FinishedPlay } from '../../src/domain/progress.ts';

/** A moment within the times stored progress may name (2000–2200). */
export const T = Date.UTC(2024, 0, 1);

/** A finished play of the mini fixture, as stored; times from `at` (ms after T). */
export const finishedPlay = (at = 1000, length = 1000): FinishedPlay => ({
  scenario: 'mini',
  context: 'met-mandaat',
  steps: [{ beat: 'keuze', choice: 'open' }],
  ending: 'einde-alleen',
  meters: { vertrouwen: 60, steun: 20, energie: 50, voortgang: 50 },
  flags: ['open'],
  startedAt: T + at,
  finishedAt: T + at + length,
});
