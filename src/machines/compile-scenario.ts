import { assign, emit, setup } from 'xstate';
import type { Beat, Clause, DecisionBeat, Route, Scenario } from '../domain/scenario.ts';
import { addFlags, applyEffects, landing, meterChange, routeHolds } from '../domain/world.ts';
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
export const compileScenario = (scenario: Scenario) => {
  const findChoice = (beat: string, choice: string) => {
    const b = scenario.beats[beat];
    return b?.kind === 'decision' ? b.decision.choices.find((c) => c.id === choice) : undefined;
  };

  const routeTransitions = (routes: readonly Route[]) =>
    routes.map((route) => ({
      target: `#${beatStateId(route.go)}`,
      actions: 'record' as const,
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
            actions: [
              { type: 'choose' as const, params: { beat: beat.id, choice: choice.id } },
              { type: 'record' as const },
              { type: 'cueConsequence' as const },
            ],
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
        entry: { type: 'reachEnding' as const, params: { beat: beat.id } },
        on: { 'beat.continue': { target: `#${DONE_STATE}`, actions: 'record' as const } },
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
      choose: assign(({ context }, params: { beat: string; choice: string }) => {
        const choice = findChoice(params.beat, params.choice);
        if (!choice) return {};
        const { effects, variant } = landing(choice, context);
        const meters = applyEffects(context.meters, effects);
        return {
          meters,
          lastChange: meterChange(context.meters, meters),
          lastVariant: variant,
          flags: addFlags(context.flags, choice.sets),
          steps: [...context.steps, { beat: params.beat, choice: params.choice }],
        };
      }),
      record: assign(({ context, event }) => ({ moves: [...context.moves, event] })),
      reachEnding: assign((_, params: { beat: string }) => ({ ending: params.beat })),
      cueConsequence: emit({ type: 'cue', cue: 'consequence' } as const),
    },
  }).createMachine({
    id: `scenario-${scenario.id}`,
    context: ({ input }) => {
      const played = scenario.contexts.find((c) => c.id === input.context) ?? scenario.contexts[0]!;
      return {
        scenario: scenario.id,
        context: played.id,
        meters: scenario.meters,
        flags: [],
        preconditions: played.preconditions,
        steps: [],
        moves: [],
        lastChange: {},
        lastVariant: -1,
      };
    },
    initial: scenario.start,
    states: { ...states, [DONE_STATE]: { id: DONE_STATE, type: 'final' } },
    output: ({ context }) => ({
      scenario: context.scenario,
      context: context.context,
      steps: context.steps,
      meters: context.meters,
      flags: context.flags,
      ...(context.ending ? { ending: context.ending } : {}),
    }),
  });
};

export type ScenarioMachine = ReturnType<typeof compileScenario>;
