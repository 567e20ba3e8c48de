import type { Move, PlayRecord, Step } from './play.ts';
import type { Beat, Choice, DecisionBeat, PlayContext, Scenario } from './scenario.ts';
import type { Meter, Precondition } from './vocabulary.ts';
import { addFlags, applyEffects, chooseRoute, landing, meterChange, type World } from './world.ts';

/**
 * The one rule engine of a play: where it stands and what the choices have done so far. Plain data;
 * `advance` is a pure function of (scenario, state, move), like a board game's moves, so the
 * statechart, replay, the branch map, the room's play and the tests all follow the same rules.
 */
export interface PlayState extends World {
  readonly scenario: string;
  /** The organisational context played in. */
  readonly context: string;
  /** The beat the play stands at (after the ending: still the ending). */
  readonly beat: string;
  /** At a decision: the choice made, while its consequence is shown. */
  readonly chosen?: string | undefined;
  readonly steps: readonly Step[];
  /** Every move that was applied, in order: folding them over `start` rebuilds this state exactly. */
  readonly moves: readonly Move[];
  /** How the meters actually moved with the last choice (after keeping them within their range). */
  readonly lastChange: Partial<Record<Meter, number>>;
  /** Which variant of the last choice applied in this context (-1: the choice as written). */
  readonly lastVariant: number;
  /** The ending reached, once the play stands at one. */
  readonly ending?: string;
  /** True once the player has read on past the ending. */
  readonly done: boolean;
}

/** What a play at this state waits for. */
export type PlayPhase = 'reading' | 'choosing' | 'consequence' | 'ending' | 'done';

/** The context with this id, or the scenario's first when it names none the scenario has. */
export const contextOf = (scenario: Scenario, id: string | undefined): PlayContext =>
  scenario.contexts.find((c) => c.id === id) ?? scenario.contexts[0]!;

export const preconditionsOf = (scenario: Scenario, context: string | undefined): readonly Precondition[] =>
  contextOf(scenario, context).preconditions;

/** Stands at a beat; `chosen` is cleared by value, not left out, as the statechart merges what it is given. */
const arrive = (scenario: Scenario, state: PlayState, beat: string): PlayState =>
  scenario.beats[beat]?.kind === 'ending'
    ? { ...state, beat, chosen: undefined, ending: beat }
    : { ...state, beat, chosen: undefined };

export const start = (scenario: Scenario, context?: string): PlayState => {
  const played = contextOf(scenario, context);
  const initial: PlayState = {
    scenario: scenario.id,
    context: played.id,
    preconditions: played.preconditions,
    beat: scenario.start,
    meters: scenario.meters,
    flags: [],
    steps: [],
    moves: [],
    lastChange: {},
    lastVariant: -1,
    done: false,
  };
  return arrive(scenario, initial, scenario.start);
};

export const beatOf = (scenario: Scenario, state: PlayState): Beat => scenario.beats[state.beat]!;

export const phaseOf = (scenario: Scenario, state: PlayState): PlayPhase => {
  if (state.done) return 'done';
  const beat = scenario.beats[state.beat];
  if (beat?.kind === 'ending') return 'ending';
  if (beat?.kind === 'decision') return state.chosen === undefined ? 'choosing' : 'consequence';
  return 'reading';
};

/** The decision waiting for a choice, if the play stands at one. */
export const decisionAt = (scenario: Scenario, state: PlayState): DecisionBeat | undefined => {
  const beat = scenario.beats[state.beat];
  return beat?.kind === 'decision' && state.chosen === undefined && !state.done ? beat : undefined;
};

/** The choice whose consequence is being shown. */
export const chosenChoice = (scenario: Scenario, state: PlayState): Choice | undefined => {
  const beat = scenario.beats[state.beat];
  return beat?.kind === 'decision' && state.chosen !== undefined
    ? beat.decision.choices.find((c) => c.id === state.chosen)
    : undefined;
};

/**
 * The state after one move, or undefined when the move does not apply here (a choice that is not
 * offered, reading on while a choice waits, any move after the end, or no route whose conditions hold).
 */
export const advance = (scenario: Scenario, state: PlayState, move: Move): PlayState | undefined => {
  if (state.done) return undefined;
  const beat = scenario.beats[state.beat];
  if (!beat) return undefined;
  const moves = [...state.moves, move];
  if (move.type === 'choice.select') {
    const choice = decisionAt(scenario, state)?.decision.choices.find((c) => c.id === move.choice);
    if (!choice) return undefined;
    const landed = landing(choice, state);
    const meters = applyEffects(state.meters, landed.effects);
    return {
      ...state,
      chosen: choice.id,
      meters,
      lastChange: meterChange(state.meters, meters),
      lastVariant: landed.variant,
      flags: addFlags(state.flags, choice.sets),
      steps: [...state.steps, { beat: beat.id, choice: choice.id }],
      moves,
    };
  }
  if (beat.kind === 'ending') return { ...state, moves, done: true };
  const routes = beat.kind === 'narration' ? beat.next : chosenChoice(scenario, state)?.next;
  const next = routes && chooseRoute(routes, state);
  if (next === undefined || !Object.hasOwn(scenario.beats, next)) return undefined;
  return arrive(scenario, { ...state, moves }, next);
};

/** Where a list of moves leads from the start; moves that do not apply are left out, as the statechart ignores them. */
export const replay = (scenario: Scenario, context: string | undefined, moves: readonly Move[]): PlayState =>
  moves.reduce((state, move) => advance(scenario, state, move) ?? state, start(scenario, context));

/** The moves open at this state: read on, or each choice offered. */
export const movesAt = (scenario: Scenario, state: PlayState): Move[] => {
  const decision = decisionAt(scenario, state);
  return decision
    ? decision.decision.choices.map((c) => ({ type: 'choice.select', choice: c.id }))
    : state.done
      ? []
      : [{ type: 'beat.continue' }];
};

/**
 * Every complete play from a state, as the list of states passed (the first is `from`). A play that
 * gets stuck before its end — no move applies — is returned among `stuck`, so checks can fail on it.
 */
export const everyPlay = (
  scenario: Scenario,
  from: PlayState,
): { complete: PlayState[][]; stuck: PlayState[][] } => {
  const complete: PlayState[][] = [];
  const stuck: PlayState[][] = [];
  // Iterative depth-first walk: a long chain of beats must not overflow the call stack.
  // A decision is two states (choosing, consequence), so no play without loops is longer than this.
  const longest = 2 * Object.keys(scenario.beats).length + 2;
  const stack: PlayState[][] = [[from]];
  while (stack.length) {
    const trail = stack.pop()!;
    const here = trail.at(-1)!;
    if (here.done) {
      complete.push(trail);
      continue;
    }
    const nexts =
      trail.length > longest ? [] : movesAt(scenario, here).flatMap((m) => advance(scenario, here, m) ?? []);
    if (nexts.length === 0) stuck.push(trail);
    for (let i = nexts.length - 1; i >= 0; i--) stack.push([...trail, nexts[i]!]);
  }
  return { complete, stuck };
};

/**
 * Every state a play passes when it takes these recorded decisions in order, reading on between
 * them. It stops where a step no longer fits the scenario (an edited file), and at the end.
 */
export const followSteps = (
  scenario: Scenario,
  context: string | undefined,
  steps: readonly Step[],
): PlayState[] => {
  let state = start(scenario, context);
  const passed = [state];
  const longest = 2 * Object.keys(scenario.beats).length + 2;
  let taken = 0;
  while (passed.length <= longest) {
    const decision = decisionAt(scenario, state);
    const step = steps[taken];
    if (decision && step?.beat !== decision.id) break;
    const move: Move = decision ? { type: 'choice.select', choice: step!.choice } : { type: 'beat.continue' };
    const next = advance(scenario, state, move);
    if (!next) break;
    if (decision) taken++;
    passed.push(next);
    state = next;
  }
  return passed;
};

/** A play as the plain record the debrief and saved history read. */
export const toPlayRecord = (state: PlayState): PlayRecord => ({
  scenario: state.scenario,
  context: state.context,
  steps: state.steps,
  meters: state.meters,
  flags: state.flags,
  ...(state.ending ? { ending: state.ending } : {}),
});
