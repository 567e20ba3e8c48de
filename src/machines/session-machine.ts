import { assign, emit, sendTo, setup } from 'xstate';
import type { PlayRecord } from '../domain/play.ts';
import type { Scenario } from '../domain/scenario.ts';
import { compileScenario } from './compile-scenario.ts';
import type { PlayerEvent, PlayerOutput } from './player-types.ts';

export type SessionEvent =
  | { type: 'session.start' }
  | { type: 'session.title' }
  | { type: 'scenario.pick'; scenario: string; context?: string }
  | { type: 'play.quit' }
  | { type: 'debrief.again' }
  | { type: 'debrief.choose' }
  | PlayerEvent;

export type SessionEmitted = { type: 'cue'; cue: 'debrief' };

export interface SessionContext {
  /** Ids of the scenarios that can be played, in the order they are offered. */
  readonly scenarios: readonly string[];
  readonly selected?: string;
  /** The organisational context chosen for it. */
  readonly selectedContext?: string;
  readonly lastPlay?: PlayRecord;
  readonly playsFinished: number;
}

export interface SessionInput {
  readonly scenarios: readonly Scenario[];
}

const PLAYER_ID = 'player';
const playingState = (id: string) => `play_${id}`;

/**
 * The flow of a session: title → choose a scenario → play → debrief → play again or choose another.
 * Each valid scenario is compiled into its own child statechart, invoked while it is played.
 */
export const createSessionMachine = (scenarios: readonly Scenario[]) => {
  const actors = Object.fromEntries(scenarios.map((s) => [s.id, compileScenario(s)]));
  const known = scenarios.map((s) => s.id);

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      emitted: {} as SessionEmitted,
    },
    actors,
    guards: {
      isKnownScenario: ({ event }) => event.type === 'scenario.pick' && known.includes(event.scenario),
      isSelected: ({ context }, params: { scenario: string }) => context.selected === params.scenario,
    },
    actions: {
      select: assign(({ event }) =>
        event.type === 'scenario.pick' ? { selected: event.scenario, selectedContext: event.context } : {},
      ),
      forward: sendTo(PLAYER_ID, ({ event }) => event as PlayerEvent),
      finish: assign(({ context }, params: { play: PlayerOutput }) => ({
        lastPlay: params.play,
        playsFinished: context.playsFinished + 1,
      })),
      cueDebrief: emit({ type: 'cue', cue: 'debrief' } as const),
    },
  }).createMachine({
    id: 'session',
    context: { scenarios: known, playsFinished: 0 },
    initial: 'title',
    states: {
      title: { on: { 'session.start': 'choosing' } },
      choosing: {
        on: {
          'scenario.pick': { guard: 'isKnownScenario', target: 'playing', actions: 'select' },
          'session.title': 'title',
        },
      },
      playing: {
        initial: 'starting',
        on: {
          'beat.continue': { actions: 'forward' },
          'choice.select': { actions: 'forward' },
          'play.quit': '#session.choosing',
          'session.title': '#session.title',
        },
        states: {
          starting: {
            always: known.map((id) => ({
              guard: { type: 'isSelected' as const, params: { scenario: id } },
              target: playingState(id),
            })),
          },
          ...Object.fromEntries(
            known.map((id) => [
              playingState(id),
              {
                invoke: {
                  id: PLAYER_ID,
                  src: id,
                  input: ({ context }: { context: SessionContext }) =>
                    context.selectedContext ? { context: context.selectedContext } : {},
                  onDone: {
                    target: '#session.debrief',
                    actions: {
                      type: 'finish' as const,
                      params: ({ event }: { event: { output: PlayerOutput } }) => ({ play: event.output }),
                    },
                  },
                },
              },
            ]),
          ),
        },
      },
      debrief: {
        entry: 'cueDebrief',
        on: {
          'debrief.again': 'playing',
          'debrief.choose': 'choosing',
          'session.title': 'title',
        },
      },
    },
  });
};

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export { PLAYER_ID };
