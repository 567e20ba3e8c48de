import { buildDebrief, type Debrief } from './debrief.ts';
import type { PlayRecord, Step } from './play.ts';
import { followSteps, toPlayRecord } from './play-state.ts';
import { choiceOf, readDecisionKey, type VoteLetter } from './room-decision.ts';
import type { Scenario } from './scenario.ts';

/**
 * A phone's own debrief of a group session: what the room chose beside what this phone voted. The
 * competencies, tensions and strategies are those of the phone's OWN votes (what this person leaned
 * on), while the story's course — meters and ending — is the room's, since the room's choices are
 * what the scenario followed.
 */

/** One decision the room took, and how this phone voted on it. */
export interface PhoneDebriefRow {
  readonly beat: string;
  /** The room's choice. */
  readonly room: string;
  /** This phone's vote, if it voted. */
  readonly mine?: string;
  readonly agreed: boolean;
}

export interface PhoneDebrief {
  readonly rows: readonly PhoneDebriefRow[];
  /** How many of the room's decisions this phone voted on, and how many of those it agreed with. */
  readonly voted: number;
  readonly agreed: number;
  readonly debrief: Debrief;
}

/** The room's steps that fit the scenario: each a decision beat with one of its choices. */
const fitting = (scenario: Scenario, steps: readonly Step[]): Step[] =>
  steps.filter((s) => {
    const beat = scenario.beats[s.beat];
    return beat?.kind === 'decision' && beat.decision.choices.some((c) => c.id === s.choice);
  });

/** Each decision of the room's path with this phone's vote beside it (a vote for another option of it, or none). */
export const phoneRows = (
  scenario: Scenario,
  roomPath: readonly Step[],
  mine: Readonly<Record<string, string>>,
): PhoneDebriefRow[] =>
  fitting(scenario, roomPath).map((step) => {
    const vote = Object.hasOwn(mine, step.beat) ? mine[step.beat] : undefined;
    const offered = vote !== undefined && fitting(scenario, [{ beat: step.beat, choice: vote }]).length > 0;
    return offered
      ? { beat: step.beat, room: step.choice, mine: vote, agreed: vote === step.choice }
      : { beat: step.beat, room: step.choice, agreed: false };
  });

/**
 * The debrief of one phone in one scenario played by a room: the room's path decides where the story
 * went, the phone's own votes (beat → choice) what it leaned on.
 */
export const buildPhoneDebrief = (
  scenario: Scenario,
  context: string,
  roomPath: readonly Step[],
  mine: Readonly<Record<string, string>>,
): PhoneDebrief => {
  const rows = phoneRows(scenario, roomPath, mine);
  const roomPlay = toPlayRecord(followSteps(scenario, context, fitting(scenario, roomPath)).at(-1)!);
  const record: PlayRecord = {
    ...roomPlay,
    steps: rows.flatMap((r) => (r.mine === undefined ? [] : [{ beat: r.beat, choice: r.mine }])),
  };
  return {
    rows,
    voted: rows.filter((r) => r.mine !== undefined).length,
    agreed: rows.filter((r) => r.agreed).length,
    debrief: buildDebrief(scenario, record),
  };
};

/**
 * From what crossed the network (decision keys and letters) to steps of this scenario in this context:
 * entries of other scenarios or contexts, and letters with no option behind them, are left out.
 */
export const stepsFromLetters = (
  scenario: Scenario,
  context: string,
  entries: readonly { readonly decision: string; readonly letter: VoteLetter }[],
): Step[] =>
  entries.flatMap(({ decision, letter }) => {
    const ref = readDecisionKey(decision);
    if (ref?.scenario !== scenario.id || ref.context !== context) return [];
    const choice = choiceOf(scenario, ref.beat, letter);
    return choice ? [{ beat: ref.beat, choice }] : [];
  });

/** A phone's votes (decision key → letter) as beat → choice for this scenario and context. */
export const votesFromLetters = (
  scenario: Scenario,
  context: string,
  votes: Readonly<Record<string, VoteLetter>>,
): Record<string, string> =>
  Object.fromEntries(
    stepsFromLetters(
      scenario,
      context,
      Object.entries(votes).map(([decision, letter]) => ({ decision, letter })),
    ).map((s) => [s.beat, s.choice]),
  );
