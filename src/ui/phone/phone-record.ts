import * as v from 'valibot';
import { isId } from '../../domain/ids.ts';
import { readDecisionKey } from '../../domain/room-decision.ts';
import {
  CodeSchema,
  DecisionSchema,
  DeviceSchema,
  isPlainObject,
  type Letter,
  LetterSchema,
  PathSchema,
  type PublicState,
  type RoomPath,
} from '../../domain/room-protocol.ts';

/**
 * What a phone keeps of a group session, and nothing more: the room code, its own random device id,
 * its own votes, and for each scenario the room finished the room's path beside those votes (the
 * inputs of its personal debrief). No names, no times, nothing about anyone else.
 */

/** Most rooms remembered (the oldest is forgotten first), scenarios per room, and votes per room. */
export const PHONE_LIMITS = { rooms: 8, finished: 24, votes: 64 } as const;

const VotesSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'not a plain object'),
  v.record(DecisionSchema, LetterSchema),
  v.check((votes) => Object.keys(votes).length <= PHONE_LIMITS.votes, 'too many votes'),
);
const IdSchema = v.custom<string>(isId, 'not an id');

export const FinishedSchema = v.strictObject({
  scenario: IdSchema,
  context: IdSchema,
  path: PathSchema,
  votes: VotesSchema,
});
/** One scenario the room played to its end: the room's path and this phone's votes in it. */
export type FinishedScenario = v.InferOutput<typeof FinishedSchema>;

export const RoomRecordSchema = v.strictObject({
  code: CodeSchema,
  device: DeviceSchema,
  /** This phone's votes in the scenario being played, by decision key. */
  votes: VotesSchema,
  finished: v.pipe(v.array(FinishedSchema), v.maxLength(PHONE_LIMITS.finished)),
});
export type RoomRecord = v.InferOutput<typeof RoomRecordSchema>;

export const PhoneDataSchema = v.strictObject({
  version: v.literal(1),
  /** Oldest first. */
  rooms: v.pipe(v.array(RoomRecordSchema), v.maxLength(PHONE_LIMITS.rooms)),
});
export type PhoneData = v.InferOutput<typeof PhoneDataSchema>;

export const EMPTY_PHONE_DATA: PhoneData = { version: 1, rooms: [] };

/** The record of a room, or a new one with a fresh device id. */
export const roomRecordOf = (data: PhoneData, code: string, newDevice: () => string): RoomRecord =>
  data.rooms.find((r) => r.code === code) ?? { code, device: newDevice(), votes: {}, finished: [] };

/** Puts a room's record in (replacing its earlier one) as the latest; the oldest rooms go past the limit. */
export const withRoom = (data: PhoneData, record: RoomRecord): PhoneData => ({
  version: 1,
  rooms: [...data.rooms.filter((r) => r.code !== record.code), record].slice(-PHONE_LIMITS.rooms),
});

/** Remembers this phone's (confirmed) vote on a decision. */
export const withVote = (record: RoomRecord, decision: string, letter: Letter): RoomRecord => {
  if (record.votes[decision] === letter) return record;
  const votes = { ...record.votes, [decision]: letter };
  const keys = Object.keys(votes);
  // The oldest votes go first; in one scenario there are far fewer decisions than the limit.
  const kept = keys.slice(-PHONE_LIMITS.votes);
  return { ...record, votes: Object.fromEntries(kept.map((k) => [k, votes[k]!])) };
};

/** The scenario and context a room's state is about: from its path, else from the decision at hand. */
export const scenarioOfState = (
  state: Pick<PublicState, 'decision' | 'path'>,
): { scenario: string; context: string } | undefined => {
  const key = state.path[0]?.decision ?? state.decision;
  const ref = key === null || key === undefined ? undefined : readDecisionKey(key);
  return ref ? { scenario: ref.scenario, context: ref.context } : undefined;
};

const samePath = (a: RoomPath, b: RoomPath) =>
  a.length === b.length && a.every((s, i) => s.decision === b[i]!.decision && s.letter === b[i]!.letter);

/**
 * When the room has finished a scenario (or ended the session with a path), files the room's path
 * with this phone's votes in it as a finished scenario, and clears those votes: the same scenario may
 * be played again later in the session. The same finish heard twice (a reconnect, a reload) is filed once.
 */
export const withFinished = (record: RoomRecord, state: PublicState): RoomRecord => {
  if (state.phase !== 'finished' && state.phase !== 'ended') return record;
  const about = scenarioOfState(state);
  if (!about || state.path.length === 0) return record;
  const prefix = `${about.scenario}/${about.context}/`;
  const inScenario = Object.entries(record.votes).filter(([key]) => key.startsWith(prefix));
  const last = record.finished.at(-1);
  const heard =
    last?.scenario === about.scenario && last.context === about.context && samePath(last.path, state.path);
  if (heard && inScenario.length === 0) return record;
  return {
    ...record,
    votes: Object.fromEntries(Object.entries(record.votes).filter(([key]) => !key.startsWith(prefix))),
    finished: [
      ...record.finished,
      { ...about, path: state.path.map((s) => ({ ...s })), votes: Object.fromEntries(inScenario) },
    ].slice(-PHONE_LIMITS.finished),
  };
};

/** A device id: 16 random bytes as base64url (22 characters of [A-Za-z0-9_-]). */
export const deviceIdFrom = (bytes: Uint8Array): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(value >> bits) & 63];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(value << (6 - bits)) & 63];
  return out;
};

/** Room codes as people type them: any case, with spaces or dashes. Undefined when it cannot be one. */
export const normaliseCode = (typed: string): string | undefined => {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  return v.is(CodeSchema, code) ? code : undefined;
};
