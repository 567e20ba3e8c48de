import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SYNC_BYTES } from '../../src/domain/room-protocol.ts';
import { BUDGET, startServer, within } from './helpers.ts';

const T = 20_000;

/** A built game in miniature, with a secret next to it that must never be served. */
const builtGame = () => {
  const outside = mkdtempSync(join(tmpdir(), 'room-static-'));
  const root = join(outside, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>De open ambtenaar</title>');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"De open ambtenaar"}');
  const assets = {
    'index-CR6wf9uM.css': 'body{}',
    'index-vPXI51c_.js': 'export {};',
    'debrief-Bl2Ns3UN.wav': 'RIFF',
    'kantoor-BTGxpVhn.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'engine-a1b2c3d4.wasm': '\0asm',
  };
  for (const [name, text] of Object.entries(assets)) writeFileSync(join(root, 'assets', name), text);
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
  return root;
};

/** A raw HTTP request, the path sent exactly as written (no normalising of `..`). */
const get = (port: number, path: string, method = 'GET') =>
  within(
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
      (resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
      },
    ),
    BUDGET,
    `GET ${path}`,
  );

describe('room server: the built game', () => {
  it(
    'serves index.html for /, revalidated, and every built file with its content type',
    async () => {
      const { port } = await startServer({ root: builtGame() });
      const index = await get(port, '/');
      expect(index.status).toBe(200);
      expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(index.headers['cache-control']).toBe('no-cache');
      expect(index.body).toContain('De open ambtenaar');
      expect((await get(port, '/index.html?v=2')).status).toBe(200);
      const types: Record<string, string> = {
        '/assets/index-vPXI51c_.js': 'text/javascript; charset=utf-8',
        '/assets/index-CR6wf9uM.css': 'text/css; charset=utf-8',
        '/assets/debrief-Bl2Ns3UN.wav': 'audio/wav',
        '/assets/kantoor-BTGxpVhn.svg': 'image/svg+xml',
        '/assets/engine-a1b2c3d4.wasm': 'application/wasm',
        '/manifest.webmanifest': 'application/manifest+json; charset=utf-8',
        '/sw.js': 'text/javascript; charset=utf-8',
      };
      for (const [path, type] of Object.entries(types)) {
        const res = await get(port, path);
        expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, type]);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
      // Hashed assets never change; the service worker and the page are always revalidated.
      expect((await get(port, '/assets/index-vPXI51c_.js')).headers['cache-control']).toContain('immutable');
      expect((await get(port, '/sw.js')).headers['cache-control']).toBe('no-cache');
      const head = await get(port, '/', 'HEAD');
      expect([head.status, head.body]).toEqual([200, '']);
    },
    T,
  );

  it(
    'refuses to leave the built game, and answers 404 or 405 for anything else',
    async () => {
      const { port } = await startServer({ root: builtGame() });
      const outside = [
        '/../secret.txt',
        '/assets/../../secret.txt',
        '/%2e%2e/secret.txt',
        '/%2E%2E%2Fsecret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/..%5csecret.txt',
        '/link.txt',
        '/index.html%00.js',
        '/%',
      ];
      for (const path of outside) {
        const res = await get(port, path);
        expect([path, res.status]).toEqual([path, res.status === 400 ? 400 : 404]);
        expect(res.body).not.toContain('secret');
      }
      for (const path of ['/missing.js', '/assets', '/assets/', '/empty', '//etc/passwd'])
        expect([path, (await get(port, path)).status]).toEqual([path, 404]);
      const post = await get(port, '/', 'POST');
      expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    },
    T,
  );

  it(
    'answers socket.io on the same port',
    async () => {
      const { port } = await startServer({ root: builtGame() });
      const res = await get(port, '/socket.io/?EIO=4&transport=polling');
      expect(res.status).toBe(200);
      expect(res.body).toMatch(/^0\{"sid":/);
      // socket.io's own cap is the largest message of any kind (a room.sync) and a little for its framing.
      expect(JSON.parse(res.body.slice(1)).maxPayload).toBe(MAX_SYNC_BYTES + 1024);
    },
    T,
  );
});
