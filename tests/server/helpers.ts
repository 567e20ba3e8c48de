import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The next `event` on `socket` whose payload passes `test`. */
export const next = <T = unknown>(
  socket: Socket,
  event: string,
  test: (payload: T) => boolean = () => true,
  ms = BUDGET,
): Promise<T> =>
  within(
    new Promise<T>((resolve) => {
      const listener = (payload: T) => {
        if (!test(payload)) return;
        socket.off(event, listener);
        resolve(payload);
      };
      socket.on(event, listener);
    }),
    ms,
    `waiting for ${event}`,
  );

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
