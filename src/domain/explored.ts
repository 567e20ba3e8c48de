import type { PlayRecord } from './play.ts';
import { followSteps } from './play-state.ts';
import type { Scenario } from './scenario.ts';

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

/** What a player has seen of a scenario over all their plays of it; no text, only which parts. */
export const explored = (scenario: Scenario, plays: readonly PlayRecord[]): Explored => {
  const beats = new Set<string>();
  const choices = new Set<string>();
  const endings = new Set<string>();
  for (const play of plays) {
    if (play.scenario !== scenario.id) continue;
    for (const state of followSteps(scenario, play.context, play.steps)) {
      beats.add(state.beat);
      if (state.ending) endings.add(state.ending);
      if (state.chosen !== undefined) choices.add(choiceKey(state.beat, state.chosen));
    }
  }
  return { beats, choices, endings };
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
