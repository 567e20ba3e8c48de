import type { PlayRecord } from './play.ts';
import type { Choice, DecisionBeat, Scenario } from './scenario.ts';
import type { LocalText } from './text.ts';
import type { Meter, Meters, Precondition } from './vocabulary.ts';
import { addFlags, applyEffects, landing, meterChange } from './world.ts';

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

export const preconditionsOf = (scenario: Scenario, context: string): readonly Precondition[] =>
  (scenario.contexts.find((c) => c.id === context) ?? scenario.contexts[0]!).preconditions;

/**
 * The decisions of a play told back in order, recomputed from the scenario with the same rules the
 * statechart applies; steps that no longer match the scenario are left out.
 */
export const replayPath = (scenario: Scenario, play: PlayRecord): PathStep[] => {
  const preconditions = preconditionsOf(scenario, play.context);
  let meters = scenario.meters;
  let flags: readonly string[] = [];
  const path: PathStep[] = [];
  for (const step of play.steps) {
    const beat = scenario.beats[step.beat];
    if (beat?.kind !== 'decision') continue;
    const choice = beat.decision.choices.find((c) => c.id === step.choice);
    if (!choice) continue;
    const world = { meters, flags, preconditions };
    const landed = landing(choice, world);
    const after = applyEffects(meters, landed.effects);
    const sensitiveTo = (
      ['ruimte-experimenteren', 'achteraf-verantwoorden', 'mandaat', 'capaciteit'] as const
    ).filter((p) => {
      const flipped = preconditions.includes(p)
        ? preconditions.filter((x) => x !== p)
        : [...preconditions, p];
      return landing(choice, { ...world, preconditions: flipped }).variant !== landed.variant;
    });
    path.push({
      beat,
      choice,
      consequence: landed.consequence,
      change: meterChange(meters, after),
      metersAfter: after,
      sensitiveTo,
    });
    meters = after;
    flags = addFlags(flags, choice.sets);
  }
  return path;
};
