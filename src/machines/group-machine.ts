import { assign, getInitialSnapshot, getNextSnapshot, setup } from 'xstate';
import type { Move } from '../domain/progress.ts';
import { type RoomRule, roomOutcome, ruleFor, type Tally } from '../domain/room-vote.ts';
import type { DecisionBeat, Scenario } from '../domain/scenario.ts';
import { compileScenario } from './compile-scenario.ts';
import { CHOOSING } from './player-types.ts';

/** The phases of one decision in a room: read it together, talk, count hands, reveal, settle. */
export type GroupPhase = 'reading' | 'present' | 'discuss' | 'tally' | 'reveal' | 'finished';

export interface VoteRecord {
  readonly beat: string;
  readonly tally: Tally;
  readonly choice: string;
  readonly rule: RoomRule;
}

export interface GroupContext {
  readonly context: string;
  readonly moves: readonly Move[];
  readonly tally: Tally;
  /** The trainer's pick after the reveal, when it is not simply the majority. */
  readonly picked?: string;
  readonly timer: { readonly totalMs: number; readonly leftMs: number; readonly running: boolean };
  readonly showMeters: boolean;
  readonly votes: readonly VoteRecord[];
  /** Earlier states, newest last, so an accidental key press can be undone. */
  readonly past: readonly Omit<GroupState, 'past'>[];
}

interface GroupState extends Omit<GroupContext, 'past'> {
  readonly phase: GroupPhase;
  readonly past?: never;
}

export interface GroupInput {
  readonly context?: string;
  readonly discussSeconds: number;
  readonly showMeters: boolean;
}

export type GroupEvent =
  | { type: 'group.next' }
  | { type: 'group.back' }
  | { type: 'group.undo' }
  | { type: 'timer.tick'; ms: number }
  | { type: 'timer.toggle' }
  | { type: 'timer.adjust'; seconds: number }
  | { type: 'tally.set'; choice: string; count: number }
  | { type: 'tally.adjust'; choice: string; delta: number }
  | { type: 'tally.majority'; choice: string }
  | { type: 'reveal.pick'; choice: string };

const UNDO_DEPTH = 30;
const PHASES: readonly GroupPhase[] = ['reading', 'present', 'discuss', 'tally', 'reveal', 'finished'];

/**
 * A group session over one scenario: the room's choice drives the same statechart a player plays
 * alone. The play itself is kept as the list of moves, replayed with `getNextSnapshot`, so stepping
 * back a decision or restoring after a refresh is exact. Time arrives as `timer.tick` events.
 */
const compiled = new WeakMap<Scenario, ReturnType<typeof compileScenario>>();

/** The scenario's own statechart after these moves: where a group (or a saved play) stands. */
export const replayMoves = (scenario: Scenario, context: string, moves: readonly Move[]) => {
  let player = compiled.get(scenario);
  if (!player) {
    player = compileScenario(scenario);
    compiled.set(scenario, player);
  }
  const machine = player;
  return moves.reduce(
    (snap, move) => getNextSnapshot(machine, snap, move),
    getInitialSnapshot(machine, { context }),
  );
};

export const createGroupMachine = (scenario: Scenario) => {
  const replay = (context: string, moves: readonly Move[]) => replayMoves(scenario, context, moves);

  /** The decision being voted on, when the play stands at one. */
  const decisionAt = (c: GroupContext): DecisionBeat | undefined => {
    const snap = replay(c.context, c.moves);
    const value = snap.value;
    if (typeof value === 'string') return undefined;
    const [beat, inner] = Object.entries(value as Record<string, string>)[0]!;
    const found = scenario.beats[beat];
    return found?.kind === 'decision' && inner === CHOOSING ? found : undefined;
  };
  const choiceIds = (c: GroupContext) => decisionAt(c)?.decision.choices.map((x) => x.id) ?? [];
  /** The room's choice as settled: the trainer's pick, else the clear majority. */
  const settled = (c: GroupContext): string | undefined => {
    if (c.picked) return c.picked;
    const outcome = roomOutcome(choiceIds(c), c.tally);
    return outcome.kind === 'majority' ? outcome.choice : undefined;
  };
  const snapshotOf = (c: GroupContext, phase: GroupPhase): Omit<GroupState, 'past'> => {
    const { past: _, ...rest } = c;
    return { ...rest, phase };
  };

  return setup({
    types: { context: {} as GroupContext, events: {} as GroupEvent, input: {} as GroupInput },
    guards: {
      playerDone: ({ context }) => replay(context.context, context.moves).status === 'done',
      atDecision: ({ context }) => decisionAt(context) !== undefined,
      isSettled: ({ context }) => settled(context) !== undefined,
      knownChoice: ({ context, event }) => 'choice' in event && choiceIds(context).includes(event.choice),
      canUndoTo: ({ context }, params: { phase: GroupPhase }) => context.past.at(-1)?.phase === params.phase,
      afterDecision: ({ context }) =>
        context.moves.at(-1)?.type === 'choice.select' && context.votes.length > 0,
    },
    actions: {
      remember: assign(({ context }, params: { phase: GroupPhase }) => ({
        past: [...context.past, snapshotOf(context, params.phase)].slice(-UNDO_DEPTH),
      })),
      continueStory: assign(({ context }) => ({
        moves: [...context.moves, { type: 'beat.continue' } as const],
      })),
      startTimer: assign(({ context }) => ({
        timer: { ...context.timer, leftMs: context.timer.totalMs, running: true },
      })),
      tick: assign(({ context, event }) => {
        if (event.type !== 'timer.tick' || !context.timer.running) return {};
        const leftMs = Math.max(0, context.timer.leftMs - Math.max(0, event.ms));
        return { timer: { ...context.timer, leftMs, running: leftMs > 0 } };
      }),
      toggleTimer: assign(({ context }) => ({
        timer: { ...context.timer, running: !context.timer.running && context.timer.leftMs > 0 },
      })),
      adjustTimer: assign(({ context, event }) => {
        if (event.type !== 'timer.adjust') return {};
        const leftMs = Math.max(0, context.timer.leftMs + event.seconds * 1000);
        return { timer: { ...context.timer, leftMs, running: context.timer.running && leftMs > 0 } };
      }),
      setCount: assign(({ context, event }) => {
        if (event.type === 'tally.set')
          return { tally: { ...context.tally, [event.choice]: Math.max(0, Math.round(event.count)) } };
        if (event.type === 'tally.adjust') {
          return {
            tally: {
              ...context.tally,
              [event.choice]: Math.max(0, (context.tally[event.choice] ?? 0) + event.delta),
            },
          };
        }
        if (event.type === 'tally.majority') return { tally: { [event.choice]: 1 } };
        return {};
      }),
      pick: assign(({ event }) => (event.type === 'reveal.pick' ? { picked: event.choice } : {})),
      decide: assign(({ context }) => {
        const choice = settled(context)!;
        const beat = decisionAt(context)!;
        return {
          moves: [...context.moves, { type: 'choice.select' as const, choice }],
          votes: [
            ...context.votes,
            {
              beat: beat.id,
              tally: context.tally,
              choice,
              rule: ruleFor(choiceIds(context), context.tally, choice),
            },
          ],
          tally: {},
          picked: undefined,
        };
      }),
      /** Back to the vote of the last decision: its choice is taken back, its counts kept to adjust. */
      reopenVote: assign(({ context }) => {
        const last = context.votes.at(-1)!;
        const cut = context.moves.findLastIndex((m) => m.type === 'choice.select');
        return {
          moves: context.moves.slice(0, cut),
          votes: context.votes.slice(0, -1),
          tally: last.tally,
          picked: undefined,
        };
      }),
      undo: assign(({ context }) => {
        const previous = context.past.at(-1);
        if (!previous) return {};
        const { phase: _, ...restored } = previous;
        return { ...restored, past: context.past.slice(0, -1) };
      }),
    },
  }).createMachine({
    id: 'group',
    context: ({ input }) => ({
      context: input.context ?? scenario.contexts[0]!.id,
      moves: [],
      tally: {},
      timer: { totalMs: input.discussSeconds * 1000, leftMs: input.discussSeconds * 1000, running: false },
      showMeters: input.showMeters,
      votes: [],
      past: [],
    }),
    initial: 'route',
    on: {
      'group.undo': PHASES.map((phase) => ({
        guard: { type: 'canUndoTo' as const, params: { phase } },
        target: `.${phase}`,
        actions: 'undo' as const,
      })),
    },
    output: ({ context }) => context,
    states: {
      /** Where the story stands decides the phase: a decision to vote on, more to read, or the end. */
      route: {
        always: [
          { guard: 'playerDone', target: 'finished' },
          { guard: 'atDecision', target: 'present' },
          { target: 'reading' },
        ],
      },
      reading: {
        on: {
          'group.next': {
            target: 'route',
            actions: [{ type: 'remember', params: { phase: 'reading' } }, 'continueStory'],
          },
          'group.back': {
            guard: 'afterDecision',
            target: 'tally',
            actions: [{ type: 'remember', params: { phase: 'reading' } }, 'reopenVote'],
          },
        },
      },
      present: {
        on: {
          'group.next': {
            target: 'discuss',
            actions: [{ type: 'remember', params: { phase: 'present' } }, 'startTimer'],
          },
        },
      },
      discuss: {
        on: {
          'timer.tick': { actions: 'tick' },
          'timer.toggle': { actions: [{ type: 'remember', params: { phase: 'discuss' } }, 'toggleTimer'] },
          'timer.adjust': { actions: [{ type: 'remember', params: { phase: 'discuss' } }, 'adjustTimer'] },
          'group.next': { target: 'tally', actions: { type: 'remember', params: { phase: 'discuss' } } },
          'group.back': { target: 'present', actions: { type: 'remember', params: { phase: 'discuss' } } },
        },
      },
      tally: {
        on: {
          'tally.set': {
            guard: 'knownChoice',
            actions: [{ type: 'remember', params: { phase: 'tally' } }, 'setCount'],
          },
          'tally.adjust': {
            guard: 'knownChoice',
            actions: [{ type: 'remember', params: { phase: 'tally' } }, 'setCount'],
          },
          'tally.majority': {
            guard: 'knownChoice',
            actions: [{ type: 'remember', params: { phase: 'tally' } }, 'setCount'],
          },
          'group.next': { target: 'reveal', actions: { type: 'remember', params: { phase: 'tally' } } },
          'group.back': { target: 'discuss', actions: { type: 'remember', params: { phase: 'tally' } } },
        },
      },
      reveal: {
        on: {
          'reveal.pick': {
            guard: 'knownChoice',
            actions: [{ type: 'remember', params: { phase: 'reveal' } }, 'pick'],
          },
          'group.next': {
            guard: 'isSettled',
            target: 'route',
            actions: [{ type: 'remember', params: { phase: 'reveal' } }, 'decide'],
          },
          'group.back': { target: 'tally', actions: { type: 'remember', params: { phase: 'reveal' } } },
        },
      },
      finished: { type: 'final' },
    },
  });
};

export type GroupMachine = ReturnType<typeof createGroupMachine>;
