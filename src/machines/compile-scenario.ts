import { assign, emit, setup } from 'xstate';
import { advance, start, toPlayRecord } from '../domain/play-state.ts';
import type { Beat, Clause, DecisionBeat, Route, Scenario } from '../domain/scenario.ts';
import { routeHolds } from '../domain/world.ts';
import {
  beatStateId,
  CHOOSING,
  choseState,
  DONE_STATE,
  type PlayerContext,
  type PlayerEmitted,
  type PlayerEvent,
  type PlayerInput,
  type PlayerOutput,
} from './player-types.ts';

/**
 * Compiles a validated scenario into an XState statechart: one state per beat, and inside each
 * decision one state for choosing and one per choice made (where its consequence is shown).
 * Guards and actions are named and parameterised, so the chart is plain data an inspector can read.
 */
const build = (scenario: Scenario) => {
  const routeTransitions = (routes: readonly Route[]) =>
    routes.map((route) => ({
      target: `#${beatStateId(route.go)}`,
      actions: 'advance' as const,
      ...(route.when.length ? { guard: { type: 'routeHolds' as const, params: { when: route.when } } } : {}),
    }));

  const decisionState = (beat: DecisionBeat) => ({
    id: beatStateId(beat.id),
    initial: CHOOSING,
    states: {
      [CHOOSING]: {
        on: {
          'choice.select': beat.decision.choices.map((choice) => ({
            guard: { type: 'isChoice' as const, params: { choice: choice.id } },
            target: choseState(choice.id),
            actions: ['advance' as const, 'cueConsequence' as const],
          })),
        },
      },
      ...Object.fromEntries(
        beat.decision.choices.map((choice) => [
          choseState(choice.id),
          { on: { 'beat.continue': routeTransitions(choice.next) } },
        ]),
      ),
    },
  });

  const beatState = (beat: Beat) => {
    if (beat.kind === 'decision') return decisionState(beat);
    if (beat.kind === 'ending') {
      return {
        id: beatStateId(beat.id),
        on: { 'beat.continue': { target: `#${DONE_STATE}`, actions: 'advance' as const } },
      };
    }
    return { id: beatStateId(beat.id), on: { 'beat.continue': routeTransitions(beat.next) } };
  };

  const states = Object.fromEntries(Object.values(scenario.beats).map((beat) => [beat.id, beatState(beat)]));

  return setup({
    types: {
      context: {} as PlayerContext,
      events: {} as PlayerEvent,
      input: {} as PlayerInput,
      output: {} as PlayerOutput,
      emitted: {} as PlayerEmitted,
    },
    guards: {
      isChoice: ({ event }, params: { choice: string }) =>
        event.type === 'choice.select' && event.choice === params.choice,
      routeHolds: ({ context }, params: { when: readonly Clause[] }) =>
        routeHolds({ when: params.when, go: '' }, context),
    },
    actions: {
      /** Every transition applies the move through the one rule engine; the chart only mirrors where it leads. */
      advance: assign(({ context, event }) => advance(scenario, context, event) ?? {}),
      cueConsequence: emit({ type: 'cue', cue: 'consequence' } as const),
    },
  }).createMachine({
    id: `scenario-${scenario.id}`,
    context: ({ input }) => start(scenario, input?.context),
    initial: scenario.start,
    states: { ...states, [DONE_STATE]: { id: DONE_STATE, type: 'final' } },
    output: ({ context }) => toPlayRecord(context),
  });
};

export type ScenarioMachine = ReturnType<typeof build>;

const compiled = new WeakMap<Scenario, ScenarioMachine>();

/**
 * The statechart of a scenario, compiled once per scenario object: start-up checks that each compiles
 * (playable.ts) and the session machine then takes the same chart.
 */
export const compileScenario = (scenario: Scenario): ScenarioMachine => {
  let machine = compiled.get(scenario);
  if (!machine) {
    machine = build(scenario);
    compiled.set(scenario, machine);
  }
  return machine;
};
