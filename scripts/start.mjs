/**
 * `npm start`: builds the game if the build is missing or older than the sources, then serves the
 * built game on http://127.0.0.1:4173 (loopback only; nothing is sent anywhere).
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
console.log('De open ambtenaar: open http://127.0.0.1:4173 in your browser (Ctrl+C stops).');
const server = spawn(bin('vite'), ['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));
