import { getSimplePaths } from 'xstate/graph';
import type { Scenario } from '../../src/domain/scenario.ts';
import type { Precondition } from '../../src/domain/vocabulary.ts';
import { compileScenario } from '../../src/machines/compile-scenario.ts';
import type { PlayerEvent } from '../../src/machines/player-types.ts';

/** Every event a scenario's machine can receive; guards decide which apply where. */
export const eventsOf = (scenario: Scenario): PlayerEvent[] => [
  { type: 'beat.continue' },
  ...Object.values(scenario.beats).flatMap((beat) =>
    beat.kind === 'decision'
      ? beat.decision.choices.map((c) => ({ type: 'choice.select' as const, choice: c.id }))
      : [],
  ),
];

/** Every complete play of a scenario, generated from its statechart by xstate's graph utilities. */
export const completePlays = (scenario: Scenario, preconditions?: readonly Precondition[]) =>
  getSimplePaths(compileScenario(scenario), {
    events: eventsOf(scenario),
    input: preconditions ? { preconditions } : {},
    toState: (s) => s.status === 'done',
  });
