import { type DecisionMarker, decisionMarker } from '../domain/decision-count.ts';
import type { PlayRecord } from '../domain/play.ts';
import { beatOf, contextOf, toPlayRecord } from '../domain/play-state.ts';
import {
  type RoomOutcome,
  type RoomRule,
  roomOutcome,
  ruleFor,
  type Tally,
  totalVotes,
  VOTE_LETTERS,
} from '../domain/room-vote.ts';
import type { Beat, Choice, PlayContext, Scenario } from '../domain/scenario.ts';
import type { Meter, Meters } from '../domain/vocabulary.ts';
import { type GroupContext, type GroupPhase, roomTally, type VoteRecord } from './group-machine.ts';

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
  readonly consequence?: {
    readonly choice: GroupChoiceView;
    readonly text: Choice['consequence'];
    /** How the meters moved with the room's choice. */
    readonly change: Partial<Record<Meter, number>>;
  };
  readonly choices: readonly GroupChoiceView[];
  /** Every vote: hands and phones together. */
  readonly tally: Tally;
  /** Of those, the votes cast on phones. */
  readonly phones: Tally;
  readonly phoneVotes: number;
  readonly votesCounted: number;
  readonly outcome: RoomOutcome;
  readonly picked?: string;
  /** How the trainer's pick stands to the votes: the majority itself, breaking a tie, an override, or no votes. */
  readonly pickRule?: RoomRule;
  readonly timer: GroupContext['timer'];
  readonly showMeters: boolean;
  readonly meters: Meters;
  readonly votes: readonly VoteRecord[];
  readonly decisionNumber: number;
  /** "Decision `current` of `fewest`–`most`": where the room stands among the decisions of its path. */
  readonly marker: DecisionMarker;
  readonly canUndo: boolean;
}

const withLetters = (choices: readonly Choice[]): GroupChoiceView[] =>
  choices
    .slice(0, VOTE_LETTERS.length)
    .map((choice, i) => ({ id: choice.id, letter: VOTE_LETTERS[i]!, choice }));

/** The phase a group session's state value stands for (the discussion has inner states for its clock). */
export const groupPhaseOf = (value: unknown): GroupPhase =>
  (typeof value === 'string' ? value : Object.keys(value as object)[0]) as GroupPhase;

export const toGroupView = (scenario: Scenario, phase: GroupPhase, group: GroupContext): GroupView => {
  const { play } = group;
  const beat = beatOf(scenario, play);
  const choices = beat.kind === 'decision' ? withLetters(beat.decision.choices) : [];
  const chosen = choices.find((c) => c.id === play.chosen);
  const tally = roomTally(group);
  const phones = group.phones ?? {};
  return {
    screen: 'group',
    scenario,
    context: contextOf(scenario, play.context),
    phase,
    beat,
    ...(chosen
      ? {
          consequence: {
            choice: chosen,
            text: chosen.choice.variants[play.lastVariant]?.consequence ?? chosen.choice.consequence,
            change: play.lastChange,
          },
        }
      : {}),
    choices,
    tally,
    phones,
    phoneVotes: totalVotes(phones),
    votesCounted: totalVotes(tally),
    outcome: roomOutcome(
      choices.map((c) => c.id),
      tally,
    ),
    ...(group.picked
      ? {
          picked: group.picked,
          pickRule: ruleFor(
            choices.map((c) => c.id),
            tally,
            group.picked,
          ),
        }
      : {}),
    timer: group.timer,
    showMeters: group.showMeters,
    meters: play.meters,
    votes: group.votes,
    decisionNumber: group.votes.length + (phase === 'reading' ? 0 : 1),
    marker: decisionMarker(scenario, play.beat, play.steps.length, play.chosen),
    canUndo: group.past.length > 0,
  };
};

/** The room's play as a play record, so the solo debrief maths serve the group debrief too. */
export const groupPlayRecord = (group: GroupContext): PlayRecord => toPlayRecord(group.play);
