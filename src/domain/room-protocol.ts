import * as v from 'valibot';
import { ID_PATTERN } from '../src/domain/ids.ts';
import { ROOM_LIMITS, VOTE_LETTERS } from '../src/domain/room-vote.ts';

/**
 * Every message that crosses the room socket, one valibot schema each. The server reads nothing that
 * has not passed its schema; anything else is dropped and counted. Trainer events carry the room code
 * and the trainer token every time: the server checks the token on each one, so a phone can never
 * drive. Phones send only a room code, their own random device id, a decision key and a letter.
 */

/** Room codes: no 0/O, 1/I/L, so a code read off a projector is typed right the first time. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
/** The trainer token: 24 random bytes, base64url. */
export const TOKEN_LENGTH = 32;

/**
 * The phases a phone can be told about: the group statechart's own (src/machines/group-machine.ts,
 * checked equal by a test, since the server may not import the machines), plus `lobby` before the
 * first decision and `ended` after the last.
 */
export const ROOM_PHASES = [
  'lobby',
  'reading',
  'present',
  'discuss',
  'tally',
  'reveal',
  'finished',
  'ended',
] as const;
export type RoomPhase = (typeof ROOM_PHASES)[number];

export type Letter = (typeof VOTE_LETTERS)[number];

export const CodeSchema = v.pipe(
  v.string(),
  v.length(CODE_LENGTH),
  v.regex(new RegExp(`^[${CODE_ALPHABET}]+$`)),
);
export const TokenSchema = v.pipe(v.string(), v.length(TOKEN_LENGTH), v.regex(/^[A-Za-z0-9_-]+$/));
/** A random id a phone makes for itself per session: never a name, never anything it could be traced by. */
export const DeviceSchema = v.pipe(v.string(), v.minLength(16), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/));
/** Which decision a vote is about: scenario id, context and decision id, joined by `/` (1–4 ids). */
export const DecisionSchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.check((s) => {
    const parts = s.split('/');
    return parts.length <= 4 && parts.every((p) => p.length <= 100 && ID_PATTERN.test(p));
  }, 'not a decision key'),
);
export const LetterSchema = v.picklist(VOTE_LETTERS);
/** The options open to a vote: 1–4 distinct letters, A–D. */
export const LettersSchema = v.pipe(
  v.array(LetterSchema),
  v.minLength(1),
  v.maxLength(VOTE_LETTERS.length),
  v.check((ls) => new Set(ls).size === ls.length, 'letters repeat'),
);
export const PhaseSchema = v.picklist(ROOM_PHASES);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(ROOM_LIMITS.votes));
/** A plain object: valibot's objects and records also let an array or a binary attachment through. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Votes per letter as the projector counted them (phones plus hands). */
export const TallySchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'not a plain object'),
  v.record(LetterSchema, count),
  v.check((t) => Object.keys(t).length <= VOTE_LETTERS.length),
);
export type LetterTally = Partial<Record<Letter, number>>;

const trainer = { code: CodeSchema, token: TokenSchema };

/** What clients may send, by event name. Every payload is one object; an acknowledgement is optional. */
export const INCOMING = {
  /** Trainer: a new room. Answer: `{ ok, code, token }`. */
  'room.open': v.strictObject({}),
  /** Trainer: the same room again after a projector reload or a server restart. */
  'room.resume': v.strictObject(trainer),
  /** Trainer: where the session stands; a new decision clears the votes. */
  'room.phase': v.strictObject({
    ...trainer,
    phase: PhaseSchema,
    decision: v.nullable(DecisionSchema),
    letters: v.pipe(v.array(LetterSchema), v.maxLength(VOTE_LETTERS.length)),
  }),
  /** Trainer: open the vote on a decision with these letters. */
  'vote.open': v.strictObject({ ...trainer, decision: DecisionSchema, letters: LettersSchema }),
  /** Trainer: close the vote. Answer and `vote.tally`: the phones' votes per letter. */
  'vote.close': v.strictObject(trainer),
  /** Trainer: show the room's split on the phones (the tally as the projector counted it). */
  'vote.reveal': v.strictObject({ ...trainer, decision: DecisionSchema, tally: TallySchema }),
  /** Phone: join a room. Answer: `{ ok, state }`. */
  'room.join': v.strictObject({ code: CodeSchema, device: DeviceSchema }),
  /** Phone: vote, or change the vote, while it is open. Answer: `{ ok, mine }`. */
  'vote.cast': v.strictObject({ decision: DecisionSchema, letter: LetterSchema }),
} as const;
export type IncomingName = keyof typeof INCOMING;
export type Incoming<N extends IncomingName> = v.InferOutput<(typeof INCOMING)[N]>;
export const INCOMING_NAMES = Object.keys(INCOMING) as IncomingName[];
export const TRAINER_EVENTS = ['room.phase', 'vote.open', 'vote.close', 'vote.reveal'] as const;

/** What a phone sees: never the split before reveal, never anyone else's vote. */
export interface PublicState {
  readonly code: string;
  readonly phase: RoomPhase;
  readonly decision: string | null;
  readonly letters: readonly Letter[];
  readonly open: boolean;
  /** This device's own vote on the current decision. */
  readonly mine: Letter | null;
  readonly participants: number;
  /** The room's split, only once revealed. */
  readonly tally: LetterTally | null;
}

export type Failure =
  | 'invalid'
  | 'unknown-event'
  | 'rate-limited'
  | 'unknown-room'
  | 'expired'
  | 'forbidden'
  | 'not-joined'
  | 'closed'
  | 'wrong-decision'
  | 'full'
  | 'server';
export type Reply =
  | { readonly ok: true; readonly [key: string]: unknown }
  | { readonly ok: false; readonly error: Failure };

/** What the server sends (names): to phones `room.state`, `room.count`, `room.closed`; to the trainer also `vote.count`, `vote.tally`. */
export const OUTGOING = ['room.state', 'room.count', 'room.closed', 'vote.count', 'vote.tally'] as const;

/** The payload of an incoming event, or undefined when it is not one of ours. */
export const readIncoming = <N extends IncomingName>(name: N, payload: unknown): Incoming<N> | undefined => {
  if (!isPlainObject(payload)) return undefined;
  const parsed = v.safeParse(INCOMING[name], payload);
  return parsed.success ? (parsed.output as Incoming<N>) : undefined;
};

export const isIncomingName = (name: unknown): name is IncomingName =>
  typeof name === 'string' && Object.hasOwn(INCOMING, name);
