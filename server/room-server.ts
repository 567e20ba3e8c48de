import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server, type Socket } from 'socket.io';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  type Failure,
  type Incoming,
  type IncomingName,
  isIncomingName,
  MAX_MESSAGE_BYTES,
  MAX_SYNC_BYTES,
  type Outgoing,
  type PublicState,
  type Reply,
  readIncoming,
} from '../src/domain/room-protocol.ts';
import { type Bucket, DEFAULT_RATE_LIMITS, type RateLimits, tokenBucket } from './rate-limit.ts';
import { connectRedis, diskWarning, type RedisClient, redisRoomStore } from './redis-store.ts';
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
  /** Where rooms live; by default in this process, or in Redis when `redisUrl` is set. */
  readonly store?: RoomStore;
  /**
   * Rooms and votes in this Redis (with a TTL, nowhere else), and socket.io's broadcasts through it
   * (@socket.io/redis-adapter): several server instances pointed at one Redis serve the same rooms.
   */
  readonly redisUrl?: string;
  /** Put before every Redis key and channel. Default `oa:`. */
  readonly redisPrefix?: string;
  /** Told when the Redis connection fails after start (it is retried); never anything about a player. */
  readonly onRedisError?: (error: Error) => void;
  /** Told at start when that Redis writes its data to disk (nothing about a player should be). */
  readonly onRedisWarning?: (message: string) => void;
  /** The clock for expiry and rate limits; tests inject their own. */
  readonly now?: () => number;
  /** A room with no trainer connected for this long is deleted. Default 2 h. */
  readonly idleMs?: number;
  /** Every room is deleted after this long. Default 12 h. */
  readonly maxAgeMs?: number;
  /** How often expired rooms are swept; 0 leaves sweeping to `sweep()`. Default 1 min. */
  readonly sweepMs?: number;
  readonly rateLimits?: RateLimits;
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
/** Larger than `bytes` as JSON (or not JSON at all); socket.io's own cap is set to the largest kind. */
const tooLarge = (payload: unknown, bytes: number): boolean => {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '') > bytes;
  } catch {
    return true;
  }
};

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

type LiveCount = Outgoing<'vote.count'> & { seq: number };

const phonesOf = (code: string) => `p:${code}`;
const trainersOf = (code: string) => `t:${code}`;

/**
 * A Redis client as the adapter sees it, with the calls the adapter does not wait for unable to fail
 * unheard: its publishes and its (un)subscriptions. One of them failing (Redis away for a moment, or
 * closed while the server stops) would otherwise be an unhandled rejection, and end the process. A
 * broadcast lost so is lost; a request across instances then times out, as it would unanswered.
 */
const QUIET = new Set(['publish', 'subscribe', 'pSubscribe', 'unsubscribe', 'pUnsubscribe', 'sendCommand']);
const quietForAdapter = (client: RedisClient, onError: (error: Error) => void = () => {}): RedisClient =>
  new Proxy(client, {
    get(target, name) {
      const value = Reflect.get(target, name, target);
      if (typeof value !== 'function') return value;
      if (typeof name !== 'string' || !QUIET.has(name)) return value.bind(target);
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (result instanceof Promise) result.catch((error: Error) => onError(error));
        return result;
      };
    },
  });

/**
 * The room server: the built game and a socket.io endpoint on one HTTP server and port. It relays and
 * validates; the projector stays the one authority of the session and its rules. Nothing is logged,
 * nothing is written to disk. What a room is lives in the store (this process, or Redis shared by
 * several instances); a connection's own part (which room it is a phone or trainer of) lives with the
 * connection, and who is connected where is socket.io's to know (through the adapter, across
 * instances).
 */
export const createRoomServer = (options: RoomServerOptions) => {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMs ?? 2 * 60 * 60_000;
  const maxAgeMs = options.maxAgeMs ?? 12 * 60 * 60_000;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const maxDevices = options.maxDevices ?? 500;
  const maxRooms = options.maxRooms ?? 1000;
  const stats: RoomStats = { received: 0, dropped: emptyDropped(), roomsOpened: 0, roomsExpired: 0 };
  /** Set by listen() when rooms live in Redis. */
  let redis: { client: RedisClient; sub: RedisClient } | undefined;
  let store: RoomStore = options.store ?? memoryRoomStore(now);

  const http: HttpServer = createServer(staticFiles(options.root));
  const io = new Server(http, {
    serveClient: false,
    // A phone whose Wi-Fi silently dropped knows within 15 s (not socket.io's default 45 s) and rejoins.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    // Each kind of message has its own cap (tooLarge, below); this is only the outer bound.
    maxHttpBufferSize: MAX_SYNC_BYTES + 1024,
    // Recovery needs an adapter that keeps sessions; the Redis adapter does not, so there phones join again.
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

  /** One message for all the room's phones: a phone keeps its own vote from the answers it got. */
  const sendStates = async (room: Room) => {
    io.to(phonesOf(room.code)).emit('room.state', publicState(room, await store.participants(room.code)));
  };
  const sendCount = (code: string, participants: number, seq: number) => {
    io.to([phonesOf(code), trainersOf(code)]).emit('room.count', { participants, seq });
  };
  /**
   * The trainer's windows hear every change in the phones' votes, split and all; the room does not.
   * Votes read in the same turn of the event loop (a room voting at once) go out as one count, the
   * newest, at the end of that turn: no later than alone, and one message instead of thirty.
   */
  const pendingLive = new Map<string, LiveCount>();
  const flushLive = () => {
    for (const [code, count] of pendingLive) io.to(trainersOf(code)).emit('vote.count', count);
    pendingLive.clear();
  };
  const sendLive = (code: string, count: LiveCount) => {
    const before = pendingLive.get(code);
    if (before && before.seq > count.seq) return;
    if (pendingLive.size === 0) setImmediate(flushLive);
    pendingLive.set(code, count);
  };

  const newCode = () =>
    Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

  const becomeTrainer = (socket: RoomSocket, code: string) => {
    socket.join(trainersOf(code));
    const list = socket.data.trainerOf ?? [];
    if (!list.includes(code)) socket.data.trainerOf = [...list, code];
  };

  /** The room, when `token` is its trainer's; the failure otherwise. */
  const authorise = async (socket: RoomSocket, code: string, token: string): Promise<Room | Failure> => {
    const room = await store.get(code);
    if (!room) return 'unknown-room';
    if (!sameHash(room.tokenHash, hash(token))) return 'forbidden';
    becomeTrainer(socket, code);
    return room;
  };

  const touch = (t: number) => (room: Room) => ({ room: { ...room, trainerSeenAt: t }, result: true });

  /** A room the store just deleted: its code is refused for a while, everyone in it is told. */
  const closed = async (code: string) => {
    await store.markExpired(code, maxAgeMs);
    io.to([phonesOf(code), trainersOf(code)]).emit('room.closed', { code });
    io.in([phonesOf(code), trainersOf(code)]).socketsLeave([phonesOf(code), trainersOf(code)]);
    stats.roomsExpired += 1;
  };

  /** Whether a trainer connection of the room is on this instance. */
  const trainerHere = (code: string) => (io.of('/').adapter.rooms.get(trainersOf(code))?.size ?? 0) > 0;

  /**
   * Deletes the rooms that outlived their trainer or their maximum age; returns how many. Each
   * instance marks its own trainers present; a room that looks idle is asked about across instances
   * before it goes, and deleted in one step that checks again (two sweeping instances delete it once).
   */
  const sweep = async (): Promise<number> => {
    const t = now();
    const limits = { idleMs, maxAgeMs };
    let gone = 0;
    const one = async (code: string): Promise<boolean> => {
      const room = trainerHere(code) ? (await store.update(code, touch(t)))?.room : await store.get(code);
      if (!room || !isExpired(room, t, limits)) return false;
      if (t - room.createdAt <= maxAgeMs && (await io.in(trainersOf(code)).fetchSockets()).length > 0) {
        await store.update(code, touch(t));
        return false;
      }
      const deleted = await store.update(code, (r) =>
        isExpired(r, t, limits) ? { room: null, result: true } : { room: r, result: false },
      );
      if (!deleted?.result) return false;
      await closed(code);
      return true;
    };
    let failed: unknown;
    // One room that cannot be swept now (Redis away, an instance not answering) does not stop the rest.
    for (const code of await store.codes())
      await one(code).then(
        (yes) => {
          if (yes) gone += 1;
        },
        (error: unknown) => {
          failed ??= error;
        },
      );
    if (failed !== undefined) throw failed;
    return gone;
  };

  type Handler<N extends IncomingName> = (socket: RoomSocket, payload: Incoming<N>) => Promise<Reply>;

  /** A trainer event: the token is checked on the room as read, and the change applied in the same step. */
  const trainerEvent =
    <N extends 'room.phase' | 'vote.open' | 'vote.close' | 'vote.reveal'>(
      change: (room: Room, payload: Incoming<N>) => Room | Failure,
      after?: (socket: RoomSocket, room: Room) => Reply,
    ): Handler<N> =>
    async (socket, payload) => {
      const token = hash(payload.token);
      const updated = await store.update<Failure | null>(payload.code, (room) => {
        if (!sameHash(room.tokenHash, token)) return { room, result: 'forbidden' };
        const next = change(room, payload);
        return typeof next === 'string' ? { room, result: next } : { room: next, result: null };
      });
      if (updated === undefined || updated.room === null) return fail('unknown-room');
      if (updated.result === 'forbidden') return fail('forbidden');
      becomeTrainer(socket, payload.code);
      if (updated.result !== null) return fail(updated.result);
      await sendStates(updated.room);
      return after ? after(socket, updated.room) : { ok: true };
    };

  /** A connection of a device left its room: the count goes to everyone when the device is gone. */
  const depart = async (code: string, device: string) => {
    const left = await store.depart(code, device);
    if (left?.changed) sendCount(code, left.participants, left.seq);
  };

  const handlers: { [N in IncomingName]: Handler<N> } = {
    'room.open': async (socket) => {
      if ((await store.codes()).length >= maxRooms) return fail('full');
      const token = randomBytes(24).toString('base64url');
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const code = newCode();
        if (await store.wasExpired(code)) continue;
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
        if (await store.wasExpired(code)) return fail('expired');
        if ((await store.codes()).length >= maxRooms) return fail('full');
        recreated = await store.create(newRoom(code, hash(token), now()));
      }
      const t = now();
      const mine = hash(token);
      const resumed = await store.update(code, (room) =>
        sameHash(room.tokenHash, mine) ? touch(t)(room) : { room, result: false },
      );
      if (!resumed?.room) return fail('unknown-room');
      if (!resumed.result) return fail('forbidden');
      becomeTrainer(socket, code);
      const participants = await store.participants(code);
      return {
        ok: true,
        code,
        recreated,
        participants,
        cast: votesCast(resumed.room),
        state: publicState(resumed.room, participants),
      };
    },

    'room.phase': trainerEvent<'room.phase'>((room, { phase, decision, letters, path }) =>
      decision === room.decision
        ? { ...room, phase, letters, path }
        : { ...room, phase, decision, letters, path, open: false, votes: {}, tally: null },
    ),

    'vote.open': trainerEvent<'vote.open'>(
      (room, { decision, letters }) =>
        room.decision === decision && room.letters.join() === letters.join()
          ? { ...room, open: true, tally: null }
          : { ...room, decision, letters, open: true, votes: {}, tally: null },
      (_socket, room) => {
        sendLive(room.code, {
          decision: room.decision,
          cast: votesCast(room),
          tally: countVotes(room),
          seq: room.seq,
        });
        return { ok: true, cast: votesCast(room) };
      },
    ),

    'vote.close': trainerEvent<'vote.close'>(
      (room) => ({ ...room, open: false }),
      (_socket, room) => {
        const tally = countVotes(room);
        io.to(trainersOf(room.code)).emit('vote.tally', { decision: room.decision, tally });
        return { ok: true, decision: room.decision, tally };
      },
    ),

    'vote.reveal': trainerEvent<'vote.reveal'>((room, { decision, tally }) =>
      decision !== room.decision ? 'wrong-decision' : { ...room, open: false, tally },
    ),

    'room.join': async (socket, { code, device }) => {
      const previous = socket.data.phone;
      const again = previous?.code === code && previous.device === device;
      // In the room's channel before its state is read: a change after the reading reaches this phone.
      socket.join(phonesOf(code));
      const joined = await store.join(code, device, { maxDevices, arrive: !again });
      if (!joined.ok) {
        if (previous?.code !== code) socket.leave(phonesOf(code));
        if (joined.error === 'full') return fail('full');
        return fail((await store.wasExpired(code)) ? 'expired' : 'unknown-room');
      }
      if (!again) {
        if (previous) {
          socket.data.phone = undefined;
          if (previous.code !== code) socket.leave(phonesOf(previous.code));
          await depart(previous.code, previous.device);
        }
        socket.data.phone = { code, device };
        if (joined.changed) sendCount(code, joined.state.participants, joined.seq);
      }
      return { ok: true, state: joined.state, mine: joined.mine };
    },

    'vote.cast': async (socket, { decision, letter }) => {
      const phone = socket.data.phone;
      if (!phone) return fail('not-joined');
      const cast = await store.castVote(phone.code, phone.device, decision, letter);
      if (!cast.ok) return fail(cast.error);
      if (cast.changed)
        sendLive(phone.code, { decision: cast.decision, cast: cast.cast, tally: cast.tally, seq: cast.seq });
      return { ok: true, mine: letter };
    },

    'room.sync': async (socket, { code, token, message }) => {
      const ok = await authorise(socket, code, token);
      if (typeof ok === 'string') return fail(ok);
      socket.to(trainersOf(code)).emit('room.sync', { message });
      return { ok: true };
    },
  };

  io.on('connection', (raw) => {
    const socket = raw as unknown as RoomSocket;
    const buckets: Record<'join' | 'vote' | 'any', Bucket> = {
      join: tokenBucket(...limits.join, now),
      vote: tokenBucket(...limits.vote, now),
      any: tokenBucket(...limits.any, now),
    };
    // A connection recovered after a short drop keeps its rooms and data: count it in again.
    const phone = socket.recovered ? socket.data.phone : undefined;
    if (phone)
      store
        .arrive(phone.code, phone.device)
        .then((back) => {
          if (back?.changed) sendCount(phone.code, back.participants, back.seq);
          if (back || socket.data.phone !== phone) return;
          socket.data.phone = undefined;
          socket.leave(phonesOf(phone.code));
        })
        .catch(() => {});

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
      if (tooLarge(payloads[0], name === 'room.sync' ? MAX_SYNC_BYTES : MAX_MESSAGE_BYTES))
        return reply(fail('invalid'));
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
      // socket.data stays as it is: connection-state recovery keeps it for the connection's return.
      const phone = socket.data.phone;
      if (phone) depart(phone.code, phone.device).catch(() => {});
      // The trainer was here until now; whether another of its windows is still connected, the sweep asks.
      for (const code of socket.data.trainerOf ?? []) store.update(code, touch(now())).catch(() => {});
    });
  });

  const timer =
    (options.sweepMs ?? 60_000) > 0
      ? setInterval(() => void sweep().catch(() => {}), options.sweepMs ?? 60_000)
      : undefined;
  timer?.unref();

  /** Lets go of Redis: what is still queued is sent if Redis is there (for a second at most), else dropped. */
  const disconnectRedis = async () => {
    const clients = redis ? [redis.client, redis.sub] : [];
    redis = undefined;
    await Promise.all(
      clients.map(async (c) => {
        if (c.isReady)
          await Promise.race([
            c.close().catch(() => {}),
            new Promise((done) => setTimeout(done, 1_000).unref()),
          ]);
        if (c.isOpen) c.destroy();
      }),
    );
  };

  return {
    http,
    io,
    stats,
    sweep,
    /** Where the rooms are: in Redis only once listen() connected to it. */
    get store() {
      return store;
    },
    /**
     * Connects to Redis first when `redisUrl` is set (RedisUnreachable when it cannot), then starts
     * listening; resolves with the address actually bound.
     */
    listen: async (): Promise<{ host: string; port: number }> => {
      if (options.redisUrl && !redis) {
        redis = await connectRedis(options.redisUrl, options.onRedisError);
        const warning = await diskWarning(redis.client, options.redisUrl);
        if (warning) options.onRedisWarning?.(warning);
        const prefix = options.redisPrefix ?? 'oa:';
        store = options.store ?? redisRoomStore({ client: redis.client, prefix, now, idleMs, maxAgeMs });
        const quiet = (c: RedisClient) => quietForAdapter(c, options.onRedisError);
        io.adapter(createAdapter(quiet(redis.client), quiet(redis.sub), { key: `${prefix}socket.io` }));
      }
      try {
        return await new Promise((done, failed) => {
          http.once('error', failed);
          http.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => {
            http.off('error', failed);
            const address = http.address() as AddressInfo;
            done({ host: address.address, port: address.port });
          });
        });
      } catch (error) {
        await disconnectRedis();
        throw error;
      }
    },
    /** Closes every connection, the HTTP server, and the connections to Redis. */
    close: async () => {
      if (timer) clearInterval(timer);
      await new Promise<void>((done) => {
        io.close(() => done());
        http.closeAllConnections?.();
      });
      await store.close();
      await disconnectRedis();
    },
  };
};

export type RoomServer = ReturnType<typeof createRoomServer>;
export type { PublicState };
