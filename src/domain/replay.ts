import type { PlayRecord } from './play.ts';
import { chosenChoice, followSteps } from './play-state.ts';
import type { Choice, DecisionBeat, Scenario } from './scenario.ts';
import type { LocalText } from './text.ts';
import { type Meter, type Meters, PRECONDITIONS, type Precondition } from './vocabulary.ts';
import { landing } from './world.ts';

export interface PathStep {
  readonly beat: DecisionBeat;
  readonly choice: Choice;
  /** The consequence as it landed in the context played. */
  readonly consequence: LocalText;
  readonly change: Partial<Record<Meter, number>>;
  readonly metersAfter: Meters;
  /** Whether this choice would have landed differently had each precondition been the other way round. */
  readonly sensitiveTo: readonly Precondition[];
}

/**
 * The decisions of a play told back in order, followed through the scenario by the rule engine;
 * a play that no longer fits an edited scenario is told up to where it stops fitting.
 */
export const replayPath = (scenario: Scenario, play: PlayRecord): PathStep[] => {
  const passed = followSteps(scenario, play.context, play.steps);
  return passed.slice(1).flatMap((after, i) => {
    const before = passed[i]!;
    const choice = after.moves.at(-1)?.type === 'choice.select' ? chosenChoice(scenario, after) : undefined;
    const beat = scenario.beats[after.beat];
    if (!choice || beat?.kind !== 'decision') return [];
    const landed = landing(choice, before);
    const sensitiveTo = PRECONDITIONS.filter((p) => {
      const flipped = before.preconditions.includes(p)
        ? before.preconditions.filter((x) => x !== p)
        : [...before.preconditions, p];
      return landing(choice, { ...before, preconditions: flipped }).variant !== landed.variant;
    });
    return [
      {
        beat,
        choice,
        consequence: landed.consequence,
        change: after.lastChange,
        metersAfter: after.meters,
        sensitiveTo,
      },
    ];
  });
};
