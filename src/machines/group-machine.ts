import { and, assign, fromCallback, not, setup } from 'xstate';
import type { Move } from '../domain/play.ts';
import { advance, decisionAt, type PlayState, replay, start as startPlay } from '../domain/play-state.ts';
import {
  isDuration,
  isWhole,
  ROOM_LIMITS,
  type RoomRule,
  roomOutcome,
  ruleFor,
  type Tally,
} from '../domain/room-vote.ts';
import type { Scenario } from '../domain/scenario.ts';

/** The phases of one decision in a room: read it together, talk, count hands, reveal, settle. */
export const GROUP_PHASES = ['reading', 'present', 'discuss', 'tally', 'reveal', 'finished'] as const;
export type GroupPhase = (typeof GROUP_PHASES)[number];

/** The discussion time a trainer starts from when none is chosen. */
export const DEFAULT_DISCUSS_SECONDS = 180;

export interface VoteRecord {
  readonly beat: string;
  /** Hands and phones together: what the room's choice was settled on. */
  readonly tally: Tally;
  /** Of those, the votes cast on phones. */
  readonly phones?: Tally;
  readonly choice: string;
  readonly rule: RoomRule;
}

export interface GroupContext {
  /** The room's play, kept by the same rule engine a player alone is played by. */
  readonly play: PlayState;
  /** Hands counted by the trainer. */
  readonly tally: Tally;
  /** Votes cast on phones for the decision at hand, as the room server last counted them. */
  readonly phones: Tally;
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
  | { type: 'reveal.pick'; choice: string }
  | { type: 'phones.set'; tally: Readonly<Record<string, number>> };

/** Every group event type, once: the compiler holds this table to the union above, both ways. */
const GROUP_EVENT_TABLE = {
  'group.next': true,
  'group.back': true,
  'group.undo': true,
  'timer.tick': true,
  'timer.toggle': true,
  'timer.adjust': true,
  'tally.set': true,
  'tally.adjust': true,
  'tally.majority': true,
  'reveal.pick': true,
  'phones.set': true,
} as const satisfies Record<GroupEvent['type'], true>;
export const GROUP_EVENT_TYPES = Object.keys(GROUP_EVENT_TABLE) as GroupEvent['type'][];

/**
 * Counts real time while the discussion timer runs: the outside world supplies the clock (so the
 * machines never read one), and the machine hears only how many milliseconds passed.
 */
export type RoomClock = (onTick: (ms: number) => void) => () => void;
/** Without a clock supplied, time passes only by explicit `timer.tick` events (tests, replays). */
const NO_CLOCK: RoomClock = () => () => undefined;

const UNDO_DEPTH = 30;

/**
 * A group session over one scenario: the room's choice drives the same rule engine a player alone
 * is played by, and the guards read where that play stands. Stepping back a decision replays the
 * room's moves; undo restores an earlier context. Time arrives as `timer.tick` events, from the clock
 * actor that runs only while the discussion timer does.
 */
const discussMs = (input: GroupInput): number =>
  (isWhole(input.discussSeconds, 1, ROOM_LIMITS.discussSeconds)
    ? input.discussSeconds
    : DEFAULT_DISCUSS_SECONDS) * 1000;

/** Hands and phones together: every vote in the room counts once, however it was cast. */
export const roomTally = (c: Pick<GroupContext, 'tally' | 'phones'>): Tally => {
  const sum: Record<string, number> = { ...c.tally };
  for (const [choice, n] of Object.entries(c.phones ?? {})) sum[choice] = (sum[choice] ?? 0) + n;
  return sum;
};

/** Less what the phones cast: the hands of a recorded vote. */
const handsOf = (record: VoteRecord): Tally =>
  Object.fromEntries(
    Object.entries(record.tally).map(([choice, n]) => [
      choice,
      Math.max(0, n - (record.phones?.[choice] ?? 0)),
    ]),
  );

export const createGroupMachine = (scenario: Scenario, clock: RoomClock = NO_CLOCK) => {
  const choiceIds = (c: GroupContext) =>
    decisionAt(scenario, c.play)?.decision.choices.map((x) => x.id) ?? [];
  /** The room's choice as settled: the trainer's pick, else the clear majority. */
  const settled = (c: GroupContext): string | undefined => {
    if (c.picked) return c.picked;
    const outcome = roomOutcome(choiceIds(c), roomTally(c));
    return outcome.kind === 'majority' ? outcome.choice : undefined;
  };
  const snapshotOf = (c: GroupContext, phase: GroupPhase): Omit<GroupState, 'past'> => {
    const { past: _, ...rest } = c;
    return { ...rest, phase };
  };
  const move = (c: GroupContext, m: Move): PlayState => advance(scenario, c.play, m) ?? c.play;

  return setup({
    types: { context: {} as GroupContext, events: {} as GroupEvent, input: {} as GroupInput },
    actors: {
      clock: fromCallback(({ sendBack }) => clock((ms) => sendBack({ type: 'timer.tick', ms }))),
    },
    guards: {
      playerDone: ({ context }) => context.play.done,
      atDecision: ({ context }) => decisionAt(scenario, context.play) !== undefined,
      timerRunning: ({ context }) => context.timer.running,
      isSettled: ({ context }) => settled(context) !== undefined,
      knownChoice: ({ context, event }) => 'choice' in event && choiceIds(context).includes(event.choice),
      /** Phone counts name only this decision's options, with whole numbers in the room's bounds. */
      knownPhoneTally: ({ context, event }) =>
        event.type === 'phones.set' &&
        Object.entries(event.tally).every(
          ([choice, n]) => choiceIds(context).includes(choice) && isWhole(n, 0, ROOM_LIMITS.votes),
        ),
      /** Numbers from a key press, a button or another window: whole, and within the room's bounds. */
      saneNumbers: ({ event }) => {
        switch (event.type) {
          case 'tally.set':
            return isWhole(event.count, 0, ROOM_LIMITS.votes);
          case 'tally.adjust':
            return isWhole(event.delta, -ROOM_LIMITS.votes, ROOM_LIMITS.votes);
          case 'timer.adjust':
            return isWhole(event.seconds, -ROOM_LIMITS.discussSeconds, ROOM_LIMITS.discussSeconds);
          case 'timer.tick':
            return isDuration(event.ms);
          default:
            return true;
        }
      },
      canUndoTo: ({ context }, params: { phase: GroupPhase }) => context.past.at(-1)?.phase === params.phase,
      afterDecision: ({ context }) =>
        context.play.moves.at(-1)?.type === 'choice.select' && context.votes.length > 0,
    },
    actions: {
      remember: assign(({ context }, params: { phase: GroupPhase }) => ({
        past: [...context.past, snapshotOf(context, params.phase)].slice(-UNDO_DEPTH),
      })),
      continueStory: assign(({ context }) => ({ play: move(context, { type: 'beat.continue' }) })),
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
        const leftMs = Math.min(
          ROOM_LIMITS.discussSeconds * 1000,
          Math.max(0, context.timer.leftMs + event.seconds * 1000),
        );
        return { timer: { ...context.timer, leftMs, running: context.timer.running && leftMs > 0 } };
      }),
      setCount: assign(({ context, event }) => {
        if (event.type === 'tally.set') return { tally: { ...context.tally, [event.choice]: event.count } };
        if (event.type === 'tally.adjust') {
          return {
            tally: {
              ...context.tally,
              [event.choice]: Math.min(
                ROOM_LIMITS.votes,
                Math.max(0, (context.tally[event.choice] ?? 0) + event.delta),
              ),
            },
          };
        }
        if (event.type === 'tally.majority') return { tally: { [event.choice]: 1 } };
        return {};
      }),
      pick: assign(({ event }) => (event.type === 'reveal.pick' ? { picked: event.choice } : {})),
      setPhones: assign(({ event }) => (event.type === 'phones.set' ? { phones: { ...event.tally } } : {})),
      decide: assign(({ context }) => {
        const choice = settled(context)!;
        const beat = decisionAt(scenario, context.play)!;
        return {
          play: move(context, { type: 'choice.select', choice }),
          votes: [
            ...context.votes,
            {
              beat: beat.id,
              tally: roomTally(context),
              ...(Object.keys(context.phones ?? {}).length ? { phones: context.phones } : {}),
              choice,
              rule: ruleFor(choiceIds(context), roomTally(context), choice),
            },
          ],
          tally: {},
          phones: {},
          picked: undefined,
        };
      }),
      /** Back to the vote of the last decision: its choice is taken back, its counts kept to adjust. */
      reopenVote: assign(({ context }) => {
        const last = context.votes.at(-1)!;
        const moves = context.play.moves;
        const cut = moves.findLastIndex((m) => m.type === 'choice.select');
        return {
          play: replay(scenario, context.play.context, moves.slice(0, cut)),
          votes: context.votes.slice(0, -1),
          tally: handsOf(last),
          phones: last.phones ?? {},
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
      play: startPlay(scenario, input.context),
      tally: {},
      phones: {},
      timer: { totalMs: discussMs(input), leftMs: discussMs(input), running: false },
      showMeters: input.showMeters,
      votes: [],
      past: [],
    }),
    initial: 'route',
    on: {
      // Phones vote from the discussion on; their count is not a trainer's act, so it is not undone.
      'phones.set': { guard: 'knownPhoneTally', actions: 'setPhones' },
      'group.undo': GROUP_PHASES.map((phase) => ({
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
        initial: 'paused',
        states: {
          /** The clock exists only while the timer runs. */
          running: { invoke: { src: 'clock' }, always: { guard: not('timerRunning'), target: 'paused' } },
          paused: { always: { guard: 'timerRunning', target: 'running' } },
        },
        on: {
          'timer.tick': { guard: 'saneNumbers', actions: 'tick' },
          'timer.toggle': { actions: [{ type: 'remember', params: { phase: 'discuss' } }, 'toggleTimer'] },
          'timer.adjust': {
            guard: 'saneNumbers',
            actions: [{ type: 'remember', params: { phase: 'discuss' } }, 'adjustTimer'],
          },
          'group.next': { target: 'tally', actions: { type: 'remember', params: { phase: 'discuss' } } },
          'group.back': { target: 'present', actions: { type: 'remember', params: { phase: 'discuss' } } },
        },
      },
      tally: {
        on: {
          'tally.set': {
            guard: and(['knownChoice', 'saneNumbers']),
            actions: [{ type: 'remember', params: { phase: 'tally' } }, 'setCount'],
          },
          'tally.adjust': {
            guard: and(['knownChoice', 'saneNumbers']),
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
