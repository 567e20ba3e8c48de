import { describe, expect, it } from 'vitest';
import { EXIT, serve } from '../../server/main.ts';
import { connectRedis, RedisUnreachable, redisRoomStore, TTL_GRACE_MS } from '../../server/redis-store.ts';
import { createRoomServer } from '../../server/room-server.ts';
import { memoryRoomStore, newRoom, type RoomStore } from '../../server/rooms.ts';
import type { LetterTally } from '../../src/domain/room-protocol.ts';
import {
  ask,
  BUDGET,
  client,
  deviceId,
  fakeRoot,
  heardOf,
  joinRoom,
  next,
  openRoom,
  type Phone,
  recorder,
  redisClient,
  roundTrip,
  startRedis,
  startServer,
  within,
} from './helpers.ts';

/**
 * REDIS_URL: rooms and votes in a real Redis (a redis-server of the test's own), shared by two server
 * instances. Where redis-server is not installed these tests fail, saying how to install it.
 */
const T = 60_000;
const DECISION = 'scenario/besluit';
const LIMITS = { idleMs: 2 * 60 * 60_000, maxAgeMs: 12 * 60 * 60_000 };

/** A clock the test moves by hand, shared by both instances: expiry without waiting. */
const handClock = (start = Date.now()) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

/**
 * Every key in the Redis has a TTL: a room's keys no longer than `room` (its idle time or its age left,
 * and the grace minute), the others (the index, a refused code) no longer than the maximum age and the
 * grace minute. Answers the keys.
 */
const everyKeyExpires = async (url: string, room: number, maxAgeMs = LIMITS.maxAgeMs): Promise<string[]> => {
  const redis = await redisClient(url);
  const keys = (await redis.keys('*')).sort();
  for (const key of keys) {
    const ttl = await redis.pTTL(key);
    const longest = /^oa:(room|votes|conn|joined):/.test(key) ? room : maxAgeMs + TTL_GRACE_MS;
    expect([key, ttl > 0, ttl <= longest]).toEqual([key, true, true]);
  }
  return keys;
};

const sum = (tally: LetterTally) => Object.values(tally).reduce((a, b) => a + (b ?? 0), 0);

/** Two stores on one Redis, as two server instances have them. */
const twoStores = async (url: string): Promise<RoomStore[]> => {
  const stores: RoomStore[] = [];
  for (let i = 0; i < 2; i += 1) {
    const { client: c, sub } = await connectRedis(url);
    sub.destroy();
    stores.push(redisRoomStore({ client: c, ...LIMITS }));
  }
  return stores;
};

describe('Redis store: each change one step, whichever instance makes it', () => {
  it(
    'never loses or doubles a vote cast through two connections at once, and a vote racing the close is in its tally or refused',
    async () => {
      const redis = await startRedis();
      const stores = await twoStores(redis.url);
      const [one, two] = stores as [RoomStore, RoomStore];
      expect(await one.create(newRoom('ABCDEF', 'hash', Date.now()))).toBe(true);
      expect(await two.create(newRoom('ABCDEF', 'other', Date.now()))).toBe(false);
      await one.update('ABCDEF', (room) => ({
        room: { ...room, decision: DECISION, letters: ['A', 'B', 'C', 'D'], open: true },
        result: true,
      }));
      const devices = Array.from({ length: 60 }, () => deviceId());
      // Sixty phones vote at once through two instances: each counted once.
      const first = await Promise.all(
        devices.map((d, i) => (i % 2 ? one : two).castVote('ABCDEF', d, DECISION, 'ABCD'[i % 4] as 'A')),
      );
      expect(first.every((r) => r.ok && r.changed)).toBe(true);
      expect(Math.max(...first.map((r) => (r.ok ? r.cast : 0)))).toBe(60);
      // Every seq is different: the live counts can be put in order whoever sent them.
      expect(new Set(first.map((r) => (r.ok ? r.seq : -1))).size).toBe(60);
      // All change their minds while the trainer closes the vote.
      const change = (d: string, i: number) => (i % 2 ? two : one).castVote('ABCDEF', d, DECISION, 'D');
      const before = devices.slice(0, 30).map(change);
      const closing = one.update('ABCDEF', (room) => ({ room: { ...room, open: false }, result: room }));
      const after30 = devices.slice(30).map((d, i) => change(d, i + 30));
      const [changed, closed] = await Promise.all([Promise.all([...before, ...after30]), closing]);
      const closedRoom = closed?.result;
      expect(closedRoom).toBeDefined();
      const counted = Object.values(closedRoom!.votes);
      const accepted = changed.filter((r) => r.ok).length;
      const refused = changed.filter((r) => !r.ok && r.error === 'closed').length;
      expect(accepted + refused).toBe(60);
      expect(counted.length).toBe(60);
      expect(counted.filter((l) => l === 'D').length).toBe(
        15 + accepted - changed.filter((r, i) => r.ok && i % 4 === 3).length,
      );
      // What the store holds afterwards is what the close returned: nothing slipped in after it.
      const after = await two.get('ABCDEF');
      expect(after?.votes).toEqual(closedRoom!.votes);
      expect(after?.open).toBe(false);
      // A change may also set the votes outright, or clear them; either is stored as given.
      const some = { [devices[0]!]: 'B' as const, [devices[1]!]: 'C' as const };
      await one.update('ABCDEF', (room) => ({ room: { ...room, votes: some }, result: true }));
      expect((await two.get('ABCDEF'))?.votes).toEqual(some);
      await two.update('ABCDEF', (room) => ({ room: { ...room, votes: {} }, result: true }));
      expect((await one.get('ABCDEF'))?.votes).toEqual({});
    },
    T,
  );

  it(
    'lets in at most maxDevices devices from two instances at once, and counts devices, not connections',
    async () => {
      const redis = await startRedis();
      const stores = await twoStores(redis.url);
      await stores[0]!.create(newRoom('ABCDEF', 'hash', Date.now()));
      const devices = Array.from({ length: 20 }, () => deviceId());
      const joined = await Promise.all(
        devices.map((d, i) => stores[i % 2]!.join('ABCDEF', d, { maxDevices: 7, arrive: true })),
      );
      expect(joined.filter((j) => j.ok).length).toBe(7);
      expect(joined.filter((j) => !j.ok && j.error === 'full').length).toBe(13);
      const inside = devices.filter((_, i) => joined[i]!.ok);
      expect(await stores[1]!.participants('ABCDEF')).toBe(7);
      // A second connection of a device that is in does not count twice, and leaving one keeps it in.
      expect(await stores[1]!.join('ABCDEF', inside[0]!, { maxDevices: 7, arrive: true })).toMatchObject({
        ok: true,
        changed: false,
      });
      expect(await stores[0]!.depart('ABCDEF', inside[0]!)).toMatchObject({
        participants: 7,
        changed: false,
      });
      expect(await stores[0]!.depart('ABCDEF', inside[0]!)).toMatchObject({ participants: 6, changed: true });
      // It comes back: a device that joined before is let in though the room is full.
      expect(await stores[1]!.join('ABCDEF', inside[0]!, { maxDevices: 7, arrive: true })).toMatchObject({
        ok: true,
        changed: true,
      });
      expect(await stores[1]!.arrive('ABCDEF', devices.find((d) => !inside.includes(d))!)).toBeUndefined();
      const keys = await everyKeyExpires(redis.url, LIMITS.idleMs + TTL_GRACE_MS);
      expect(keys).toEqual(['oa:conn:ABCDEF', 'oa:joined:ABCDEF', 'oa:room:ABCDEF', 'oa:rooms']);
    },
    T,
  );

  it(
    'bounds every TTL by the room’s maximum age, and refreshes it with activity',
    async () => {
      const redis = await startRedis();
      const clock = handClock();
      const { client: c, sub } = await connectRedis(redis.url);
      sub.destroy();
      const limits = { idleMs: 10 * 60_000, maxAgeMs: 30 * 60_000 };
      const store = redisRoomStore({ client: c, now: clock.now, ...limits });
      const look = await redisClient(redis.url);
      await store.create(newRoom('ABCDEF', 'hash', clock.now()));
      const ttl = () => look.pTTL('oa:room:ABCDEF');
      // Fresh: as long as the room may stay idle, and the grace minute.
      expect(await ttl()).toBeGreaterThan(limits.idleMs + TTL_GRACE_MS - 5_000);
      expect(await ttl()).toBeLessThanOrEqual(limits.idleMs + TTL_GRACE_MS);
      // 25 minutes on: activity refreshes it, but no further than the 30 minutes the room may live.
      clock.advance(25 * 60_000);
      await store.update('ABCDEF', (room) => ({
        room: { ...room, trainerSeenAt: clock.now() },
        result: true,
      }));
      expect(await ttl()).toBeGreaterThan(5 * 60_000 + TTL_GRACE_MS - 5_000);
      expect(await ttl()).toBeLessThanOrEqual(5 * 60_000 + TTL_GRACE_MS);
      await store.markExpired('ZZZZZZ', limits.maxAgeMs);
      expect(await look.pTTL('oa:expired:ZZZZZZ')).toBeGreaterThan(limits.maxAgeMs - 5_000);
      expect(await store.wasExpired('ZZZZZZ')).toBe(true);
      expect(await memoryRoomStore().wasExpired('ZZZZZZ')).toBe(false);
      await everyKeyExpires(redis.url, 5 * 60_000 + TTL_GRACE_MS, limits.maxAgeMs);
    },
    T,
  );
});

describe('room server with REDIS_URL: two instances, one room', () => {
  it(
    'counts every vote exactly once whichever instance a phone is on; the count and the reveal reach phones on both; every key expires',
    async () => {
      const redis = await startRedis();
      const a = await startServer({ redisUrl: redis.url });
      const b = await startServer({ redisUrl: redis.url });
      const trainer = await openRoom(a.url);
      const r = { ...trainer.auth };
      const all = next<{ participants: number }>(trainer.socket, 'room.count', (p) => p.participants === 30);
      const phones: Phone[] = await Promise.all(
        Array.from({ length: 30 }, (_, i) => joinRoom(i % 2 ? b.url : a.url, trainer.code)),
      );
      await all;
      // A phone that joins on either instance counts every phone in the room, wherever it is connected.
      const late = await joinRoom(b.url, trainer.code);
      expect(late.state.participants).toBe(31);
      late.socket.disconnect();
      await next<{ participants: number }>(trainer.socket, 'room.count', (p) => p.participants === 30);

      const path = [{ decision: 'scenario/begin', letter: 'B' }];
      const opened = phones.map((p) => next<{ open: boolean }>(p.socket, 'room.state', (s) => s.open));
      expect(
        await ask(trainer.socket, 'room.phase', {
          ...r,
          phase: 'tally',
          decision: DECISION,
          letters: ['A', 'B', 'C', 'D'],
          path,
        }),
      ).toEqual({ ok: true });
      expect(
        await ask(trainer.socket, 'vote.open', { ...r, decision: DECISION, letters: ['A', 'B', 'C', 'D'] }),
      ).toMatchObject({ ok: true, cast: 0 });
      for (const state of await Promise.all(opened))
        expect(state).toMatchObject({ open: true, path, participants: 30 });

      const onPhones = phones.map((p) => recorder(p.socket));
      const counted = next<{ cast: number }>(trainer.socket, 'vote.count', (p) => p.cast === 30);
      const first = await Promise.all(
        phones.map((p, i) => ask(p.socket, 'vote.cast', { decision: DECISION, letter: 'ABCD'[i % 4] })),
      );
      expect(first.every((reply) => reply.ok)).toBe(true);
      expect(await counted).toMatchObject({ cast: 30, tally: { A: 8, B: 8, C: 7, D: 7 } });
      // All at once again: a third change their minds, the rest vote the same again (nothing to count).
      const again = await Promise.all(
        phones.map((p, i) =>
          ask(p.socket, 'vote.cast', { decision: DECISION, letter: i % 3 === 0 ? 'D' : 'ABCD'[i % 4] }),
        ),
      );
      expect(again.every((reply) => reply.ok)).toBe(true);
      const expected: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
      phones.forEach((_, i) => {
        const letter = i % 3 === 0 ? 'D' : 'ABCD'[i % 4]!;
        expected[letter] = (expected[letter] ?? 0) + 1;
      });
      const closed = await ask(trainer.socket, 'vote.close', r);
      expect(closed).toEqual({ ok: true, decision: DECISION, tally: expected });
      expect(sum(closed.tally)).toBe(30);

      // The reveal reaches every phone, on both instances.
      const revealed = phones.map((p) =>
        next<{ tally: unknown }>(p.socket, 'room.state', (s) => s.tally !== null),
      );
      expect(
        await ask(trainer.socket, 'vote.reveal', {
          ...r,
          decision: DECISION,
          tally: { A: 9, B: 9, C: 9, D: 9 },
        }),
      ).toEqual({ ok: true });
      for (const state of await Promise.all(revealed))
        expect(state).toMatchObject({ tally: { A: 9, B: 9, C: 9, D: 9 } });
      // The phones heard no live count, from either instance.
      await Promise.all(phones.map((p) => roundTrip(p.socket)));
      for (const heard of onPhones) expect(heardOf(heard, 'vote.count')).toEqual([]);

      const keys = await everyKeyExpires(redis.url, LIMITS.idleMs + TTL_GRACE_MS);
      for (const kind of ['room', 'votes', 'conn', 'joined'])
        expect(keys).toContain(`oa:${kind}:${trainer.code}`);
      expect(keys).toContain('oa:rooms');
      // Nothing of the room is kept by either instance: a third one started now serves it as it is.
      const c = await startServer({ redisUrl: redis.url });
      const third = await joinRoom(c.url, trainer.code);
      expect(third.state).toMatchObject({
        phase: 'tally',
        decision: DECISION,
        path,
        tally: { A: 9, B: 9, C: 9, D: 9 },
      });
      expect(third.state.participants).toBe(31);
    },
    T,
  );

  it(
    'relays room.sync and live counts to the trainer’s window on the other instance',
    async () => {
      const redis = await startRedis();
      const a = await startServer({ redisUrl: redis.url });
      const b = await startServer({ redisUrl: redis.url });
      const trainer = await openRoom(a.url);
      const presenter = client(b.url);
      expect(await ask(presenter, 'room.resume', trainer.auth)).toMatchObject({ ok: true, recreated: false });
      const phone = await joinRoom(a.url, trainer.code);
      const synced = next(presenter, 'room.sync');
      expect(
        await ask(trainer.socket, 'room.sync', { ...trainer.auth, message: { kind: 'step', n: 1 } }),
      ).toEqual({ ok: true });
      expect(await synced).toEqual({ message: { kind: 'step', n: 1 } });
      const live = next<{ cast: number }>(presenter, 'vote.count', (p) => p.cast === 1);
      await ask(trainer.socket, 'vote.open', { ...trainer.auth, decision: DECISION, letters: ['A', 'B'] });
      await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'B' });
      expect(await live).toMatchObject({ cast: 1, tally: { A: 0, B: 1 } });
      const heard = recorder(trainer.socket);
      await roundTrip(trainer.socket);
      await ask(presenter, 'room.sync', { ...trainer.auth, message: { kind: 'blank' } });
      await within(
        (async () => {
          while (heardOf(heard, 'room.sync').length === 0) await new Promise((done) => setTimeout(done, 5));
        })(),
        BUDGET,
        'the projector hearing the presenter',
      );
      await roundTrip(presenter);
      expect(heardOf(heard, 'room.sync')).toEqual([{ message: { kind: 'blank' } }]);
    },
    T,
  );

  it(
    'keeps a room whose trainer is on the other instance; expires it once the trainer is gone, for both; the code stays refused',
    async () => {
      const redis = await startRedis();
      const clock = handClock();
      const idleMs = 60_000;
      const options = { redisUrl: redis.url, now: clock.now, idleMs };
      const a = await startServer(options);
      const b = await startServer(options);
      const trainer = await openRoom(a.url);
      const phones = [await joinRoom(a.url, trainer.code), await joinRoom(b.url, trainer.code)];
      clock.advance(idleMs + 1);
      // Instance b has no trainer of the room, but a has: b's sweep asks around and keeps the room.
      expect(await b.server.sweep()).toBe(0);
      clock.advance(idleMs + 1);
      expect(await b.server.sweep()).toBe(0);
      trainer.socket.disconnect();
      await within(
        (async () => {
          while ((await b.server.io.in(`t:${trainer.code}`).fetchSockets()).length > 0)
            await new Promise((done) => setTimeout(done, 5));
        })(),
        BUDGET,
        'both instances seeing the trainer gone',
      );
      clock.advance(idleMs + 1);
      const closed = phones.map((p) => next(p.socket, 'room.closed'));
      // Both sweep; the room goes once.
      const swept = await Promise.all([a.server.sweep(), b.server.sweep()]);
      expect(swept.sort()).toEqual([0, 1]);
      for (const message of await Promise.all(closed)) expect(message).toEqual({ code: trainer.code });
      for (const url of [a.url, b.url]) {
        const late = client(url);
        expect(await ask(late, 'room.join', { code: trainer.code, device: deviceId() })).toEqual({
          ok: false,
          error: 'expired',
        });
        expect(await ask(late, 'room.resume', trainer.auth)).toEqual({ ok: false, error: 'expired' });
      }
      expect(await a.server.store.codes()).toEqual([]);
      // What is left is the code's refusal, with its TTL; the room's own keys are gone.
      expect(await everyKeyExpires(redis.url, idleMs + TTL_GRACE_MS)).toEqual([`oa:expired:${trainer.code}`]);
    },
    T,
  );

  it(
    'goes on when Redis goes away: refuses what needs it, throws nothing, and serves again once it is back',
    async () => {
      const redis = await startRedis();
      const errors: Error[] = [];
      const { url, server } = await startServer({ redisUrl: redis.url, onRedisError: (e) => errors.push(e) });
      const trainer = await openRoom(url);
      const phone = await joinRoom(url, trainer.code);
      await ask(trainer.socket, 'vote.open', { ...trainer.auth, decision: DECISION, letters: ['A', 'B'] });
      const look = await redisClient(redis.url);
      await look.sendCommand(['SHUTDOWN', 'NOSAVE']).catch(() => {});
      await within(
        (async () => {
          while (errors.length === 0) await new Promise((done) => setTimeout(done, 10));
        })(),
        BUDGET,
        'the server hearing Redis go',
      );
      // What needs Redis is refused at once, not left waiting; the connections stay.
      expect(await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'A' })).toEqual({
        ok: false,
        error: 'server',
      });
      expect(await ask(trainer.socket, 'room.sync', { ...trainer.auth, message: { kind: 'x' } })).toEqual({
        ok: false,
        error: 'server',
      });
      phone.socket.disconnect();
      await expect(server.sweep()).rejects.toThrow();
      // Back (empty: it kept nothing on disk): the server reconnects by itself and opens rooms again.
      await startRedis(redis.port);
      await within(
        (async () => {
          for (;;) {
            const reply = await ask(trainer.socket, 'room.open', {});
            if (reply.ok) return;
            await new Promise((done) => setTimeout(done, 100));
          }
        })(),
        BUDGET,
        'a room opening after Redis came back',
      );
      expect(server.stats.dropped.server).toBeGreaterThanOrEqual(2);
    },
    T,
  );

  it(
    'warns at start when Redis writes its data (device ids, votes) to disk, and not when it keeps it in memory',
    async () => {
      const redis = await startRedis();
      const quiet: string[] = [];
      await startServer({ redisUrl: redis.url, onRedisWarning: (m) => quiet.push(m) });
      expect(quiet).toEqual([]);
      const look = await redisClient(redis.url);
      await look.configSet('save', '3600 1');
      const warned: string[] = [];
      await startServer({ redisUrl: redis.url, onRedisWarning: (m) => warned.push(m) });
      expect(warned).toHaveLength(1);
      expect(warned[0]).toContain(`Redis at ${redis.url} writes its data to disk (save)`);
      expect(warned[0]).toContain("--save '' --appendonly no");
    },
    T,
  );

  it(
    'says clearly that Redis cannot be reached at start, and names no password',
    async () => {
      const redis = await startRedis();
      const look = await redisClient(redis.url);
      await look.configSet('requirepass', 'hunter2-secret');
      const server = createRoomServer({
        root: fakeRoot(),
        host: '127.0.0.1',
        port: 0,
        sweepMs: 0,
        redisUrl: `redis://user:wrong-secret@127.0.0.1:${redis.port}`,
      });
      const error = await server.listen().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RedisUnreachable);
      expect(String((error as Error).message)).not.toContain('wrong-secret');
      await server.close();
      // The command line: a message and exit code 3, no stack trace; nothing listening afterwards.
      const port = redis.port;
      await look.sendCommand(['SHUTDOWN', 'NOSAVE']).catch(() => {});
      const said: string[] = [];
      const say = { out: (line: string) => said.push(line), err: (line: string) => said.push(line) };
      const started = await serve(
        ['--port', '4999'],
        { REDIS_URL: `redis://127.0.0.1:${port}` },
        fakeRoot(),
        say,
      );
      expect(started).toEqual({ code: EXIT.redis });
      expect(said.join('\n')).toMatch(
        new RegExp(
          `^Cannot reach Redis at redis://127\\.0\\.0\\.1:${port} \\(REDIS_URL\\): connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\.\nStart Redis`,
        ),
      );
      expect(said.join('\n')).not.toMatch(/\n\s+at /);
    },
    T,
  );
});
