import type { Letter, LetterTally, PublicState, RoomPath, RoomPhase } from '../src/domain/room-protocol.ts';

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
  /** The room's choices so far in this scenario, as the projector announced them. */
  readonly path: RoomPath;
  /**
   * Goes up with every change the store makes to the room, its votes or its phones (kept by the store,
   * whatever `change` returns): what the room's live counts carry, so a window can drop one that
   * arrives after a newer one (several server instances publish in their own order).
   */
  readonly seq: number;
}

export type VoteRefusal = 'unknown-room' | 'wrong-decision' | 'closed';
export type CastResult =
  | {
      readonly ok: true;
      /** False when the device had already voted this letter: nothing to tell anyone. */
      readonly changed: boolean;
      readonly decision: string | null;
      readonly cast: number;
      readonly tally: LetterTally;
      readonly seq: number;
    }
  | { readonly ok: false; readonly error: VoteRefusal };

export type JoinResult =
  | {
      readonly ok: true;
      readonly state: PublicState;
      readonly mine: Letter | null;
      /** Whether the room's count of phones changed (this device's first connection). */
      readonly changed: boolean;
      readonly seq: number;
    }
  | { readonly ok: false; readonly error: 'unknown-room' | 'full' };

/** How many devices are in a room, after a connection arrived or left; `changed` when the count moved. */
export interface Presence {
  readonly participants: number;
  readonly changed: boolean;
  readonly seq: number;
}

/**
 * Where rooms live: in this process (memoryRoomStore), or in Redis (redis-store.ts) shared by several
 * server instances. Every method is atomic on its own: `update` applies `change` to one consistent
 * reading of the room and writes nothing if the room changed meanwhile (the memory store because
 * `change` is synchronous, the Redis store by retrying on its `seq`); `castVote` is one step, so a
 * vote racing `vote.close` is either in the tally the close returns or refused.
 */
export interface RoomStore {
  get(code: string): Promise<Room | undefined>;
  /** False when the code is taken. */
  create(room: Room): Promise<boolean>;
  /**
   * Applies `change` to the room if it exists; `room: null` deletes it and everything under its code.
   * Returning the very room it was given writes nothing. Answers `change`'s result and the room as
   * stored after it (with its new `seq`; null when deleted); undefined when there is no room.
   */
  update<T>(
    code: string,
    change: (room: Room) => { room: Room | null; result: T },
  ): Promise<{ result: T; room: Room | null } | undefined>;
  /** A phone's vote on the open decision, or a change of it. */
  castVote(code: string, device: string, decision: string, letter: Letter): Promise<CastResult>;
  /**
   * A device joins (or joins again): refused when the room is unknown, or already had `maxDevices`
   * other devices. `arrive` counts one more connection of the device in the room.
   */
  join(code: string, device: string, options: { maxDevices: number; arrive: boolean }): Promise<JoinResult>;
  /** A connection of a device that joined before is back (a recovered connection); undefined if not. */
  arrive(code: string, device: string): Promise<Presence | undefined>;
  /** A connection of a device left; undefined when the room is gone. */
  depart(code: string, device: string): Promise<Presence | undefined>;
  /** Devices with at least one open connection in the room. */
  participants(code: string): Promise<number>;
  /** Deletes the room and everything under its code; false when it was not there. */
  delete(code: string): Promise<boolean>;
  codes(): Promise<string[]>;
  /** Remembers that `code` expired, for `ms`: resuming it is then refused. */
  markExpired(code: string, ms: number): Promise<void>;
  wasExpired(code: string): Promise<boolean>;
  /** Lets go of connections (Redis); the memory store has none. */
  close(): Promise<void>;
}

/** The vote itself, on a room as read: shared by the stores, so both refuse alike. */
export const applyVote = (
  room: Room,
  device: string,
  decision: string,
  letter: Letter,
): { room: Room; changed: boolean } | VoteRefusal => {
  if (room.decision !== decision) return 'wrong-decision';
  if (!room.open || !room.letters.includes(letter)) return 'closed';
  if (voteOf(room, device) === letter) return { room, changed: false };
  return { room: { ...room, votes: { ...room.votes, [device]: letter } }, changed: true };
};

export const memoryRoomStore = (now: () => number = Date.now): RoomStore => {
  const rooms = new Map<string, Room>();
  /** Device → open connections, per room; and every device that ever joined, per room. */
  const connections = new Map<string, Map<string, number>>();
  const joined = new Map<string, Set<string>>();
  const expired = new Map<string, number>();

  const write = (code: string, room: Room): Room => {
    const next = { ...room, seq: (rooms.get(code)?.seq ?? room.seq) + 1 };
    rooms.set(code, next);
    return next;
  };
  const bump = (code: string): number => {
    const room = rooms.get(code);
    return room ? write(code, room).seq : 0;
  };
  const participants = (code: string) => connections.get(code)?.size ?? 0;
  const remove = (code: string) => {
    rooms.delete(code);
    connections.delete(code);
    joined.delete(code);
  };

  return {
    get: async (code) => rooms.get(code),
    create: async (room) => {
      if (rooms.has(room.code)) return false;
      remove(room.code);
      rooms.set(room.code, room);
      return true;
    },
    update: async (code, change) => {
      const room = rooms.get(code);
      if (!room) return undefined;
      const next = change(room);
      if (next.room === null) remove(code);
      const stored = next.room === null || next.room === room ? next.room : write(code, next.room);
      return { result: next.result, room: stored };
    },
    castVote: async (code, device, decision, letter) => {
      const room = rooms.get(code);
      if (!room) return { ok: false, error: 'unknown-room' };
      const voted = applyVote(room, device, decision, letter);
      if (typeof voted === 'string') return { ok: false, error: voted };
      const after = voted.changed ? write(code, voted.room) : room;
      return {
        ok: true,
        changed: voted.changed,
        decision: after.decision,
        cast: votesCast(after),
        tally: countVotes(after),
        seq: after.seq,
      };
    },
    join: async (code, device, { maxDevices, arrive }) => {
      if (!rooms.has(code)) return { ok: false, error: 'unknown-room' };
      const seen = joined.get(code) ?? new Set<string>();
      if (!seen.has(device) && seen.size >= maxDevices) return { ok: false, error: 'full' };
      seen.add(device);
      joined.set(code, seen);
      let changed = false;
      if (arrive) {
        const map = connections.get(code) ?? new Map<string, number>();
        connections.set(code, map);
        const n = map.get(device) ?? 0;
        map.set(device, n + 1);
        if (n === 0) {
          changed = true;
          bump(code);
        }
      }
      const room = rooms.get(code)!;
      return {
        ok: true,
        state: publicState(room, participants(code)),
        mine: voteOf(room, device),
        changed,
        seq: room.seq,
      };
    },
    arrive: async (code, device) => {
      if (!rooms.has(code) || !joined.get(code)?.has(device)) return undefined;
      const map = connections.get(code) ?? new Map<string, number>();
      connections.set(code, map);
      const n = map.get(device) ?? 0;
      map.set(device, n + 1);
      const seq = n === 0 ? bump(code) : rooms.get(code)!.seq;
      return { participants: map.size, changed: n === 0, seq };
    },
    depart: async (code, device) => {
      const room = rooms.get(code);
      if (!room) return undefined;
      const map = connections.get(code);
      const n = map?.get(device) ?? 0;
      if (!map || n === 0) return { participants: participants(code), changed: false, seq: room.seq };
      if (n > 1) {
        map.set(device, n - 1);
        return { participants: map.size, changed: false, seq: room.seq };
      }
      map.delete(device);
      return { participants: map.size, changed: true, seq: bump(code) };
    },
    participants: async (code) => participants(code),
    delete: async (code) => {
      const had = rooms.has(code);
      remove(code);
      return had;
    },
    codes: async () => [...rooms.keys()],
    markExpired: async (code, ms) => {
      const t = now();
      for (const [other, until] of expired) if (until <= t) expired.delete(other);
      expired.set(code, t + ms);
    },
    wasExpired: async (code) => {
      const until = expired.get(code);
      if (until === undefined) return false;
      if (until > now()) return true;
      expired.delete(code);
      return false;
    },
    close: async () => {},
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
  path: [],
  seq: 0,
});

/** Votes per letter as the phones cast them. */
export const countVotes = (room: Room): LetterTally => {
  const tally: Partial<Record<Letter, number>> = {};
  for (const letter of room.letters) tally[letter] = 0;
  for (const letter of Object.values(room.votes)) tally[letter] = (tally[letter] ?? 0) + 1;
  return tally;
};

export const votesCast = (room: Room): number => Object.keys(room.votes).length;

/** What every phone of the room sees; the same for all of them. */
export const publicState = (
  room: Omit<Room, 'votes' | 'tokenHash' | 'seq'>,
  participants: number,
): PublicState => ({
  code: room.code,
  phase: room.phase,
  decision: room.decision,
  letters: [...room.letters],
  open: room.open,
  participants,
  tally: room.tally,
  path: room.path,
});

/** A device's own vote on the current decision. */
export const voteOf = (room: Room, device: string): Letter | null =>
  (Object.hasOwn(room.votes, device) ? room.votes[device] : undefined) ?? null;

/** Whether a room has outlived its trainer or its maximum age. */
export const isExpired = (room: Room, now: number, limits: { idleMs: number; maxAgeMs: number }): boolean =>
  now - room.trainerSeenAt > limits.idleMs || now - room.createdAt > limits.maxAgeMs;
