import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of everything `vite build` writes to dist/. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Files under assets/ carry a content hash in their name and never change; everything else is revalidated. */
const cacheControl = (path: string): string =>
  /^\/assets\/[^/]+-[A-Za-z0-9_-]{6,}\.[a-z0-9]+$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';

const refuse = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
};

/**
 * Serves the built game from `root`: GET and HEAD only, `/` is index.html, a path that leaves `root`
 * (`..`, encoded or not, a symlink out) or names a directory is 404. Nothing is logged.
 */
export const staticFiles = (root: string) => {
  const base = resolve(root);
  let realBase: string | undefined;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      const raw = (req.url ?? '/').split('?')[0] ?? '/';
      let path: string;
      try {
        path = decodeURIComponent(raw);
      } catch {
        return refuse(res, 400, 'Bad request');
      }
      if (!path.startsWith('/') || path.includes('\0') || path.includes('\\'))
        return refuse(res, 404, 'Not found');
      if (path === '/') path = '/index.html';
      const file = resolve(join(base, path));
      if (!file.startsWith(base + sep)) return refuse(res, 404, 'Not found');
      realBase ??= await realpath(base);
      const real = await realpath(file).catch(() => undefined);
      if (!real?.startsWith(realBase + sep)) return refuse(res, 404, 'Not found');
      const info = await stat(real);
      if (!info.isFile()) return refuse(res, 404, 'Not found');
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(info.size),
        'Cache-Control': cacheControl(path),
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(real)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'Server error');
      else res.destroy();
    }
  };
};
