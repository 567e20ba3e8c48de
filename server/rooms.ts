import type { Letter, LetterTally, PublicState, RoomPhase } from './protocol.ts';

/**
 * A room as the server keeps it: no scenario rules, no names, no addresses — the phase and decision
 * the projector announced, the letters open to a vote, and each device's vote on the open decision,
 * under the random id the phone made for itself.
 */
export interface Room {
  readonly code: string;
  /** SHA-256 of the trainer token (the token itself is only ever held by the projector). */
  readonly tokenHash: string;
  readonly createdAt: number;
  /** When a trainer was last known to be connected. */
  readonly trainerSeenAt: number;
  readonly phase: RoomPhase;
  readonly decision: string | null;
  readonly letters: readonly Letter[];
  readonly open: boolean;
  /** Device id → letter, for the current decision only. */
  readonly votes: Readonly<Record<string, Letter>>;
  /** The split, once the trainer revealed it. */
  readonly tally: LetterTally | null;
}

/**
 * Where rooms live. In memory now; a Redis-backed store (rooms with a TTL, shared by several server
 * instances) implements the same interface later. `update` must apply `change` atomically — the memory
 * store does so because `change` is synchronous; a Redis store would use a transaction.
 */
export interface RoomStore {
  get(code: string): Promise<Room | undefined>;
  /** False when the code is taken. */
  create(room: Room): Promise<boolean>;
  /** Applies `change` to the room if it exists; `room: null` deletes it. Undefined when there is no room. */
  update<T>(code: string, change: (room: Room) => { room: Room | null; result: T }): Promise<T | undefined>;
  delete(code: string): Promise<void>;
  codes(): Promise<string[]>;
}

export const memoryRoomStore = (): RoomStore => {
  const rooms = new Map<string, Room>();
  return {
    get: async (code) => rooms.get(code),
    create: async (room) => {
      if (rooms.has(room.code)) return false;
      rooms.set(room.code, room);
      return true;
    },
    update: async (code, change) => {
      const room = rooms.get(code);
      if (!room) return undefined;
      const next = change(room);
      if (next.room) rooms.set(code, next.room);
      else rooms.delete(code);
      return next.result;
    },
    delete: async (code) => {
      rooms.delete(code);
    },
    codes: async () => [...rooms.keys()],
  };
};

export const newRoom = (code: string, tokenHash: string, now: number): Room => ({
  code,
  tokenHash,
  createdAt: now,
  trainerSeenAt: now,
  phase: 'lobby',
  decision: null,
  letters: [],
  open: false,
  votes: {},
  tally: null,
});

/** Votes per letter as the phones cast them. */
export const countVotes = (room: Room): LetterTally => {
  const tally: Partial<Record<Letter, number>> = {};
  for (const letter of room.letters) tally[letter] = 0;
  for (const letter of Object.values(room.votes)) tally[letter] = (tally[letter] ?? 0) + 1;
  return tally;
};

export const votesCast = (room: Room): number => Object.keys(room.votes).length;

export const publicState = (room: Room, device: string | undefined, participants: number): PublicState => ({
  code: room.code,
  phase: room.phase,
  decision: room.decision,
  letters: room.letters,
  open: room.open,
  mine: (device !== undefined && Object.hasOwn(room.votes, device) ? room.votes[device] : undefined) ?? null,
  participants,
  tally: room.tally,
});

/** Whether a room has outlived its trainer or its maximum age. */
export const isExpired = (room: Room, now: number, limits: { idleMs: number; maxAgeMs: number }): boolean =>
  now - room.trainerSeenAt > limits.idleMs || now - room.createdAt > limits.maxAgeMs;
