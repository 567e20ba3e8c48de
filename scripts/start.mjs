/**
 * `npm start`: builds the game if the build is missing or older than the sources, then runs the room
 * server (server/main.ts): the built game and the room endpoint for phones on one port,
 * http://127.0.0.1:4173 by default. Extra arguments pass through: `npm start -- --lan` serves on this
 * machine's network address and prints a QR code to join; `--port N` picks another port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
};

const built = join(root, 'dist', 'index.html');
const sources = ['src', 'scenarios', 'assets', 'index.html', 'vite.config.ts', 'package-lock.json'];
const sourceTime = Math.max(...sources.map((s) => newest(join(root, s))));
if (!existsSync(built) || statSync(built).mtimeMs < sourceTime) {
  console.log('Building the game…');
  const result = spawnSync(bin('vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawn(bin('tsx'), [join(root, 'server', 'main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
