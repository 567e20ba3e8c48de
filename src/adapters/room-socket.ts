import type { Socket } from 'socket.io-client';
import * as v from 'valibot';
import {
  CodeSchema,
  type Letter,
  type LetterTally,
  type Outgoing,
  type OutgoingName,
  type PublicState,
  type RoomPath,
  type RoomPhase,
  readOutgoing,
  readReply,
  TokenSchema,
} from '../domain/room-protocol.ts';
import { readRoomMessage } from './room-messages.ts';
import type { RoomTransport } from './room-sync.ts';

/**
 * The game's side of the room socket (server/room-server.ts): the trainer's projector opens a room
 * and tells it where the session stands; phones join it and vote. socket.io brings reconnection and
 * acknowledgements; everything the server sends is checked against the shared schemas before use.
 * socket.io-client is loaded only when a room is opened or joined, never for a player alone.
 */

/** How long an answer from the room server may take before it counts as lost (a busy Wi-Fi in a workshop). */
const ANSWER_MS = 8000;

export type Link = 'connecting' | 'online' | 'offline';

const connect = async (origin: string): Promise<Socket> => {
  const { io } = await import('socket.io-client');
  return io(origin, {
    transports: ['websocket', 'polling'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
    timeout: ANSWER_MS,
  });
};

/** Sends and waits for the acknowledgement; undefined when none came in time or the socket is down. */
const ask = async (socket: Socket, name: string, payload: unknown): Promise<unknown> => {
  if (!socket.connected) return undefined;
  try {
    return await socket.timeout(ANSWER_MS).emitWithAck(name, payload);
  } catch {
    return undefined;
  }
};

const on = <N extends OutgoingName>(socket: Socket, name: N, listener: (payload: Outgoing<N>) => void) => {
  socket.on(name as string, (payload: unknown) => {
    const message = readOutgoing(name, payload);
    if (message) listener(message);
  });
};

/**
 * Whether this page was served by the room server (and not by a plain copy of dist/ on a web server):
 * one quick connection attempt to the same origin.
 */
export const probeRoomServer = async (origin: string, budgetMs = 4000): Promise<boolean> => {
  const { io } = await import('socket.io-client');
  const socket = io(origin, { transports: ['websocket', 'polling'], reconnection: false, timeout: budgetMs });
  return new Promise<boolean>((done) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      socket.close();
      done(ok);
    };
    const timer = setTimeout(() => finish(false), budgetMs);
    socket.once('connect', () => finish(true));
    socket.once('connect_error', () => finish(false));
  });
};

export interface RoomKey {
  readonly code: string;
  readonly token: string;
}

/** A room code and trainer token from a link, if both are well-formed. */
export const readRoomKey = (code: unknown, token: unknown): RoomKey | undefined => {
  const parsed = v.safeParse(v.strictObject({ code: CodeSchema, token: TokenSchema }), { code, token });
  return parsed.success ? parsed.output : undefined;
};

export interface PhaseUpdate {
  readonly phase: RoomPhase;
  readonly decision: string | null;
  readonly letters: readonly Letter[];
  readonly path: RoomPath;
}

/** What the trainer's windows know of the phones: how many joined, and the votes on the open decision. */
export interface PhonesLive {
  readonly participants: number;
  readonly decision: string | null;
  readonly cast: number;
  readonly tally: LetterTally;
}

export interface TrainerRoom extends RoomKey {
  link(): Link;
  live(): PhonesLive;
  /** Called on every change of link or live counts. */
  onChange(listener: () => void): () => void;
  /** Where the session stands; sent only when it changed, and again after a reconnect. */
  phase(update: PhaseUpdate): void;
  openVote(decision: string, letters: readonly Letter[]): void;
  /** Closes the vote; the phones' final count, or undefined when the server could not be asked. */
  closeVote(): Promise<LetterTally | undefined>;
  reveal(decision: string, tally: LetterTally): void;
  /** The trainer's other windows (a presenter on the trainer's phone) over this socket. */
  readonly transport: RoomTransport;
  close(): void;
}

/**
 * Opens a room (or the same one again, after a reload or a server restart, from `key`). The trainer
 * token stays on the projector's device and on the trainer's phone; the server keeps only its hash.
 */
export const openTrainerRoom = async (
  origin: string,
  key: RoomKey | undefined,
  role: 'authority' | 'remote',
): Promise<TrainerRoom | undefined> => {
  const socket = await connect(origin);
  let room: RoomKey | undefined = key;
  let link: Link = 'connecting';
  let live: PhonesLive = { participants: 0, decision: null, cast: 0, tally: {} };
  let lastPhase: PhaseUpdate | undefined;
  let voting: { decision: string; letters: readonly Letter[] } | undefined;
  let revealed: { decision: string; tally: LetterTally } | undefined;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  const syncListeners = new Set<(data: unknown) => void>();

  /** (Re)claims the room: after a reload, a dropped link or a restarted server, everything is told again. */
  const claim = async (): Promise<boolean> => {
    // A restarted server counts from the start again.
    seen = { room: -1, vote: -1 };
    if (room) {
      const resumed = readReply('room.resume', await ask(socket, 'room.resume', room));
      if (!resumed) return false;
      live = { ...live, participants: resumed.participants, cast: resumed.cast };
    } else {
      const opened = readReply('room.open', await ask(socket, 'room.open', {}));
      if (!opened) return false;
      room = { code: opened.code, token: opened.token };
    }
    if (role === 'authority') {
      if (lastPhase) await ask(socket, 'room.phase', { ...room, ...lastPhase });
      if (voting) await ask(socket, 'vote.open', { ...room, ...voting });
      if (revealed) await ask(socket, 'vote.reveal', { ...room, ...revealed });
    }
    return true;
  };

  const first = new Promise<boolean>((done) => {
    socket.once('connect', () => void claim().then(done));
    socket.once('connect_error', () => done(false));
  });
  socket.on('connect', () => {
    if (socket.recovered) {
      link = 'online';
      changed();
      return;
    }
    void claim().then((ok) => {
      link = ok ? 'online' : 'offline';
      changed();
    });
  });
  socket.on('disconnect', () => {
    link = 'offline';
    changed();
  });
  // Through several server instances two counts can overtake each other: the newest of the room wins.
  let seen = { room: -1, vote: -1 };
  const newer = (kind: 'room' | 'vote', seq: number | undefined) => {
    if (seq === undefined) return true;
    if (seq < seen[kind]) return false;
    seen = { ...seen, [kind]: seq };
    return true;
  };
  on(socket, 'room.count', ({ participants, seq }) => {
    if (!newer('room', seq)) return;
    live = { ...live, participants };
    changed();
  });
  on(socket, 'vote.count', ({ decision, cast, tally, seq }) => {
    if (!newer('vote', seq)) return;
    live = { ...live, decision, cast, tally };
    changed();
  });
  on(socket, 'room.sync', ({ message }) => {
    for (const l of syncListeners) l(message);
  });

  if (!(await first) || !room) {
    socket.close();
    return undefined;
  }
  link = 'online';
  const code = room.code;
  const token = room.token;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  return {
    code,
    token,
    link: () => link,
    live: () => live,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    phase(update) {
      if (same(update, lastPhase)) return;
      lastPhase = update;
      if (update.decision !== voting?.decision) voting = undefined;
      if (update.decision !== revealed?.decision) revealed = undefined;
      if (update.decision !== live.decision)
        live = { ...live, decision: update.decision, cast: 0, tally: {} };
      void ask(socket, 'room.phase', { code, token, ...update });
    },
    openVote(decision, letters) {
      if (voting && same(voting, { decision, letters })) return;
      voting = { decision, letters: [...letters] };
      revealed = undefined;
      void ask(socket, 'vote.open', { code, token, decision, letters });
    },
    async closeVote() {
      voting = undefined;
      const closed = readReply('vote.close', await ask(socket, 'vote.close', { code, token }));
      return closed?.tally;
    },
    reveal(decision, tally) {
      if (revealed && same(revealed, { decision, tally })) return;
      revealed = { decision, tally };
      void ask(socket, 'vote.reveal', { code, token, decision, tally });
    },
    transport: {
      post: (message) => {
        if (socket.connected) socket.emit('room.sync', { code, token, message });
      },
      listen(onMessage) {
        const l = (data: unknown) => {
          if (readRoomMessage(data)) onMessage(data);
        };
        syncListeners.add(l);
        return () => syncListeners.delete(l);
      },
      close: () => undefined,
    },
    close() {
      listeners.clear();
      syncListeners.clear();
      socket.close();
    },
  };
};

/** Why a phone is not (or no longer) in a room. */
export type PhoneTrouble = 'unknown-room' | 'expired' | 'full' | 'closed';

export interface PhoneRoom {
  readonly code: string;
  link(): Link;
  trouble(): PhoneTrouble | undefined;
  state(): PublicState | undefined;
  /** This phone's vote on a decision, as the server confirmed it. */
  mine(decision: string): Letter | undefined;
  onChange(listener: () => void): () => void;
  /** Votes (or changes the vote) on the open decision; false when the vote is closed or the link is down. */
  vote(letter: Letter): Promise<boolean>;
  close(): void;
}

/**
 * A phone in a room: no name, no account, only the random `device` id it made for this session. It
 * rejoins by itself after the link drops (its vote is kept on the server under that id), and keeps
 * trying while the trainer's room is briefly gone (a server restart: the projector reopens it).
 */
export const joinPhoneRoom = async (
  origin: string,
  code: string,
  device: string,
  known: Readonly<Record<string, Letter>> = {},
): Promise<PhoneRoom> => {
  const socket = await connect(origin);
  let link: Link = 'connecting';
  let trouble: PhoneTrouble | undefined;
  let state: PublicState | undefined;
  const votes: Record<string, Letter> = { ...known };
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  let retry: ReturnType<typeof setTimeout> | undefined;

  const join = async () => {
    clearTimeout(retry);
    const answer = await ask(socket, 'room.join', { code, device });
    const joined = readReply('room.join', answer);
    if (joined) {
      link = 'online';
      trouble = undefined;
      state = joined.state;
      if (joined.state.decision && joined.mine) votes[joined.state.decision] = joined.mine;
    } else {
      const error = (answer as { error?: unknown } | undefined)?.error;
      trouble = error === 'expired' || error === 'full' ? error : 'unknown-room';
      // A room that is not there may be on its way back (the server restarted): ask again in a while.
      if (socket.connected && trouble === 'unknown-room') retry = setTimeout(() => void join(), 3000);
    }
    changed();
  };
  socket.on('connect', () => {
    if (socket.recovered) {
      link = 'online';
      changed();
    } else void join();
  });
  socket.on('disconnect', () => {
    link = 'offline';
    changed();
  });
  on(socket, 'room.state', (next) => {
    if (next.code !== code) return;
    // A decision the room comes to anew (the same scenario played again) starts without a vote.
    if (next.decision && next.decision !== state?.decision) delete votes[next.decision];
    state = next;
    changed();
  });
  on(socket, 'room.count', ({ participants }) => {
    if (state) state = { ...state, participants };
    changed();
  });
  on(socket, 'room.closed', (closed) => {
    if (closed.code !== code) return;
    trouble = 'closed';
    changed();
  });

  return {
    code,
    link: () => link,
    trouble: () => trouble,
    state: () => state,
    mine: (decision) => votes[decision],
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async vote(letter) {
      const decision = state?.decision;
      if (!decision || !state?.open) return false;
      const cast = readReply('vote.cast', await ask(socket, 'vote.cast', { decision, letter }));
      if (!cast) return false;
      votes[decision] = cast.mine;
      changed();
      return true;
    },
    close() {
      clearTimeout(retry);
      listeners.clear();
      socket.close();
    },
  };
};
