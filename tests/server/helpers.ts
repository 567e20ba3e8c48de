import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';
import { io, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import { createRoomServer, type RoomServer, type RoomServerOptions } from '../../server/room-server.ts';

/** How long one answer from a local server may take on a busy 2-core machine before a test fails. */
export const BUDGET = 5_000;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  const pending = cleanups.splice(0).reverse();
  for (const cleanup of pending) await cleanup();
});

/** A root with a stand-in index.html, so these tests do not need a build. */
export const fakeRoot = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'room-root-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>De open ambtenaar</title>');
  return root;
};

/** A real room server on 127.0.0.1 and a free port, closed after the test. */
export const startServer = async (
  options: Partial<RoomServerOptions> = {},
): Promise<{ server: RoomServer; url: string; port: number }> => {
  const server = createRoomServer({ root: fakeRoot(), host: '127.0.0.1', port: 0, sweepMs: 0, ...options });
  cleanups.push(() => server.close());
  const { port } = await server.listen();
  return { server, url: `http://127.0.0.1:${port}`, port };
};

/** A real socket.io client, closed after the test. */
export const client = (url: string, options: Parameters<typeof io>[1] = {}): Socket => {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    ...options,
  });
  cleanups.push(() => socket.disconnect());
  return socket;
};

/** Fails with `message` when `promise` has not settled within `ms`. */
export const within = <T>(promise: Promise<T>, ms: number, message: string): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (nothing within ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * The next `event` on `socket` whose payload passes `test`. A wait that a failing test never reaches
 * does not surface later as an unhandled rejection: the failure the test met is the one reported.
 */
export const next = <T = unknown>(
  socket: Socket,
  event: string,
  test: (payload: T) => boolean = () => true,
  ms = BUDGET,
): Promise<T> => {
  let listener: ((payload: T) => void) | undefined;
  const waiting = within(
    new Promise<T>((resolve) => {
      listener = (payload: T) => {
        if (!test(payload)) return;
        socket.off(event, listener);
        resolve(payload);
      };
      socket.on(event, listener);
    }),
    ms,
    `waiting for ${event}`,
  ).finally(() => socket.off(event, listener));
  waiting.catch(() => {});
  return waiting;
};

/** Sends `event` and waits for the server's acknowledgement. */
// biome-ignore lint/suspicious/noExplicitAny: replies are checked by the tests field by field
export const ask = (socket: Socket, event: string, ...args: unknown[]): Promise<any> =>
  within(socket.emitWithAck(event, ...args), BUDGET, `waiting for the answer to ${event}`);

export const connected = (socket: Socket): Promise<void> =>
  socket.connected
    ? Promise.resolve()
    : within(new Promise((r) => socket.once('connect', () => r())), BUDGET, 'connecting');

let devices = 0;
/** A fresh device id of the kind a phone makes. */
export const deviceId = () =>
  `device-${String(++devices).padStart(4, '0')}-${Math.random().toString(36).slice(2, 10)}`;

/** Everything a socket hears from now on, in order: event name and payload. */
export const recorder = (socket: Socket): Array<{ name: string; payload: unknown }> => {
  const heard: Array<{ name: string; payload: unknown }> = [];
  socket.onAny((name: string, payload: unknown) => heard.push({ name, payload }));
  return heard;
};
export const heardOf = (heard: Array<{ name: string; payload: unknown }>, name: string) =>
  heard.filter((h) => h.name === name).map((h) => h.payload);

/**
 * A round trip to the server that changes nothing (an unknown event, refused): once answered, every
 * message the server sent this connection before it has arrived.
 */
export const roundTrip = async (socket: Socket): Promise<void> => {
  const reply = await ask(socket, 'nothing.here', {});
  if (reply.error !== 'unknown-event') throw new Error(`round trip answered ${JSON.stringify(reply)}`);
};

export interface Trainer {
  readonly socket: Socket;
  readonly code: string;
  readonly token: string;
  readonly auth: { readonly code: string; readonly token: string };
}

/** A trainer's projector: a real client that opened a room. */
export const openRoom = async (url: string): Promise<Trainer> => {
  const socket = client(url);
  const reply = await ask(socket, 'room.open', {});
  if (reply.ok !== true) throw new Error(`room.open answered ${JSON.stringify(reply)}`);
  return { socket, code: reply.code, token: reply.token, auth: { code: reply.code, token: reply.token } };
};

/** Another window of the same trainer (the presenter on the trainer's phone): resumes with the token. */
export const secondWindow = async (url: string, trainer: Trainer): Promise<Socket> => {
  const socket = client(url);
  const reply = await ask(socket, 'room.resume', trainer.auth);
  if (reply.ok !== true) throw new Error(`room.resume answered ${JSON.stringify(reply)}`);
  return socket;
};

export interface Phone {
  readonly socket: Socket;
  readonly device: string;
  // biome-ignore lint/suspicious/noExplicitAny: the state is checked by the tests field by field
  readonly state: any;
  readonly mine: string | null;
}

/** A phone that joined the room `code` (a real client, a fresh device id unless given one). */
export const joinRoom = async (url: string, code: string, device = deviceId()): Promise<Phone> => {
  const socket = client(url);
  const reply = await ask(socket, 'room.join', { code, device });
  if (reply.ok !== true) throw new Error(`room.join answered ${JSON.stringify(reply)}`);
  return { socket, device, state: reply.state, mine: reply.mine };
};

export const REDIS_MISSING = 'redis-server is missing: install it with `sudo apt-get install redis-server`';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/**
 * A real redis-server of this test's own on 127.0.0.1 and a free port, with nothing saved to disk;
 * stopped by its PID after the test (or on `onPort`, to come back where one stopped). Fails (never
 * skips) where redis-server is not installed.
 */
export const startRedis = async (onPort?: number): Promise<{ url: string; port: number }> => {
  const bin = (process.env.PATH ?? '')
    .split(delimiter)
    .concat('/usr/bin', '/usr/sbin')
    .map((dir) => join(dir, 'redis-server'))
    .find((path) => existsSync(path));
  if (!bin) throw new Error(REDIS_MISSING);
  for (let attempt = 0; ; attempt += 1) {
    const port = onPort ?? (await freePort());
    const child = spawn(
      bin,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const ready = within(
      new Promise<boolean>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ready to accept connections')) resolve(true);
        });
        child.once('exit', () => resolve(false));
      }),
      BUDGET,
      'redis-server starting',
    );
    if (await ready) {
      cleanups.push(
        () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      );
      return { url: `redis://127.0.0.1:${port}`, port };
    }
    // Another process took the port between the probe and the start: try another one.
    if (attempt >= 3 || onPort !== undefined)
      throw new Error(`redis-server did not start: ${output.slice(-500)}`);
  }
};

/** A plain Redis client for looking at what the server stored; closed after the test. */
export const redisClient = async (url: string) => {
  const c = createClient({ url });
  c.on('error', () => {});
  await within(c.connect(), BUDGET, 'connecting to redis');
  cleanups.push(() => (c.isReady ? c.close().catch(() => c.destroy()) : c.isOpen ? c.destroy() : undefined));
  return c;
};
