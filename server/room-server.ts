import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  type Failure,
  type Incoming,
  type IncomingName,
  isIncomingName,
  type PublicState,
  type Reply,
  readIncoming,
} from './protocol.ts';
import { type Bucket, DEFAULT_RATE_LIMITS, type RateLimits, tokenBucket } from './rate-limit.ts';
import {
  countVotes,
  isExpired,
  memoryRoomStore,
  newRoom,
  publicState,
  type Room,
  type RoomStore,
  votesCast,
} from './rooms.ts';
import { staticFiles } from './static.ts';

export interface RoomServerOptions {
  /** The built game (dist/). */
  readonly root: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly store?: RoomStore;
  /** The clock for expiry and rate limits; tests inject their own. */
  readonly now?: () => number;
  /** A room with no trainer connected for this long is deleted. Default 2 h. */
  readonly idleMs?: number;
  /** Every room is deleted after this long. Default 12 h. */
  readonly maxAgeMs?: number;
  /** How often expired rooms are swept; 0 leaves sweeping to `sweep()`. Default 1 min. */
  readonly sweepMs?: number;
  readonly rateLimits?: RateLimits;
  /** Largest message a client may send, in bytes. Default 4 KB. */
  readonly maxMessageBytes?: number;
  /** Most devices one room takes. Default 500. */
  readonly maxDevices?: number;
  /** Most rooms at once. Default 1000. */
  readonly maxRooms?: number;
}

/** What was dropped, by reason; for tests and the benchmark. Never who sent it. */
export interface RoomStats {
  received: number;
  dropped: Record<Failure, number>;
  roomsOpened: number;
  roomsExpired: number;
}

const emptyDropped = (): Record<Failure, number> => ({
  invalid: 0,
  'unknown-event': 0,
  'rate-limited': 0,
  'unknown-room': 0,
  expired: 0,
  forbidden: 0,
  'not-joined': 0,
  closed: 0,
  'wrong-decision': 0,
  full: 0,
  server: 0,
});

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const fail = (error: Failure): Reply => ({ ok: false, error });

/** socket.data: what a connection is in the room (restored with it by connection-state recovery). */
interface SocketData {
  phone?: { code: string; device: string };
  /** Rooms this connection proved it is the trainer of. */
  trainerOf?: string[];
}
type RoomSocket = Socket<
  Record<string, never>,
  Record<string, (...args: unknown[]) => void>,
  Record<string, never>,
  SocketData
>;

const phonesOf = (code: string) => `p:${code}`;
const trainersOf = (code: string) => `t:${code}`;
const deviceIn = (code: string, device: string) => `d:${code}:${device}`;

/**
 * The room server: the built game and a socket.io endpoint on one HTTP server and port. It relays and
 * validates; the projector stays the one authority of the session and its rules. Nothing is logged,
 * nothing is written to disk.
 */
export const createRoomServer = (options: RoomServerOptions) => {
  const now = options.now ?? Date.now;
  const store = options.store ?? memoryRoomStore();
  const idleMs = options.idleMs ?? 2 * 60 * 60_000;
  const maxAgeMs = options.maxAgeMs ?? 12 * 60 * 60_000;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const maxDevices = options.maxDevices ?? 500;
  const maxRooms = options.maxRooms ?? 1000;
  const stats: RoomStats = { received: 0, dropped: emptyDropped(), roomsOpened: 0, roomsExpired: 0 };

  /** Connections on this instance: devices per room (device → open connections) and trainer connections. */
  const devices = new Map<string, Map<string, number>>();
  const known = new Map<string, Set<string>>();
  const trainers = new Map<string, Set<string>>();
  /** Codes that expired here, refused by room.resume until they would have expired anyway. */
  const expired = new Map<string, number>();

  const http: HttpServer = createServer(staticFiles(options.root));
  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: options.maxMessageBytes ?? 4096,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    // Same origin only: a page elsewhere may not open a socket to a trainer's laptop.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      if (!origin) return callback(null, true);
      try {
        callback(null, new URL(origin).host === req.headers.host);
      } catch {
        callback(null, false);
      }
    },
  });

  const participants = (code: string) => devices.get(code)?.size ?? 0;

  const sendStates = (room: Room) => {
    for (const device of known.get(room.code) ?? [])
      io.to(deviceIn(room.code, device)).emit(
        'room.state',
        publicState(room, device, participants(room.code)),
      );
  };
  const sendCount = (code: string) => {
    const payload = { participants: participants(code) };
    io.to([phonesOf(code), trainersOf(code)]).emit('room.count', payload);
  };

  const newCode = () =>
    Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

  const becomeTrainer = (socket: RoomSocket, code: string) => {
    socket.join(trainersOf(code));
    const list = socket.data.trainerOf ?? [];
    if (!list.includes(code)) socket.data.trainerOf = [...list, code];
    const set = trainers.get(code) ?? new Set<string>();
    trainers.set(code, set);
    set.add(socket.id);
  };

  /** The room, when `token` is its trainer's; the failure otherwise. */
  const authorise = async (socket: RoomSocket, code: string, token: string): Promise<Room | Failure> => {
    const room = await store.get(code);
    if (!room) return 'unknown-room';
    if (!sameHash(room.tokenHash, hash(token))) return 'forbidden';
    becomeTrainer(socket, code);
    return room;
  };

  const deleteRoom = async (code: string) => {
    await store.delete(code);
    expired.set(code, now() + maxAgeMs);
    io.to([phonesOf(code), trainersOf(code)]).emit('room.closed', { code });
    io.in([phonesOf(code), trainersOf(code)]).socketsLeave([phonesOf(code), trainersOf(code)]);
    for (const device of known.get(code) ?? [])
      io.in(deviceIn(code, device)).socketsLeave(deviceIn(code, device));
    devices.delete(code);
    known.delete(code);
    trainers.delete(code);
    stats.roomsExpired += 1;
  };

  /** Deletes the rooms that outlived their trainer or their maximum age; returns how many. */
  const sweep = async (): Promise<number> => {
    const t = now();
    for (const [code, until] of expired) if (until < t) expired.delete(code);
    let gone = 0;
    for (const code of await store.codes()) {
      const present = (trainers.get(code)?.size ?? 0) > 0;
      const drop = await store.update(code, (room) => {
        const seen = present ? { ...room, trainerSeenAt: t } : room;
        return { room: seen, result: isExpired(seen, t, { idleMs, maxAgeMs }) };
      });
      if (drop) {
        await deleteRoom(code);
        gone += 1;
      }
    }
    return gone;
  };

  type Handler<N extends IncomingName> = (socket: RoomSocket, payload: Incoming<N>) => Promise<Reply>;

  const trainerEvent =
    <N extends 'room.phase' | 'vote.open' | 'vote.close' | 'vote.reveal'>(
      change: (room: Room, payload: Incoming<N>) => Room | Failure,
      after?: (socket: RoomSocket, before: Room, room: Room) => Reply,
    ): Handler<N> =>
    async (socket, payload) => {
      const ok = await authorise(socket, payload.code, payload.token);
      if (typeof ok === 'string') return fail(ok);
      let before: Room | undefined;
      const result = await store.update<Room | Failure>(payload.code, (room) => {
        before = room;
        const next = change(room, payload);
        return typeof next === 'string' ? { room, result: next } : { room: next, result: next };
      });
      if (result === undefined || before === undefined) return fail('unknown-room');
      if (typeof result === 'string') return fail(result);
      sendStates(result);
      return after ? after(socket, before, result) : { ok: true };
    };

  const handlers: { [N in IncomingName]: Handler<N> } = {
    'room.open': async (socket) => {
      if ((await store.codes()).length >= maxRooms) return fail('full');
      const token = randomBytes(24).toString('base64url');
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const code = newCode();
        if (expired.has(code)) continue;
        if (await store.create(newRoom(code, hash(token), now()))) {
          becomeTrainer(socket, code);
          stats.roomsOpened += 1;
          return { ok: true, code, token };
        }
      }
      return fail('full');
    },

    'room.resume': async (socket, { code, token }) => {
      let recreated = false;
      if (!(await store.get(code))) {
        if (expired.has(code)) return fail('expired');
        if ((await store.codes()).length >= maxRooms) return fail('full');
        recreated = await store.create(newRoom(code, hash(token), now()));
      }
      const room = await authorise(socket, code, token);
      if (typeof room === 'string') return fail(room);
      await store.update(code, (r) => ({ room: { ...r, trainerSeenAt: now() }, result: true }));
      return {
        ok: true,
        code,
        recreated,
        participants: participants(code),
        cast: votesCast(room),
        state: publicState(room, undefined, participants(code)),
      };
    },

    'room.phase': trainerEvent<'room.phase'>((room, { phase, decision, letters }) =>
      decision === room.decision
        ? { ...room, phase, letters }
        : { ...room, phase, decision, letters, open: false, votes: {}, tally: null },
    ),

    'vote.open': trainerEvent<'vote.open'>(
      (room, { decision, letters }) =>
        room.open && room.decision === decision && room.letters.join() === letters.join()
          ? room
          : { ...room, decision, letters, open: true, votes: {}, tally: null },
      (_socket, _before, room) => {
        io.to(trainersOf(room.code)).emit('vote.count', { decision: room.decision, cast: votesCast(room) });
        return { ok: true, cast: votesCast(room) };
      },
    ),

    'vote.close': trainerEvent<'vote.close'>(
      (room) => ({ ...room, open: false }),
      (_socket, _before, room) => {
        const tally = countVotes(room);
        io.to(trainersOf(room.code)).emit('vote.tally', { decision: room.decision, tally });
        return { ok: true, decision: room.decision, tally };
      },
    ),

    'vote.reveal': trainerEvent<'vote.reveal'>((room, { decision, tally }) =>
      decision !== room.decision ? 'wrong-decision' : { ...room, open: false, tally },
    ),

    'room.join': async (socket, { code, device }) => {
      const room = await store.get(code);
      if (!room) return fail(expired.has(code) ? 'expired' : 'unknown-room');
      const seen = known.get(code) ?? new Set<string>();
      known.set(code, seen);
      if (!seen.has(device) && seen.size >= maxDevices) return fail('full');
      const previous = socket.data.phone;
      if (previous && (previous.code !== code || previous.device !== device)) leavePhone(socket);
      if (!socket.data.phone) {
        seen.add(device);
        socket.data.phone = { code, device };
        socket.join([phonesOf(code), deviceIn(code, device)]);
        arrive(code, device);
      }
      return { ok: true, state: publicState(room, device, participants(code)) };
    },

    'vote.cast': async (socket, { decision, letter }) => {
      const phone = socket.data.phone;
      if (!phone) return fail('not-joined');
      let castBefore = 0;
      const result = await store.update<Room | Failure>(phone.code, (room) => {
        castBefore = votesCast(room);
        if (room.decision !== decision) return { room, result: 'wrong-decision' };
        if (!room.open || !room.letters.includes(letter)) return { room, result: 'closed' };
        const next = { ...room, votes: { ...room.votes, [phone.device]: letter } };
        return { room: next, result: next };
      });
      if (result === undefined) return fail('unknown-room');
      if (typeof result === 'string') return fail(result);
      const cast = votesCast(result);
      if (cast !== castBefore) io.to(trainersOf(phone.code)).emit('vote.count', { decision, cast });
      return { ok: true, mine: letter };
    },
  };

  /** A device's connection arrives in (or leaves) its room; the count goes to everyone when it changes. */
  const arrive = (code: string, device: string) => {
    const map = devices.get(code) ?? new Map<string, number>();
    devices.set(code, map);
    const n = map.get(device) ?? 0;
    map.set(device, n + 1);
    if (n === 0) sendCount(code);
  };
  const depart = (code: string, device: string) => {
    const map = devices.get(code);
    const n = map?.get(device) ?? 0;
    if (!map || n === 0) return;
    if (n > 1) map.set(device, n - 1);
    else {
      map.delete(device);
      sendCount(code);
    }
  };
  const leavePhone = (socket: RoomSocket) => {
    const phone = socket.data.phone;
    if (!phone) return;
    socket.leave(phonesOf(phone.code));
    socket.leave(deviceIn(phone.code, phone.device));
    socket.data.phone = undefined;
    depart(phone.code, phone.device);
  };

  io.on('connection', (raw) => {
    const socket = raw as unknown as RoomSocket;
    const buckets: Record<'join' | 'vote' | 'any', Bucket> = {
      join: tokenBucket(...limits.join, now),
      vote: tokenBucket(...limits.vote, now),
      any: tokenBucket(...limits.any, now),
    };
    // A connection recovered after a short drop keeps its rooms and data: count it in again.
    if (socket.recovered) {
      const phone = socket.data.phone;
      if (phone && known.get(phone.code)?.has(phone.device)) arrive(phone.code, phone.device);
      else if (phone) socket.data.phone = undefined;
      for (const code of socket.data.trainerOf ?? [])
        if (trainers.has(code)) trainers.get(code)?.add(socket.id);
    }

    socket.onAny((name: unknown, ...args: unknown[]) => {
      stats.received += 1;
      const ack = typeof args.at(-1) === 'function' ? (args.at(-1) as (reply: Reply) => void) : undefined;
      const reply = (r: Reply) => {
        if (!r.ok) stats.dropped[r.error] += 1;
        try {
          ack?.(r);
        } catch {
          // An acknowledgement that cannot be sent is nothing to stop for.
        }
      };
      const payloads = ack ? args.slice(0, -1) : args;
      if (!buckets.any.take()) return reply(fail('rate-limited'));
      if (!isIncomingName(name)) return reply(fail('unknown-event'));
      if (payloads.length !== 1) return reply(fail('invalid'));
      const payload = readIncoming(name, payloads[0]);
      if (payload === undefined) return reply(fail('invalid'));
      const joining = name === 'room.join' || name === 'room.open' || name === 'room.resume';
      if (joining && !buckets.join.take()) return reply(fail('rate-limited'));
      if (name === 'vote.cast' && !buckets.vote.take()) return reply(fail('rate-limited'));
      const handle = handlers[name] as Handler<typeof name>;
      handle(socket, payload as never).then(reply, () => reply(fail('server')));
    });

    socket.on('disconnect', () => {
      // socket.io hands an incoming event named "disconnect" to this listener too: only the real one counts.
      if (socket.connected) return;
      const phone = socket.data.phone;
      if (phone) depart(phone.code, phone.device);
      for (const code of socket.data.trainerOf ?? []) {
        const set = trainers.get(code);
        set?.delete(socket.id);
        if (set && set.size === 0)
          store
            .update(code, (room) => ({ room: { ...room, trainerSeenAt: now() }, result: true }))
            .catch(() => {});
      }
    });
  });

  const timer =
    (options.sweepMs ?? 60_000) > 0
      ? setInterval(() => void sweep().catch(() => {}), options.sweepMs ?? 60_000)
      : undefined;
  timer?.unref();

  return {
    http,
    io,
    stats,
    sweep,
    store,
    /** Starts listening; resolves with the address actually bound. */
    listen: () =>
      new Promise<{ host: string; port: number }>((done, failed) => {
        http.once('error', failed);
        http.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => {
          http.off('error', failed);
          const address = http.address() as AddressInfo;
          done({ host: address.address, port: address.port });
        });
      }),
    /** Closes every connection and the HTTP server. */
    close: () =>
      new Promise<void>((done) => {
        if (timer) clearInterval(timer);
        io.close(() => done());
        http.closeAllConnections?.();
      }),
  };
};

export type RoomServer = ReturnType<typeof createRoomServer>;
export type { PublicState };
