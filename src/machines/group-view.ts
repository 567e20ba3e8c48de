import type { PlayRecord } from '../domain/play.ts';
import type { Move } from '../domain/progress.ts';
import { type RoomOutcome, roomOutcome, type Tally, totalVotes, VOTE_LETTERS } from '../domain/room-vote.ts';
import type { Beat, Choice, PlayContext, Scenario } from '../domain/scenario.ts';
import type { Meters } from '../domain/vocabulary.ts';
import { type GroupContext, type GroupPhase, replayMoves, type VoteRecord } from './group-machine.ts';
import { CHOOSING, type PlayerContext } from './player-types.ts';

export interface GroupChoiceView {
  readonly id: string;
  readonly letter: (typeof VOTE_LETTERS)[number];
  readonly choice: Choice;
}

/** What the projector and the trainer see of a group session: presentation data, no rules. */
export interface GroupView {
  readonly screen: 'group';
  readonly scenario: Scenario;
  readonly context: PlayContext;
  readonly phase: GroupPhase;
  readonly beat: Beat;
  /** The room's choice just made, while its consequence is read. */
  readonly consequence?: { readonly choice: GroupChoiceView; readonly text: Choice['consequence'] };
  readonly choices: readonly GroupChoiceView[];
  readonly tally: Tally;
  readonly votesCounted: number;
  readonly outcome: RoomOutcome;
  readonly picked?: string;
  readonly timer: GroupContext['timer'];
  readonly showMeters: boolean;
  readonly meters: Meters;
  readonly votes: readonly VoteRecord[];
  readonly decisionNumber: number;
  readonly canUndo: boolean;
}

const withLetters = (choices: readonly Choice[]): GroupChoiceView[] =>
  choices
    .slice(0, VOTE_LETTERS.length)
    .map((choice, i) => ({ id: choice.id, letter: VOTE_LETTERS[i]!, choice }));

export const toGroupView = (scenario: Scenario, phase: GroupPhase, group: GroupContext): GroupView => {
  const snap = replayMoves(scenario, group.context, group.moves as Move[]);
  const player = snap.context as PlayerContext;
  const value = snap.value;
  const beatId = typeof value === 'string' ? value : Object.keys(value as object)[0]!;
  const inner = typeof value === 'string' ? undefined : (value as Record<string, string>)[beatId];
  const beat = scenario.beats[beatId] ?? scenario.beats[player.ending ?? scenario.start]!;
  const choices = beat.kind === 'decision' ? withLetters(beat.decision.choices) : [];
  const last = player.steps.at(-1);
  const chosen =
    beat.kind === 'decision' && inner !== CHOOSING && last
      ? choices.find((c) => c.id === last.choice)
      : undefined;
  const context = scenario.contexts.find((c) => c.id === group.context) ?? scenario.contexts[0]!;
  return {
    screen: 'group',
    scenario,
    context,
    phase,
    beat,
    ...(chosen
      ? {
          consequence: {
            choice: chosen,
            text: chosen.choice.variants[player.lastVariant]?.consequence ?? chosen.choice.consequence,
          },
        }
      : {}),
    choices,
    tally: group.tally,
    votesCounted: totalVotes(group.tally),
    outcome: roomOutcome(
      choices.map((c) => c.id),
      group.tally,
    ),
    ...(group.picked ? { picked: group.picked } : {}),
    timer: group.timer,
    showMeters: group.showMeters,
    meters: player.meters,
    votes: group.votes,
    decisionNumber: group.votes.length + (phase === 'reading' ? 0 : 1),
    canUndo: group.past.length > 0,
  };
};

/** The room's play as a play record, so the solo debrief maths serve the group debrief too. */
export const groupPlayRecord = (scenario: Scenario, group: GroupContext): PlayRecord => {
  const player = replayMoves(scenario, group.context, group.moves as Move[]).context as PlayerContext;
  return {
    scenario: scenario.id,
    context: group.context,
    steps: player.steps,
    meters: player.meters,
    flags: player.flags,
    ...(player.ending ? { ending: player.ending } : {}),
  };
};
