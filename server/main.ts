/**
 * `npm start` runs this (through scripts/start.mjs, after building the game): the built game and the
 * room endpoint on one port. `--lan` listens on this machine's LAN address and prints the join address
 * and a QR code; `--port N` picks the port; `--idle-minutes N` and `--max-age-hours N` set when rooms
 * expire. Nothing is logged about anyone: no names, no addresses, no votes.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { createRoomServer } from './room-server.ts';

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

const main = async () => {
  const cli = parseArgs(process.argv.slice(2));
  if (typeof cli === 'string') {
    console.error(cli);
    process.exit(2);
  }
  const root = join(import.meta.dirname, '..', 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('No built game in dist/: run `npm run build` first (npm start does this for you).');
    process.exit(1);
  }
  const host = cli.lan ? lanAddress() : '127.0.0.1';
  if (!host) {
    console.error(
      'No local network address found: is this machine connected to a network? Without --lan it serves on 127.0.0.1.',
    );
    process.exit(1);
  }
  const server = createRoomServer({
    root,
    host,
    port: cli.port,
    idleMs: cli.idleMinutes * 60_000,
    maxAgeMs: cli.maxAgeHours * 60 * 60_000,
  });
  try {
    await server.listen();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE' ? `Port ${cli.port} is in use: try --port ${cli.port + 1}.` : String(error),
    );
    process.exit(1);
  }
  const url = `http://${host}:${cli.port}/`;
  if (cli.lan) {
    console.log(`De open ambtenaar: on this network, open ${url} (Ctrl+C stops).`);
    console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
  } else console.log(`De open ambtenaar: open ${url} in your browser (Ctrl+C stops).`);
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(0);
    stopping = true;
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
