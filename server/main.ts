/**
 * `npm start` runs this (through scripts/start.mjs, after building the game): the built game and the
 * room endpoint on one port. `--lan` listens on this machine's LAN address and prints the join address
 * and a QR code; `--port N` picks the port; `--idle-minutes N` and `--max-age-hours N` set when rooms
 * expire. With REDIS_URL set (redis://host:port), rooms and votes live in that Redis, with a TTL, and
 * several instances pointed at it serve the same rooms; a Redis that cannot be reached at start ends it
 * with exit code 3 and a message saying so. Nothing is logged about anyone: no names, no addresses, no
 * votes.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { RedisUnreachable, safeUrl } from './redis-store.ts';
import { createRoomServer, type RoomServer } from './room-server.ts';

const usage = 'Usage: npm start -- [--lan] [--port N] [--idle-minutes N] [--max-age-hours N]';

export interface Cli {
  readonly lan: boolean;
  readonly port: number;
  readonly idleMinutes: number;
  readonly maxAgeHours: number;
}

/** The command line, or a message saying what is wrong with it. */
export const parseArgs = (args: readonly string[]): Cli | string => {
  let lan = false;
  let port = 4173;
  let idleMinutes = 120;
  let maxAgeHours = 12;
  const number = (value: string | undefined, min: number, max: number) => {
    const n = Number(value);
    return value !== undefined && /^\d+$/.test(value) && n >= min && n <= max ? n : undefined;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--lan') lan = true;
    else if (arg === '--port' || arg === '--idle-minutes' || arg === '--max-age-hours') {
      const limits = {
        '--port': [1, 65535],
        '--idle-minutes': [1, 7 * 24 * 60],
        '--max-age-hours': [1, 7 * 24],
      }[arg];
      const n = number(args[i + 1], limits[0]!, limits[1]!);
      if (n === undefined) return `${arg} needs a whole number from ${limits[0]} to ${limits[1]}.\n${usage}`;
      if (arg === '--port') port = n;
      else if (arg === '--idle-minutes') idleMinutes = n;
      else maxAgeHours = n;
      i += 1;
    } else return `Unknown option ${arg}.\n${usage}`;
  }
  return { lan, port, idleMinutes, maxAgeHours };
};

/** This machine's first non-internal IPv4 address. */
export const lanAddress = (): string | undefined =>
  Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

/** Exit codes besides 0: a wrong command line, a start that failed, a Redis that cannot be reached. */
export const EXIT = { usage: 2, failed: 1, redis: 3 } as const;

/** What to say, and the exit code, when the server cannot start. */
export const startFailure = (error: unknown, port: number): { message: string; code: number } => {
  if (error instanceof RedisUnreachable)
    return {
      message: `${error.message}\nStart Redis there (Debian: sudo apt-get install redis-server), or unset REDIS_URL to keep rooms in this process.`,
      code: EXIT.redis,
    };
  const code = (error as NodeJS.ErrnoException).code;
  return {
    message: code === 'EADDRINUSE' ? `Port ${port} is in use: try --port ${port + 1}.` : String(error),
    code: EXIT.failed,
  };
};

/**
 * Starts the server as `npm start` asks: the built game in `root`, rooms in this process or, with
 * REDIS_URL in `env`, in Redis shared with every other instance pointed at it. Answers the exit code
 * when it cannot start, having said why on `err`.
 */
export const serve = async (
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  root: string,
  say: { out: (line: string) => void; err: (line: string) => void } = {
    out: console.log,
    err: console.error,
  },
): Promise<{ code: number } | { server: RoomServer }> => {
  const cli = parseArgs(args);
  if (typeof cli === 'string') {
    say.err(cli);
    return { code: EXIT.usage };
  }
  if (!existsSync(join(root, 'index.html'))) {
    say.err('No built game in dist/: run `npm run build` first (npm start does this for you).');
    return { code: EXIT.failed };
  }
  const host = cli.lan ? lanAddress() : '127.0.0.1';
  if (!host) {
    say.err(
      'No local network address found: is this machine connected to a network? Without --lan it serves on 127.0.0.1.',
    );
    return { code: EXIT.failed };
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  let lastError = 0;
  const server = createRoomServer({
    root,
    host,
    port: cli.port,
    idleMs: cli.idleMinutes * 60_000,
    maxAgeMs: cli.maxAgeHours * 60 * 60_000,
    ...(redisUrl
      ? {
          redisUrl,
          // What went wrong with the connection, at most once a minute; never anything about a player.
          onRedisWarning: (message: string) => say.err(message),
          onRedisError: (error: Error) => {
            if (Date.now() - lastError < 60_000) return;
            lastError = Date.now();
            say.err(`Redis: ${error.message} (retrying)`);
          },
        }
      : {}),
  });
  try {
    await server.listen();
  } catch (error) {
    const failure = startFailure(error, cli.port);
    say.err(failure.message);
    return { code: failure.code };
  }
  const url = `http://${host}:${cli.port}/`;
  const shared = redisUrl ? ` Rooms are shared through Redis at ${safeUrl(redisUrl)}.` : '';
  if (cli.lan) {
    say.out(`De open ambtenaar: on this network, open ${url} (Ctrl+C stops).${shared}`);
    say.out(await QRCode.toString(url, { type: 'terminal', small: true }));
  } else say.out(`De open ambtenaar: open ${url} in your browser (Ctrl+C stops).${shared}`);
  return { server };
};

const main = async () => {
  const started = await serve(process.argv.slice(2), process.env, join(import.meta.dirname, '..', 'dist'));
  if ('code' in started) process.exit(started.code);
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(0);
    stopping = true;
    started.server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
