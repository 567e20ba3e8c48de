import { isId } from './ids.ts';
import { VOTE_LETTERS } from './room-vote.ts';
import type { Scenario } from './scenario.ts';

/**
 * Which decision a room votes on, as the room server and the phones name it: scenario, context and
 * decision beat, joined by `/`. A phone that has the same scenarios finds the words itself, so only
 * this key and option letters ever cross the network.
 */
export interface DecisionRef {
  readonly scenario: string;
  readonly context: string;
  readonly beat: string;
}

export const decisionKey = (ref: DecisionRef): string => `${ref.scenario}/${ref.context}/${ref.beat}`;

export const readDecisionKey = (key: string): DecisionRef | undefined => {
  const [scenario, context, beat, ...rest] = key.split('/');
  if (rest.length || !isId(scenario) || !isId(context) || !isId(beat)) return undefined;
  return { scenario, context, beat };
};

export type VoteLetter = (typeof VOTE_LETTERS)[number];

/** The letter an option carries in a room (its place among the decision's options), if it has one. */
export const letterOf = (scenario: Scenario, beat: string, choice: string): VoteLetter | undefined => {
  const b = scenario.beats[beat];
  if (b?.kind !== 'decision') return undefined;
  return VOTE_LETTERS[b.decision.choices.findIndex((c) => c.id === choice)];
};

/** The option a letter stands for at a decision, if any. */
export const choiceOf = (scenario: Scenario, beat: string, letter: VoteLetter): string | undefined => {
  const b = scenario.beats[beat];
  if (b?.kind !== 'decision') return undefined;
  return b.decision.choices[VOTE_LETTERS.indexOf(letter)]?.id;
};
