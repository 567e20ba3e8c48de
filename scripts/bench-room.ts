/**
 * `npm run bench:room`: how the room server holds up with many rooms of phones voting at once, on
 * loopback (127.0.0.1). N rooms × M simulated phones (socket.io-client, websocket transport), each room
 * with its trainer's projector connection. The server runs in a child process (two with `--redis`,
 * sharing a redis-server this script starts on a free port; trainers on the first, phones split over
 * both), so the load of the clients does not count in its memory.
 *
 * Each round the trainers open a vote, every phone votes once, and the script measures the time from a
 * phone's emit to its projector receiving the `vote.count` that includes the vote; then the trainers
 * close and the final tally is checked against the votes the server accepted (lost or doubled votes).
 * Two kinds of round: a burst (every phone votes in the same millisecond) and a spread (each phone at
 * a random moment within --spread-ms, as people do; seeded, so runs compare).
 *
 * Which count includes a vote: within a round each phone votes once, so a count of `cast` c includes
 * the first c votes the server took. The server does not say which place a vote took, so two figures:
 * `bound`, a sound upper bound (vote i took a place no later than the number of votes of its room
 * emitted before its answer came back), and `est`, votes matched to counts in the order their answers
 * came back. Without overlap within a room (the spread, mostly) the two agree.
 *
 *   npm run bench:room -- [--rooms 100] [--phones 30] [--rounds 3] [--spread-ms 2000] [--redis] [--seed 1]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

const LETTERS = ['A', 'B', 'C', 'D'] as const;
interface Options {
  rooms: number;
  phones: number;
  rounds: number;
  spreadMs: number;
  redis: boolean;
  seed: number;
}

const usage =
  'Usage: npm run bench:room -- [--rooms N] [--phones M] [--rounds R] [--spread-ms MS] [--redis] [--seed S]';

const parse = (args: readonly string[]): Options | string => {
  const options: Options = { rooms: 100, phones: 30, rounds: 3, spreadMs: 2000, redis: false, seed: 1 };
  const numeric = {
    '--rooms': 'rooms',
    '--phones': 'phones',
    '--rounds': 'rounds',
    '--spread-ms': 'spreadMs',
    '--seed': 'seed',
  } as const;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--redis') options.redis = true;
    else if (arg in numeric) {
      const value = args[i + 1];
      if (value === undefined || !/^\d+$/.test(value)) return `${arg} needs a whole number.\n${usage}`;
      options[numeric[arg as keyof typeof numeric]] = Number(value);
      i += 1;
    } else return `Unknown option ${arg}.\n${usage}`;
  }
  if (options.rooms < 1 || options.phones < 1 || options.rounds < 1)
    return `Rooms, phones and rounds start at 1.\n${usage}`;
  if (options.phones > 500) return `At most 500 phones a room (the server's cap).\n${usage}`;
  return options;
};

/** A small seeded generator (mulberry32): the same seed, the same letters and moments. */
const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

// ---------------------------------------------------------------------------------------------------
// The server child: `--serve PORT [REDIS_URL]`, reports its port and, when asked, its memory (IPC).

interface Usage {
  rss: number;
  heapUsed: number;
  cpuMs: number;
}

const serveChild = async (maxRooms: number, redisUrl: string | undefined) => {
  const { createRoomServer } = await import('../server/room-server.ts');
  const root = mkdtempSync(join(tmpdir(), 'bench-room-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>bench</title>');
  const server = createRoomServer({
    root,
    host: '127.0.0.1',
    port: 0,
    maxRooms,
    ...(redisUrl ? { redisUrl } : {}),
  });
  const { port } = await server.listen();
  const usage = (): Usage => {
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    return { rss: mem.rss, heapUsed: mem.heapUsed, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  // BENCH_PROF=dir: a CPU profile of each server over the voting rounds only, to see where its time goes.
  const profiler = process.env.BENCH_PROF ? new Session() : undefined;
  profiler?.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      profiler?.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  process.on('message', async (message: { ask: string }) => {
    if (message.ask === 'profile' && profiler) {
      await post('Profiler.enable');
      await post('Profiler.start');
    }
    if (message.ask === 'stop' && profiler) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(
        join(process.env.BENCH_PROF!, `room-server-${process.pid}.cpuprofile`),
        JSON.stringify(profile),
      );
    }
    if (message.ask === 'usage') process.send?.({ usage: usage(), stats: server.stats });
    if (message.ask === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ usage: usage(), stats: server.stats });
    }
    if (message.ask === 'stop') server.close().then(() => process.exit(0));
  });
  process.send?.({ port });
};

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
  /** Starts its CPU profile (with BENCH_PROF set), written when it stops. */
  profile(): void;
  ask(
    what: 'usage' | 'gc',
  ): Promise<{ usage: Usage; stats: { received: number; dropped: Record<string, number> } }>;
  stop(): Promise<void>;
}

const startChild = async (maxRooms: number, redisUrl?: string): Promise<Child> => {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      import.meta.filename,
      '--serve',
      String(maxRooms),
      ...(redisUrl ? [redisUrl] : []),
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const port = await within(
    new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    }),
    30_000,
    'server start',
  );
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    ask: (what) =>
      within(
        new Promise((resolve) => {
          child.once('message', resolve as (m: unknown) => void);
          child.send({ ask: what });
        }),
        10_000,
        `server ${what}`,
      ),
    profile: () => child.send({ ask: 'profile' }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ ask: 'stop' });
      }),
  };
};

const startRedis = async (): Promise<{ url: string; stop: () => void }> => {
  const bin = (process.env.PATH ?? '')
    .split(delimiter)
    .concat('/usr/bin', '/usr/sbin')
    .map((dir) => join(dir, 'redis-server'))
    .find((path) => existsSync(path));
  if (!bin) throw new Error('redis-server is missing: install it with `sudo apt-get install redis-server`');
  const port = await freePort();
  const child = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await within(
    new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', () => reject(new Error(`redis-server stopped: ${output.slice(-300)}`)));
    }),
    10_000,
    'redis-server start',
  );
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
};

// ---------------------------------------------------------------------------------------------------
// The clients.

const connect = (url: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 30_000,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

// biome-ignore lint/suspicious/noExplicitAny: replies are checked field by field
const ask = (socket: Socket, event: string, payload: unknown): Promise<any> =>
  within(socket.emitWithAck(event, payload), 30_000, event);

/** In batches, so 3000 connections do not all knock at once. */
const inBatches = async <T, R>(
  items: readonly T[],
  size: number,
  each: (item: T, index: number) => Promise<R>,
) => {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => each(item, i + j)))));
  return out;
};

interface Room {
  readonly trainer: Socket;
  readonly auth: { code: string; token: string };
  readonly phones: Socket[];
  /** The live counts heard this round: arrival time and cast. */
  counts: Array<{ at: number; cast: number }>;
  decision: string;
}

interface RoundResult {
  latencyBound: number[];
  latencyEst: number[];
  acks: number[];
  lost: number;
  doubled: number;
  refused: number;
  unanswered: number;
  missingCounts: number;
  wallMs: number;
  /** How long the clients took to send every vote of the round (a burst is one loop of emits). */
  emitMs: number;
}

const percentile = (values: readonly number[], p: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const round = async (
  rooms: Room[],
  index: number,
  mode: 'burst' | 'spread',
  spreadMs: number,
  next: () => number,
): Promise<RoundResult> => {
  const decision = `bench/${mode}-${index}`;
  for (const room of rooms) {
    room.counts = [];
    room.decision = decision;
  }
  await Promise.all(
    rooms.map((room) => ask(room.trainer, 'vote.open', { ...room.auth, decision, letters: [...LETTERS] })),
  );
  const plan = rooms.map((room) =>
    room.phones.map(() => ({
      letter: LETTERS[Math.floor(next() * LETTERS.length)]!,
      delay: mode === 'burst' ? 0 : next() * spreadMs,
    })),
  );
  type Vote = { emit: number; ack: number; ok: boolean };
  const votes: Vote[][] = rooms.map((room) =>
    room.phones.map(() => ({ emit: Number.NaN, ack: Number.NaN, ok: false })),
  );
  const start = performance.now();
  const cast = (r: number, p: number) =>
    new Promise<void>((resolve) => {
      const vote = votes[r]![p]!;
      const socket = rooms[r]!.phones[p]!;
      vote.emit = performance.now();
      // A plain acknowledgement, no timer of its own: the round's deadline below covers a lost answer.
      socket.emit('vote.cast', { decision, letter: plan[r]![p]!.letter }, (reply: { ok: boolean }) => {
        vote.ack = performance.now();
        vote.ok = reply.ok === true;
        resolve();
      });
    });
  const all: Promise<void>[] = [];
  if (mode === 'burst') {
    for (let r = 0; r < rooms.length; r += 1)
      for (let p = 0; p < rooms[r]!.phones.length; p += 1) all.push(cast(r, p));
  } else {
    for (let r = 0; r < rooms.length; r += 1)
      for (let p = 0; p < rooms[r]!.phones.length; p += 1)
        all.push(new Promise<void>((done) => setTimeout(() => cast(r, p).then(done), plan[r]![p]!.delay)));
  }
  const emitted = performance.now() - start;
  await within(Promise.all(all), 60_000, 'the answers to the votes').catch(() => {});
  // Every room's last count: its projector has heard every accepted vote.
  const accepted = votes.map((room) => room.filter((v) => v.ok).length);
  await within(
    (async () => {
      while (rooms.some((room, r) => !room.counts.some((c) => c.cast >= accepted[r]!)))
        await new Promise((done) => setTimeout(done, 5));
    })(),
    30_000,
    'the last live counts',
  ).catch(() => {});
  const wallMs = performance.now() - start;

  const result: RoundResult = {
    latencyBound: [],
    latencyEst: [],
    acks: [],
    lost: 0,
    doubled: 0,
    refused: 0,
    unanswered: 0,
    missingCounts: 0,
    wallMs,
    emitMs: emitted,
  };
  const closes = await Promise.all(rooms.map((room) => ask(room.trainer, 'vote.close', room.auth)));
  rooms.forEach((room, r) => {
    const mine = votes[r]!;
    const expected: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
    mine.forEach((v, p) => {
      if (Number.isNaN(v.ack)) result.unanswered += 1;
      else if (!v.ok) result.refused += 1;
      else expected[plan[r]![p]!.letter]! += 1;
    });
    const tally = (closes[r]?.tally ?? {}) as Record<string, number>;
    for (const letter of LETTERS) {
      const got = tally[letter] ?? 0;
      const want = expected[letter] ?? 0;
      if (got < want) result.lost += want - got;
      if (got > want) result.doubled += got - want;
    }
    // The first arrival of a count of at least c, for every c.
    const firstAtLeast = (c: number) => {
      let best = Number.POSITIVE_INFINITY;
      for (const count of room.counts) if (count.cast >= c && count.at < best) best = count.at;
      return best;
    };
    const ok = mine.filter((v) => v.ok);
    const byAck = [...ok].sort((a, b) => a.ack - b.ack);
    for (const v of ok) {
      result.acks.push(v.ack - v.emit);
      const place = ok.filter((w) => w.emit < v.ack).length;
      const bound = firstAtLeast(place) - v.emit;
      const est = firstAtLeast(byAck.indexOf(v) + 1) - v.emit;
      if (!Number.isFinite(bound)) result.missingCounts += 1;
      else {
        result.latencyBound.push(bound);
        result.latencyEst.push(est);
      }
    }
  });
  return result;
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}` : '-');

const main = async () => {
  if (process.argv[2] === '--serve') return serveChild(Number(process.argv[3]), process.argv[4]);
  const options = parse(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    process.exit(2);
  }
  const { rooms: roomCount, phones: phoneCount, rounds, spreadMs, seed } = options;
  const redis = options.redis ? await startRedis() : undefined;
  const servers: Child[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    redis?.stop();
  };
  try {
    for (let i = 0; i < (redis ? 2 : 1); i += 1) servers.push(await startChild(roomCount + 10, redis?.url));
    const idle = await Promise.all(servers.map((s) => s.ask('gc')));
    const mode = redis ? 'two instances + Redis' : 'one instance';
    console.log(
      `Room bench: ${roomCount} rooms × ${phoneCount} phones, ${rounds} round(s) each of burst${spreadMs > 0 ? ` and ${spreadMs} ms spread` : ''}, ${mode}, seed ${seed}`,
    );

    const setupStart = performance.now();
    const trainers = await inBatches(Array.from({ length: roomCount }), 100, () => connect(servers[0]!.url));
    const rooms: Room[] = await Promise.all(
      trainers.map(async (trainer) => {
        const reply = await ask(trainer, 'room.open', {});
        if (!reply.ok) throw new Error(`room.open: ${JSON.stringify(reply)}`);
        const room: Room = {
          trainer,
          auth: { code: reply.code, token: reply.token },
          phones: [],
          counts: [],
          decision: '',
        };
        trainer.on('vote.count', (count: { decision: string; cast: number }) => {
          if (count.decision === room.decision) room.counts.push({ at: performance.now(), cast: count.cast });
        });
        return room;
      }),
    );
    const slots = rooms.flatMap((room) => Array.from({ length: phoneCount }, () => room));
    let device = 0;
    await inBatches(slots, 200, async (room, i) => {
      const socket = await connect(servers[i % servers.length]!.url);
      const reply = await ask(socket, 'room.join', {
        code: room.auth.code,
        device: `bench-device-${String(device++).padStart(6, '0')}`,
      });
      if (!reply.ok) throw new Error(`room.join: ${JSON.stringify(reply)}`);
      room.phones.push(socket);
    });
    console.log(
      `  ${roomCount + slots.length} connections set up in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
    );

    for (const server of servers) server.profile();
    const next = random(seed);
    const modes: Array<'burst' | 'spread'> = spreadMs > 0 ? ['burst', 'spread'] : ['burst'];
    const rows: string[][] = [];
    for (const kind of modes) {
      const all: RoundResult[] = [];
      for (let r = 0; r < rounds; r += 1) {
        all.push(await round(rooms, r, kind, spreadMs, next));
        // A breath between rounds, as between two decisions; and the phones' vote buckets refill.
        await new Promise((done) => setTimeout(done, 1_000));
      }
      const flat = (pick: (r: RoundResult) => number[]) => all.flatMap(pick);
      const total = (pick: (r: RoundResult) => number) => all.reduce((n, r) => n + pick(r), 0);
      const bound = flat((r) => r.latencyBound);
      const est = flat((r) => r.latencyEst);
      const acks = flat((r) => r.acks);
      rows.push([
        kind === 'burst' ? 'burst' : `spread ${spreadMs} ms`,
        `${bound.length}`,
        `${ms(percentile(est, 50))} / ${ms(percentile(est, 95))} / ${ms(Math.max(...est))}`,
        `${ms(percentile(bound, 50))} / ${ms(percentile(bound, 95))} / ${ms(Math.max(...bound))}`,
        `${ms(percentile(acks, 50))} / ${ms(percentile(acks, 95))}`,
        `${total((r) => r.lost)} / ${total((r) => r.doubled)}`,
        `${total((r) => r.refused)} / ${total((r) => r.unanswered)} / ${total((r) => r.missingCounts)}`,
        ms(Math.max(...all.map((r) => r.emitMs))),
      ]);
    }
    const loaded = await Promise.all(servers.map((s) => s.ask('usage')));
    const header = [
      'round',
      'votes',
      'est p50/p95/max ms',
      'bound p50/p95/max ms',
      'ack p50/p95 ms',
      'lost/doubled',
      'refused/unanswered/no count',
      'send ms',
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`;
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    servers.forEach((_, i) => {
      const before = idle[i]!.usage;
      const after = loaded[i]!.usage;
      const dropped = Object.entries(loaded[i]!.stats.dropped)
        .filter(([, n]) => n > 0)
        .map(([why, n]) => `${why} ${n}`)
        .join(', ');
      console.log(
        `  server ${i + 1}: RSS ${mb(before.rss)} idle → ${mb(after.rss)} under load, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, CPU ${(after.cpuMs / 1000).toFixed(1)} s; dropped: ${dropped || 'none'}`,
      );
    });
    const own = process.memoryUsage();
    const cpu = process.cpuUsage();
    console.log(
      `  this process (the clients, on the same cores): RSS ${mb(own.rss)}, heap ${mb(own.heapUsed)}, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
    );
    for (const room of rooms) {
      room.trainer.disconnect();
      for (const phone of room.phones) phone.disconnect();
    }
  } finally {
    await stopAll();
  }
  process.exit(0);
};

await main();
