import { assign, emit, enqueueActions, type StateValueFrom, sendTo, setup } from 'xstate';
import type { Move, PlayRecord } from '../domain/play.ts';
import { toPlayRecord } from '../domain/play-state.ts';
import { isWhole, ROOM_LIMITS } from '../domain/room-vote.ts';
import type { Scenario } from '../domain/scenario.ts';
import { compileScenario } from './compile-scenario.ts';
import {
  createGroupMachine,
  DEFAULT_DISCUSS_SECONDS,
  GROUP_EVENT_TYPES,
  type GroupContext,
  type GroupEvent,
  type RoomClock,
  type VoteRecord,
} from './group-machine.ts';
import type { PlayerEvent, PlayerOutput } from './player-types.ts';

export type SessionEvent =
  | { type: 'session.start' }
  | { type: 'session.title' }
  | { type: 'session.progress' }
  | { type: 'session.group' }
  | {
      type: 'group.start';
      scenario: string;
      context: string;
      discussSeconds: number;
      showMeters: boolean;
      /** More scenarios to run after this one, in order. */
      queue?: readonly { scenario: string; context: string }[];
    }
  | { type: 'group.continue' }
  | { type: 'group.plan'; scenario: string; context: string; discussSeconds: number; showMeters: boolean }
  | GroupEvent
  | { type: 'scenario.pick'; scenario: string; context?: string }
  | { type: 'play.quit' }
  | { type: 'play.resume'; scenario: string; context: string; moves: readonly Move[] }
  | { type: 'debrief.again' }
  | { type: 'debrief.choose' }
  | PlayerEvent;

export type SessionEmitted =
  | { type: 'cue'; cue: 'debrief' }
  | { type: 'play.finished'; play: PlayRecord }
  | { type: 'play.abandoned' };

export interface SessionContext {
  /** Ids of the scenarios that can be played, in the order they are offered. */
  readonly scenarios: readonly string[];
  readonly selected?: string;
  /** The organisational context chosen for it. */
  readonly selectedContext?: string;
  readonly lastPlay?: PlayRecord;
  /** Settings of the group session being run. */
  readonly group?: { readonly discussSeconds: number; readonly showMeters: boolean };
  /** Scenarios still to come in this group session. */
  readonly groupQueue?: readonly { readonly scenario: string; readonly context: string }[];
  /** Votes of the group session that just ended, for the group debrief. */
  readonly groupResult?: GroupContext;
  /** Every scenario this group session has played so far, in order: for a debrief over all of them. */
  readonly groupHistory?: readonly { readonly play: PlayRecord; readonly votes: readonly VoteRecord[] }[];
  /** Moves of a saved play, replayed into the player as soon as it starts. */
  readonly resume?: readonly Move[];
  readonly playsFinished: number;
}

export interface SessionInput {
  readonly scenarios: readonly Scenario[];
}

const PLAYER_ID = 'player';
const GROUP_ID = 'group';
const playingState = (id: string) => `play_${id}`;

/**
 * The flow of a session. Alone: title → choose a scenario → play → debrief → play again or choose
 * another; or title → my progress. In a room: title → group setup (→ session plan) → group session →
 * group debrief → the next queued scenario. Each top-level state is a screen (see session-view.ts).
 * Each valid scenario is compiled into a child statechart for a play and a group machine for a room,
 * invoked while it runs; a saved play is resumed by replaying its moves into the new child.
 */
export const createSessionMachine = (scenarios: readonly Scenario[], clock?: RoomClock) => {
  const actors = {
    ...Object.fromEntries(scenarios.map((s) => [s.id, compileScenario(s)])),
    ...Object.fromEntries(scenarios.map((s) => [`group:${s.id}`, createGroupMachine(s, clock)])),
  };
  const known = scenarios.map((s) => s.id);

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      emitted: {} as SessionEmitted,
    },
    actors,
    guards: {
      isKnownScenario: ({ event }) =>
        (event.type === 'scenario.pick' ||
          event.type === 'play.resume' ||
          event.type === 'group.start' ||
          event.type === 'group.plan') &&
        known.includes(event.scenario) &&
        (event.type !== 'group.start' && event.type !== 'group.plan'
          ? true
          : isWhole(event.discussSeconds, 1, ROOM_LIMITS.discussSeconds)),
      isSelected: ({ context }, params: { scenario: string }) => context.selected === params.scenario,
      hasQueue: ({ context }) => (context.groupQueue?.length ?? 0) > 0,
    },
    actions: {
      select: assign(({ event }) => {
        if (event.type === 'scenario.pick')
          return { selected: event.scenario, selectedContext: event.context, resume: [] };
        if (event.type === 'group.start' || event.type === 'group.plan') {
          return {
            groupQueue:
              event.type === 'group.start'
                ? (event.queue ?? []).filter((x) => known.includes(x.scenario))
                : [],
            groupHistory: [],
            selected: event.scenario,
            selectedContext: event.context,
            resume: [],
            group: { discussSeconds: event.discussSeconds, showMeters: event.showMeters },
          };
        }
        if (event.type === 'play.resume') {
          return { selected: event.scenario, selectedContext: event.context, resume: event.moves };
        }
        return {};
      }),
      replay: enqueueActions(({ context, enqueue }) => {
        for (const move of context.resume ?? []) enqueue.sendTo(PLAYER_ID, move);
        enqueue.assign({ resume: [] });
      }),
      forward: sendTo(PLAYER_ID, ({ event }) => event as PlayerEvent),
      forwardGroup: sendTo(GROUP_ID, ({ event }) => event as GroupEvent),
      nextInQueue: assign(({ context }) => {
        const [next, ...rest] = context.groupQueue ?? [];
        return next ? { selected: next.scenario, selectedContext: next.context, groupQueue: rest } : {};
      }),
      keepGroupResult: assign(({ context }, params: { result: GroupContext }) => ({
        groupResult: params.result,
        groupHistory: [
          ...(context.groupHistory ?? []),
          { play: toPlayRecord(params.result.play), votes: params.result.votes },
        ],
      })),
      finish: assign(({ context }, params: { play: PlayerOutput }) => ({
        lastPlay: params.play,
        playsFinished: context.playsFinished + 1,
      })),
      cueDebrief: emit({ type: 'cue', cue: 'debrief' } as const),
      announceFinished: emit(({ context }) => ({ type: 'play.finished' as const, play: context.lastPlay! })),
      announceAbandoned: emit({ type: 'play.abandoned' } as const),
    },
  }).createMachine({
    id: 'session',
    context: { scenarios: known, playsFinished: 0 },
    initial: 'title',
    states: {
      title: {
        on: {
          'session.start': 'choosing',
          'session.progress': 'progress',
          'session.group': 'groupSetup',
          // Offered on the title screen only: nothing can pull a room or a play elsewhere into it.
          'play.resume': { guard: 'isKnownScenario', target: 'playing', actions: 'select' },
        },
      },
      groupSetup: {
        on: {
          'group.start': { guard: 'isKnownScenario', target: 'group', actions: 'select' },
          'group.plan': { guard: 'isKnownScenario', target: 'groupPlan', actions: 'select' },
          'session.title': 'title',
        },
      },
      groupPlan: { on: { 'session.group': 'groupSetup', 'session.title': 'title' } },
      group: {
        initial: 'starting',
        on: {
          ...Object.fromEntries(
            GROUP_EVENT_TYPES.map((type) => [type, { actions: 'forwardGroup' as const }]),
          ),
          'session.title': '#session.title',
        },
        states: {
          starting: {
            always: known.map((id) => ({
              guard: { type: 'isSelected' as const, params: { scenario: id } },
              target: `group_${id}`,
            })),
          },
          ...Object.fromEntries(
            known.map((id) => [
              `group_${id}`,
              {
                invoke: {
                  id: GROUP_ID,
                  src: `group:${id}`,
                  input: ({ context }: { context: SessionContext }) => ({
                    ...(context.selectedContext ? { context: context.selectedContext } : {}),
                    discussSeconds: context.group?.discussSeconds ?? DEFAULT_DISCUSS_SECONDS,
                    showMeters: context.group?.showMeters ?? true,
                  }),
                  onDone: {
                    target: '#session.groupDebrief',
                    actions: {
                      type: 'keepGroupResult' as const,
                      params: ({ event }: { event: { output: GroupContext } }) => ({ result: event.output }),
                    },
                  },
                },
              },
            ]),
          ),
        },
      },
      groupDebrief: {
        on: {
          'group.continue': { guard: 'hasQueue', target: 'group', actions: 'nextInQueue' },
          'session.title': 'title',
          'session.group': 'groupSetup',
        },
      },
      progress: { on: { 'session.title': 'title' } },
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
          'play.quit': { target: '#session.choosing', actions: 'announceAbandoned' },
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
                entry: 'replay',
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
        entry: ['announceFinished', 'cueDebrief'],
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
/** The session's top-level states; each is a screen (see session-view.ts). */
export type SessionState = TopState<StateValueFrom<SessionMachine>>;
type TopState<V> = V extends string ? V : keyof V & string;

export { GROUP_ID, PLAYER_ID };
