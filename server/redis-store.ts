import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import type { Letter, LetterTally } from '../src/domain/room-protocol.ts';
import {
  type CastResult,
  type JoinResult,
  type Presence,
  publicState,
  type Room,
  type RoomStore,
} from './rooms.ts';

/**
 * Rooms in Redis, shared by every server instance that points at the same Redis (REDIS_URL). Per room
 * code, and nowhere else: `room:` (a hash of the room's fields, JSON each, and its `seq`), `votes:`
 * (device → letter), `conn:` (device → open connections, on all instances together), `joined:` (every
 * device that joined, for the room's device cap); besides them `expired:CODE` for a code that expired,
 * and `rooms`, the index of codes. Every key has a TTL: a room's keys get, on every write, the time the
 * room may still stay idle (or, if sooner, until its maximum age) plus a grace minute, so the sweep
 * that tells the phones comes first and nothing outlives it when every server is gone.
 *
 * Each change is one step in Redis: a Lua script for votes, joins and connections; for trainer events
 * (`update`) the room is read, changed in JavaScript, and written only if its `seq` did not move
 * meanwhile, or read again.
 */

/** One connection to Redis; at start it fails at once, later it retries while `retrying()` says so. */
const newClient = (url: string, retrying: () => boolean) =>
  createClient({
    url,
    disableOfflineQueue: true,
    // No timer per command (node-redis 6 sets a 5 s one by default, an AbortSignal each: a third of the
    // Redis client's time on a vote). A lost connection fails its commands at once (no offline queue);
    // a phone whose answer never comes sends again.
    commandOptions: { timeout: 0 },
    socket: {
      connectTimeout: 3_000,
      reconnectStrategy: (retries, cause) => (retrying() ? Math.min(50 * 2 ** retries, 2_000) : cause),
    },
  });
export type RedisClient = ReturnType<typeof newClient>;

/** Added to every TTL, so the server's own sweep (which tells the phones) expires a room first. */
export const TTL_GRACE_MS = 60_000;
const CAS_ATTEMPTS = 100;

const FIELDS = [
  'code',
  'tokenHash',
  'createdAt',
  'trainerSeenAt',
  'phase',
  'decision',
  'letters',
  'open',
  'tally',
  'path',
] as const satisfies readonly (keyof Room)[];

/** Refreshes the TTL of the room's four keys; ARGV[1..4] are now, idle, max age and grace (ms). */
const PRELUDE = `
local function refresh()
  local created = tonumber(redis.call('HGET', KEYS[1], 'createdAt'))
  if not created then return end
  local t = math.min(tonumber(ARGV[2]), created + tonumber(ARGV[3]) - tonumber(ARGV[1]))
  t = math.floor(math.max(t, 0) + tonumber(ARGV[4]))
  for i = 1, 4 do redis.call('PEXPIRE', KEYS[i], t) end
end
`;

const SCRIPTS = {
  /** ARGV[5] code, [6] index score, [7] index TTL, then field/value pairs. */
  create: `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
redis.call('HSET', KEYS[1], 'seq', 0, unpack(ARGV, 8))
redis.call('ZADD', KEYS[5], ARGV[6], ARGV[5])
redis.call('PEXPIRE', KEYS[5], ARGV[7])
refresh()
return 1`,
  /**
   * ARGV[5] code, [6] the seq read, [7] 'write' or 'delete', [8] votes 'keep', 'clear' or 'replace',
   * [9] how many field pairs follow; then the pairs, then the votes' device/letter pairs.
   * -1: no room; -2: changed meanwhile; else the new seq.
   */
  write: `
local seq = redis.call('HGET', KEYS[1], 'seq')
if not seq then return -1 end
if seq ~= ARGV[6] then return -2 end
if ARGV[7] == 'delete' then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
  redis.call('ZREM', KEYS[5], ARGV[5])
  return 0
end
local last = 9 + 2 * tonumber(ARGV[9])
redis.call('HSET', KEYS[1], unpack(ARGV, 10, last))
if ARGV[8] ~= 'keep' then redis.call('DEL', KEYS[2]) end
if ARGV[8] == 'replace' and #ARGV > last then redis.call('HSET', KEYS[2], unpack(ARGV, last + 1)) end
local next = redis.call('HINCRBY', KEYS[1], 'seq', 1)
refresh()
return next`,
  /** ARGV[5] device, [6] decision as JSON, [7] letter. */
  vote: `
local r = redis.call('HMGET', KEYS[1], 'decision', 'open', 'letters', 'seq')
if not r[4] then return {'unknown-room'} end
if r[1] ~= ARGV[6] then return {'wrong-decision'} end
if r[2] ~= 'true' or not string.find(r[3], '"' .. ARGV[7] .. '"', 1, true) then return {'closed'} end
local changed = 0
local seq = tonumber(r[4])
if redis.call('HGET', KEYS[2], ARGV[5]) ~= ARGV[7] then
  redis.call('HSET', KEYS[2], ARGV[5], ARGV[7])
  seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
  changed = 1
  refresh()
end
local counts = {A = 0, B = 0, C = 0, D = 0}
local votes = redis.call('HVALS', KEYS[2])
for _, letter in ipairs(votes) do counts[letter] = (counts[letter] or 0) + 1 end
return {'ok', changed, seq, #votes, counts.A, counts.B, counts.C, counts.D, r[1], r[3]}`,
  /** ARGV[5] device, [6] most devices, [7] '1' to count a connection. */
  join: `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'unknown-room'} end
if redis.call('SISMEMBER', KEYS[4], ARGV[5]) == 0 then
  if redis.call('SCARD', KEYS[4]) >= tonumber(ARGV[6]) then return {'full'} end
  redis.call('SADD', KEYS[4], ARGV[5])
end
local changed = 0
if ARGV[7] == '1' and redis.call('HINCRBY', KEYS[3], ARGV[5], 1) == 1 then
  changed = 1
  redis.call('HINCRBY', KEYS[1], 'seq', 1)
end
refresh()
local mine = redis.call('HGET', KEYS[2], ARGV[5]) or ''
return {'ok', changed, redis.call('HLEN', KEYS[3]), mine, unpack(redis.call('HGETALL', KEYS[1]))}`,
  /** ARGV[5] device. Nil when the room is gone or the device never joined it. */
  arrive: `
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('SISMEMBER', KEYS[4], ARGV[5]) == 0 then return false end
local changed = 0
if redis.call('HINCRBY', KEYS[3], ARGV[5], 1) == 1 then
  changed = 1
  redis.call('HINCRBY', KEYS[1], 'seq', 1)
end
refresh()
return {changed, redis.call('HLEN', KEYS[3]), tonumber(redis.call('HGET', KEYS[1], 'seq'))}`,
  /** ARGV[5] device. Nil when the room is gone. */
  depart: `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local n = tonumber(redis.call('HGET', KEYS[3], ARGV[5]) or '0')
local changed = 0
if n > 1 then
  redis.call('HINCRBY', KEYS[3], ARGV[5], -1)
elseif n == 1 then
  redis.call('HDEL', KEYS[3], ARGV[5])
  redis.call('HINCRBY', KEYS[1], 'seq', 1)
  changed = 1
end
refresh()
return {changed, redis.call('HLEN', KEYS[3]), tonumber(redis.call('HGET', KEYS[1], 'seq'))}`,
  /** ARGV[5] code. */
  delete: `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
redis.call('ZREM', KEYS[5], ARGV[5])
return 1`,
} as const;
type ScriptName = keyof typeof SCRIPTS;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export interface RedisStoreOptions {
  readonly client: RedisClient;
  /** Put before every key, so several deployments (or tests) can share one Redis. Default `oa:`. */
  readonly prefix?: string;
  readonly now?: () => number;
  /** The room limits of the server (its TTLs follow them). */
  readonly idleMs: number;
  readonly maxAgeMs: number;
}

type Reply = unknown;

export const redisRoomStore = (options: RedisStoreOptions): RoomStore => {
  const { client, idleMs, maxAgeMs } = options;
  const prefix = options.prefix ?? 'oa:';
  const now = options.now ?? Date.now;
  const index = `${prefix}rooms`;
  const keys = (code: string) => [
    `${prefix}room:${code}`,
    `${prefix}votes:${code}`,
    `${prefix}conn:${code}`,
    `${prefix}joined:${code}`,
    index,
  ];
  const shas = Object.fromEntries(
    Object.entries(SCRIPTS).map(([name, body]) => [name, sha1(PRELUDE + body)]),
  ) as Record<ScriptName, string>;

  /** EVALSHA, loading the script the first time (or after Redis forgot it). */
  const run = async (name: ScriptName, code: string, args: readonly (string | number)[]): Promise<Reply> => {
    const argv = [String(now()), String(idleMs), String(maxAgeMs), String(TTL_GRACE_MS), ...args.map(String)];
    const k = keys(code);
    try {
      return await client.sendCommand(['EVALSHA', shas[name], String(k.length), ...k, ...argv]);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.sendCommand(['EVAL', PRELUDE + SCRIPTS[name], String(k.length), ...k, ...argv]);
    }
  };

  const encode = (room: Room): string[] => FIELDS.flatMap((field) => [field, JSON.stringify(room[field])]);
  const decode = (hash: Record<string, string>, votes: Record<string, string>): Room | undefined => {
    if (hash.seq === undefined) return undefined;
    const field = (name: (typeof FIELDS)[number]) => JSON.parse(hash[name] ?? 'null');
    return {
      code: field('code'),
      tokenHash: field('tokenHash'),
      createdAt: field('createdAt'),
      trainerSeenAt: field('trainerSeenAt'),
      phase: field('phase'),
      decision: field('decision'),
      letters: field('letters'),
      open: field('open'),
      tally: field('tally'),
      path: field('path'),
      votes: votes as Record<string, Letter>,
      seq: Number(hash.seq),
    };
  };
  const pairs = (flat: readonly unknown[]): Record<string, string> => {
    const out: Record<string, string> = {};
    for (let i = 0; i + 1 < flat.length; i += 2) out[String(flat[i])] = String(flat[i + 1]);
    return out;
  };

  const get = async (code: string): Promise<Room | undefined> => {
    const [room, votes] = keys(code);
    const [hash, cast] = (await client.multi().hGetAll(room!).hGetAll(votes!).exec()) as unknown as [
      Record<string, string>,
      Record<string, string>,
    ];
    return decode(hash, cast);
  };

  const presence = (reply: Reply): Presence | undefined => {
    if (!Array.isArray(reply)) return undefined;
    const [changed, participants, seq] = reply as number[];
    return { changed: changed === 1, participants: Number(participants), seq: Number(seq) };
  };

  return {
    get,

    create: async (room) =>
      (await run('create', room.code, [
        room.code,
        room.createdAt,
        maxAgeMs + TTL_GRACE_MS,
        ...encode(room),
      ])) === 1,

    update: async (code, change) => {
      for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt += 1) {
        const room = await get(code);
        if (!room) return undefined;
        const next = change(room);
        if (next.room === room) return { result: next.result, room };
        const votes =
          next.room === null || next.room.votes === room.votes
            ? 'keep'
            : Object.keys(next.room.votes).length === 0
              ? 'clear'
              : 'replace';
        const fields = next.room ? encode(next.room) : [];
        const written = await run('write', code, [
          code,
          room.seq,
          next.room ? 'write' : 'delete',
          votes,
          fields.length / 2,
          ...fields,
          ...(votes === 'replace' && next.room ? Object.entries(next.room.votes).flat() : []),
        ]);
        if (written === -1) return undefined;
        if (written !== -2)
          return { result: next.result, room: next.room ? { ...next.room, seq: Number(written) } : null };
      }
      throw new Error('room changed too often to update');
    },

    castVote: async (code, device, decision, letter): Promise<CastResult> => {
      const reply = (await run('vote', code, [device, JSON.stringify(decision), letter])) as unknown[];
      const [status, changed, seq, cast, a, b, c, d, decided, letters] = reply;
      if (status !== 'ok')
        return { ok: false, error: status as 'unknown-room' | 'wrong-decision' | 'closed' };
      const counts = { A: a, B: b, C: c, D: d } as Record<Letter, number>;
      const tally: LetterTally = {};
      for (const l of JSON.parse(String(letters)) as Letter[]) tally[l] = Number(counts[l]);
      for (const l of Object.keys(counts) as Letter[])
        if (Number(counts[l]) > 0) tally[l] = Number(counts[l]);
      return {
        ok: true,
        changed: changed === 1,
        decision: JSON.parse(String(decided)),
        cast: Number(cast),
        tally,
        seq: Number(seq),
      };
    },

    join: async (code, device, { maxDevices, arrive }): Promise<JoinResult> => {
      const reply = (await run('join', code, [device, maxDevices, arrive ? '1' : '0'])) as unknown[];
      const [status, changed, participants, mine, ...hash] = reply;
      if (status !== 'ok') return { ok: false, error: status as 'unknown-room' | 'full' };
      const room = decode(pairs(hash), {});
      if (!room) return { ok: false, error: 'unknown-room' };
      return {
        ok: true,
        state: publicState(room, Number(participants)),
        mine: mine === '' ? null : (mine as Letter),
        changed: changed === 1,
        seq: room.seq,
      };
    },

    arrive: async (code, device) => presence(await run('arrive', code, [device])),
    depart: async (code, device) => presence(await run('depart', code, [device])),
    participants: async (code) => client.hLen(keys(code)[2]!),
    delete: async (code) => (await run('delete', code, [code])) === 1,

    codes: async () => {
      const codes = await client.zRange(index, 0, -1);
      if (codes.length === 0) return [];
      const batch = client.multi();
      for (const code of codes) batch.exists(keys(code)[0]!);
      const present = (await batch.exec()) as unknown as number[];
      const gone = codes.filter((_, i) => present[i] === 0);
      if (gone.length > 0) await client.zRem(index, gone);
      return codes.filter((_, i) => present[i] === 1);
    },

    markExpired: async (code, ms) => {
      await client.set(`${prefix}expired:${code}`, '1', { PX: Math.max(1, Math.round(ms)) });
    },
    wasExpired: async (code) => (await client.exists(`${prefix}expired:${code}`)) === 1,
    close: async () => {},
  };
};

/** A Redis URL without its password, to name it in a message. */
export const safeUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(REDIS_URL is not a URL)';
  }
};

export class RedisUnreachable extends Error {
  constructor(url: string, cause: unknown) {
    const reason =
      (cause as NodeJS.ErrnoException | undefined)?.code ??
      (cause instanceof Error ? cause.message : String(cause));
    super(`Cannot reach Redis at ${safeUrl(url)} (REDIS_URL): ${reason.replace(/\.+$/, '')}.`);
    this.name = 'RedisUnreachable';
  }
}

/**
 * Two connections to Redis: one for the store and the adapter's publishing, one for its subscriptions.
 * At start a Redis that cannot be reached fails at once (RedisUnreachable); once connected, a lost
 * connection is retried with back-off, and commands meanwhile fail rather than wait.
 */
export const connectRedis = async (
  url: string,
  onError: (error: Error) => void = () => {},
): Promise<{ client: RedisClient; sub: RedisClient }> => {
  let started = false;
  const make = () => {
    const c = newClient(url, () => started);
    c.on('error', (error: Error) => {
      if (started) onError(error);
    });
    return c;
  };
  const client = make();
  const sub = make();
  try {
    await client.connect();
    await sub.connect();
  } catch (error) {
    for (const c of [client, sub]) if (c.isOpen) c.destroy();
    throw new RedisUnreachable(url, error);
  }
  started = true;
  return { client, sub };
};

/**
 * Whether this Redis writes what it holds to disk (RDB snapshots or an append-only file), as Debian's
 * default configuration does: then device ids and votes would end up on disk. A message saying so and
 * how to stop it, or undefined when it keeps everything in memory (or will not say: CONFIG disabled).
 */
export const diskWarning = async (client: RedisClient, url: string): Promise<string | undefined> => {
  try {
    const config = (await client.configGet('save')) as Record<string, string>;
    const aof = (await client.configGet('appendonly')) as Record<string, string>;
    const saves = (config.save ?? '').trim() !== '';
    const appends = (aof.appendonly ?? 'no') !== 'no';
    if (!saves && !appends) return undefined;
    return `Redis at ${safeUrl(url)} writes its data to disk (${[saves ? 'save' : '', appends ? 'appendonly' : ''].filter(Boolean).join(', ')}): room codes, device ids and votes would be on disk until it rewrites them. Run it with --save '' --appendonly no (or CONFIG SET save '' and appendonly no).`;
  } catch {
    return undefined;
  }
};
