import { choiceOf, decisionKey, letterOf } from '../domain/room-decision.ts';
import type { Letter, LetterTally, RoomPath } from '../domain/room-protocol.ts';
import { ROOM_LIMITS, type Tally, VOTE_LETTERS } from '../domain/room-vote.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { VoteRecord } from '../machines/group-machine.ts';
import type { SessionPort } from '../machines/session-port.ts';
import type { SessionView } from '../machines/session-view.ts';
import type { PhaseUpdate, TrainerRoom } from './room-socket.ts';

/**
 * Between the projector's session and its room on the server: the session says where the room
 * stands (phase, decision, the room's path) and opens, closes and reveals the vote; the phones' votes
 * come back into the session as a count it adds to the hands. The projector stays the one authority:
 * the server and the phones never see a rule, only decision keys and letters.
 */

const pathOf = (scenario: Scenario, context: string, votes: readonly VoteRecord[]): RoomPath =>
  votes.flatMap((v) => {
    const letter = letterOf(scenario, v.beat, v.choice);
    return letter
      ? [{ decision: decisionKey({ scenario: scenario.id, context, beat: v.beat }), letter }]
      : [];
  });

/** What the room should show for a view of the session; undefined outside a group session. */
export const roomPhaseOf = (view: SessionView): PhaseUpdate | undefined => {
  switch (view.screen) {
    case 'groupSetup':
    case 'groupPlan':
      return { phase: 'lobby', decision: null, letters: [], path: [] };
    case 'group': {
      const deciding = view.choices.length > 0 && view.phase !== 'reading' && view.phase !== 'finished';
      const ref = { scenario: view.scenario.id, context: view.context.id, beat: view.beat.id };
      return {
        phase: view.phase,
        decision: deciding ? decisionKey(ref) : null,
        letters: deciding ? view.choices.map((c) => c.letter) : [],
        path: pathOf(view.scenario, view.context.id, view.votes),
      };
    }
    case 'groupDebrief':
      return {
        phase: 'finished',
        decision: null,
        letters: [],
        path: pathOf(view.scenario, view.context.id, view.result.votes),
      };
    default:
      return undefined;
  }
};

/** A count by letter as a count by option, for the decision at hand; letters it does not have are left out. */
export const byChoice = (scenario: Scenario, beat: string, tally: LetterTally): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const letter of VOTE_LETTERS) {
    const n = tally[letter];
    const choice = choiceOf(scenario, beat, letter);
    if (choice && n !== undefined && n > 0) out[choice] = Math.min(n, ROOM_LIMITS.votes);
  }
  return out;
};

export const byLetter = (scenario: Scenario, beat: string, tally: Tally): LetterTally => {
  const out: Partial<Record<Letter, number>> = {};
  for (const [choice, n] of Object.entries(tally)) {
    const letter = letterOf(scenario, beat, choice);
    if (letter) out[letter] = Math.min(n, ROOM_LIMITS.votes);
  }
  return out;
};

const sameCount = (a: Tally, b: Tally) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
};

/** Keeps `room` in step with the session on `port`; returns a function that stops it. */
export const bridgeRoom = (port: SessionPort, room: TrainerRoom): (() => void) => {
  let closedFor: string | null = null;
  /** Outside a group session; a room opened there stays in its lobby until the session starts. */
  let left = true;

  /** The phones' count as the session should hold it, when the vote on the decision at hand is open. */
  const takeLiveCount = () => {
    const view = port.view();
    const live = room.live();
    if (view.screen !== 'group' || view.phase !== 'tally') return;
    const update = roomPhaseOf(view);
    if (!update?.decision || live.decision !== update.decision) return;
    const tally = byChoice(view.scenario, view.beat.id, live.tally);
    if (!sameCount(tally, view.phones)) port.send({ type: 'phones.set', tally });
  };

  const follow = (view: SessionView) => {
    const update = roomPhaseOf(view);
    if (!update) {
      if (!left) room.phase({ phase: 'ended', decision: null, letters: [], path: [] });
      left = true;
      return;
    }
    left = false;
    room.phase(update);
    if (view.screen !== 'group' || !update.decision) return;
    if (view.phase === 'tally') {
      closedFor = null;
      room.openVote(update.decision, update.letters);
      takeLiveCount();
    }
    if (view.phase === 'reveal') {
      if (closedFor !== update.decision) {
        const decision = update.decision;
        closedFor = decision;
        // The votes that came in up to the close count too: the session takes the final count.
        void room.closeVote().then((final) => {
          const now = port.view();
          if (!final || now.screen !== 'group' || roomPhaseOf(now)?.decision !== decision) return;
          const tally = byChoice(now.scenario, now.beat.id, final);
          if (!sameCount(tally, now.phones)) port.send({ type: 'phones.set', tally });
        });
      }
      room.reveal(update.decision, byLetter(view.scenario, view.beat.id, view.tally));
    }
  };

  const stopView = port.subscribe(follow);
  const stopLive = room.onChange(takeLiveCount);
  follow(port.view());
  return () => {
    stopView();
    stopLive();
  };
};
