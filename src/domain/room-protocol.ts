import * as v from 'valibot';
import { ID_PATTERN } from './ids.ts';
import { ROOM_LIMITS, VOTE_LETTERS } from './room-vote.ts';

/**
 * Every message that crosses the room socket, one valibot schema each, shared by the room server
 * (server/) and the game's socket transport (src/adapters/room-socket.ts). The server reads nothing
 * that has not passed its schema; anything else is dropped and counted. Clients read the server's
 * messages through the OUTGOING schemas below, just as strictly. Trainer events carry the room code
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

/** The room's choices so far in the scenario being played: decision key and the letter the room chose. */
export const PathSchema = v.pipe(
  v.array(v.strictObject({ decision: DecisionSchema, letter: LetterSchema })),
  v.maxLength(64),
);
export type RoomPath = v.InferOutput<typeof PathSchema>;

/** Largest message of any kind but `room.sync`, in bytes of JSON. */
export const MAX_MESSAGE_BYTES = 4096;
/** Largest `room.sync` (a whole group session, for a trainer's other window), in bytes of JSON. */
export const MAX_SYNC_BYTES = 64 * 1024;

/** What clients may send, by event name. Every payload is one object; an acknowledgement is optional. */
export const INCOMING = {
  /** Trainer: a new room. Answer: `{ ok, code, token }`. */
  'room.open': v.strictObject({}),
  /** Trainer: the same room again after a projector reload or a server restart. */
  'room.resume': v.strictObject(trainer),
  /**
   * Trainer: where the session stands, and the room's path so far in this scenario; a new decision
   * clears the votes.
   */
  'room.phase': v.strictObject({
    ...trainer,
    phase: PhaseSchema,
    decision: v.nullable(DecisionSchema),
    letters: v.pipe(v.array(LetterSchema), v.maxLength(VOTE_LETTERS.length)),
    path: PathSchema,
  }),
  /**
   * Trainer: open the vote on a decision with these letters. Opening the same decision again (the
   * trainer stepped back from the reveal) keeps the votes already cast.
   */
  'vote.open': v.strictObject({ ...trainer, decision: DecisionSchema, letters: LettersSchema }),
  /** Trainer: close the vote. Answer and `vote.tally`: the phones' votes per letter. */
  'vote.close': v.strictObject(trainer),
  /** Trainer: show the room's split on the phones (the tally as the projector counted it). */
  'vote.reveal': v.strictObject({ ...trainer, decision: DecisionSchema, tally: TallySchema }),
  /**
   * Trainer: a message for the trainer's other windows in this room (a presenter on a phone, the
   * projector): relayed as `room.sync` `{ message }` to every other trainer connection of the room.
   * The server does not read it beyond its size (MAX_SYNC_BYTES); the receiving window checks it
   * against its own schema (src/adapters/room-messages.ts).
   */
  'room.sync': v.strictObject({ ...trainer, message: v.custom<Record<string, unknown>>(isPlainObject) }),
  /** Phone: join a room. Answer: `{ ok, state, mine }`. */
  'room.join': v.strictObject({ code: CodeSchema, device: DeviceSchema }),
  /** Phone: vote, or change the vote, while it is open. Answer: `{ ok, mine }`. */
  'vote.cast': v.strictObject({ decision: DecisionSchema, letter: LetterSchema }),
} as const;
export type IncomingName = keyof typeof INCOMING;
export type Incoming<N extends IncomingName> = v.InferOutput<(typeof INCOMING)[N]>;
export const INCOMING_NAMES = Object.keys(INCOMING) as IncomingName[];
export const TRAINER_EVENTS = ['room.phase', 'vote.open', 'vote.close', 'vote.reveal', 'room.sync'] as const;

/**
 * What every phone in a room sees, sent to all of them at once: never the split before reveal, never
 * anyone's vote (a phone's own vote comes only in the answers to its own join and vote).
 */
export const RoomStateSchema = v.strictObject({
  code: CodeSchema,
  phase: PhaseSchema,
  decision: v.nullable(DecisionSchema),
  letters: v.pipe(v.array(LetterSchema), v.maxLength(VOTE_LETTERS.length)),
  open: v.boolean(),
  participants: count,
  /** The room's split, only once revealed. */
  tally: v.nullable(TallySchema),
  path: PathSchema,
});
export type PublicState = v.InferOutput<typeof RoomStateSchema>;

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

/**
 * How far the room has changed, counted by the server: live counts carry it, so a window keeps the
 * newest when several server instances (REDIS_URL) deliver two of them out of order. Optional: a
 * message without it is simply not ordered.
 */
const seq = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)));

/** Votes per letter as the phones cast them: the trainer's windows hear it live, the phones only at reveal. */
const liveTally = v.strictObject({
  decision: v.nullable(DecisionSchema),
  cast: count,
  tally: TallySchema,
  seq,
});

/** What the server sends, by event name: phones get the first three, trainer connections all of them. */
export const OUTGOING = {
  'room.state': RoomStateSchema,
  'room.count': v.strictObject({ participants: count, seq }),
  'room.closed': v.strictObject({ code: CodeSchema }),
  /**
   * To the trainer: after each vote that changed the count or the split (votes the server reads at
   * the same moment go out as one count, the newest), and when a vote opens.
   */
  'vote.count': liveTally,
  /** To the trainer: the phones' final votes when the vote closes. */
  'vote.tally': v.strictObject({ decision: v.nullable(DecisionSchema), tally: TallySchema }),
  /** To the trainer's other connections: what one of its windows sent with `room.sync`. */
  'room.sync': v.strictObject({ message: v.custom<Record<string, unknown>>(isPlainObject) }),
} as const;
export type OutgoingName = keyof typeof OUTGOING;
export type Outgoing<N extends OutgoingName> = v.InferOutput<(typeof OUTGOING)[N]>;

/** The answers a client reads back, by the event it sent. */
export const REPLIES = {
  'room.open': v.strictObject({ ok: v.literal(true), code: CodeSchema, token: TokenSchema }),
  'room.resume': v.object({
    ok: v.literal(true),
    code: CodeSchema,
    recreated: v.boolean(),
    participants: count,
    cast: count,
  }),
  'room.join': v.object({ ok: v.literal(true), state: RoomStateSchema, mine: v.nullable(LetterSchema) }),
  'vote.cast': v.object({ ok: v.literal(true), mine: LetterSchema }),
  'vote.close': v.object({ ok: v.literal(true), decision: v.nullable(DecisionSchema), tally: TallySchema }),
} as const;
export const FailureSchema = v.object({ ok: v.literal(false), error: v.string() });

/** A server message as the client may use it, or undefined when it is not what the schema says. */
export const readOutgoing = <N extends OutgoingName>(name: N, payload: unknown): Outgoing<N> | undefined => {
  const parsed = v.safeParse(OUTGOING[name], payload);
  return parsed.success ? (parsed.output as Outgoing<N>) : undefined;
};
export const readReply = <N extends keyof typeof REPLIES>(
  name: N,
  payload: unknown,
): v.InferOutput<(typeof REPLIES)[N]> | undefined => {
  const parsed = v.safeParse(REPLIES[name], payload);
  return parsed.success ? parsed.output : undefined;
};

/** The payload of an incoming event, or undefined when it is not one of ours. */
export const readIncoming = <N extends IncomingName>(name: N, payload: unknown): Incoming<N> | undefined => {
  if (!isPlainObject(payload)) return undefined;
  const parsed = v.safeParse(INCOMING[name], payload);
  return parsed.success ? (parsed.output as Incoming<N>) : undefined;
};

export const isIncomingName = (name: unknown): name is IncomingName =>
  typeof name === 'string' && Object.hasOwn(INCOMING, name);
