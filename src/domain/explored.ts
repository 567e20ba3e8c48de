import type { PlayRecord } from './play.ts';
import { preconditionsOf } from './replay.ts';
import type { Scenario } from './scenario.ts';
import { addFlags, applyEffects, chooseRoute, landing, type World } from './world.ts';

export interface Explored {
  readonly beats: ReadonlySet<string>;
  /** `beat/choice` pairs taken. */
  readonly choices: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
}

export interface Completion {
  readonly choices: { readonly seen: number; readonly total: number };
  readonly endings: { readonly seen: number; readonly total: number };
}

export const choiceKey = (beat: string, choice: string) => `${beat}/${choice}`;

/** Follows one play through the scenario, with the same rules as the statechart, to see what it passed. */
const walk = (
  scenario: Scenario,
  play: PlayRecord,
  into: { beats: Set<string>; choices: Set<string>; endings: Set<string> },
) => {
  let world: World = {
    meters: scenario.meters,
    flags: [],
    preconditions: preconditionsOf(scenario, play.context),
  };
  let id: string | undefined = scenario.start;
  let step = 0;
  for (let guard = 0; id && guard < 1000; guard++) {
    const beat = scenario.beats[id];
    if (!beat) return;
    into.beats.add(beat.id);
    if (beat.kind === 'ending') {
      into.endings.add(beat.id);
      return;
    }
    if (beat.kind === 'narration') {
      id = chooseRoute(beat.next, world);
      continue;
    }
    const taken = play.steps[step++];
    const choice =
      taken?.beat === beat.id ? beat.decision.choices.find((c) => c.id === taken.choice) : undefined;
    if (!choice) return;
    into.choices.add(choiceKey(beat.id, choice.id));
    world = {
      ...world,
      meters: applyEffects(world.meters, landing(choice, world).effects),
      flags: addFlags(world.flags, choice.sets),
    };
    id = chooseRoute(choice.next, world);
  }
};

/** What a player has seen of a scenario over all their plays of it; no text, only which parts. */
export const explored = (scenario: Scenario, plays: readonly PlayRecord[]): Explored => {
  const into = { beats: new Set<string>(), choices: new Set<string>(), endings: new Set<string>() };
  for (const play of plays) if (play.scenario === scenario.id) walk(scenario, play, into);
  return into;
};

export const completion = (scenario: Scenario, seen: Explored): Completion => {
  const beats = Object.values(scenario.beats);
  const allChoices = beats.flatMap((b) =>
    b.kind === 'decision' ? b.decision.choices.map((c) => choiceKey(b.id, c.id)) : [],
  );
  const allEndings = beats.filter((b) => b.kind === 'ending').map((b) => b.id);
  return {
    choices: { seen: allChoices.filter((c) => seen.choices.has(c)).length, total: allChoices.length },
    endings: { seen: allEndings.filter((e) => seen.endings.has(e)).length, total: allEndings.length },
  };
};
