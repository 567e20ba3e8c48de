import { lstat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import * as v from 'valibot';
import type { Plugin, ViteDevServer } from 'vite';
import { DEV_SAVE_ROUTE, isScenarioFileName } from '../src/adapters/draft-store.ts';
import { MAX_FILE_BYTES } from '../src/domain/text-bytes.ts';

const ROOT = join(import.meta.dirname, '..');

/**
 * The absolute path a studio save may write for a requested `scenarios/<name>.yaml`, or undefined for
 * anything else: another folder, a sub-folder, `..`, another extension, a name outside
 * `[a-z0-9-]`. The result is checked to lie directly in the library folder, whatever the name holds.
 */
export const scenarioSavePath = (library: string, requested: unknown): string | undefined => {
  if (typeof requested !== 'string') return undefined;
  const match = /^scenarios\/([^/\\]+)$/.exec(requested);
  const name = match?.[1];
  if (!name || !isScenarioFileName(name)) return undefined;
  const folder = resolve(library);
  const target = resolve(folder, name);
  return target.startsWith(folder + sep) && !target.slice(folder.length + 1).includes(sep)
    ? target
    : undefined;
};

const SaveRequest = v.object({
  file: v.string(),
  text: v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES)),
});

const readBody = (req: IncomingMessage, limit: number): Promise<string | undefined> =>
  new Promise((done) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => done(undefined));
  });

const answer = (res: ServerResponse, status: number, body: Record<string, unknown>) => {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
};

/** Writes one validated save; never throws, answers with what happened. */
const save = async (library: string, req: IncomingMessage, res: ServerResponse, saved: Set<string>) => {
  if (req.method !== 'POST') return answer(res, 405, { ok: false, reason: 'method' });
  const body = await readBody(req, MAX_FILE_BYTES * 2);
  let parsed: unknown;
  try {
    parsed = body === undefined ? undefined : JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  const request = v.safeParse(SaveRequest, parsed);
  if (!request.success) return answer(res, 400, { ok: false, reason: 'request' });
  const target = scenarioSavePath(library, request.output.file);
  if (!target) return answer(res, 400, { ok: false, reason: 'path' });
  try {
    // A link in the library could point anywhere: only plain files (or new ones) are written.
    const existing = await lstat(target).catch(() => undefined);
    if (existing && !existing.isFile()) return answer(res, 400, { ok: false, reason: 'path' });
    saved.add(target);
    await writeFile(target, request.output.text, 'utf8');
    setTimeout(() => saved.delete(target), 2_000);
    return answer(res, 200, { ok: true, file: request.output.file });
  } catch (error) {
    saved.delete(target);
    return answer(res, 500, { ok: false, reason: 'write', detail: String(error) });
  }
};

/**
 * The studio's Save in `npm run dev`: writes `scenarios/<name>.yaml`, nowhere else (see
 * `scenarioSavePath`), and only on the dev server (`apply: 'serve'`); a built or previewed game has no
 * such route and downloads the file instead. The library plugin reloads the page when a scenario file
 * changes; for the studio's own save that reload is held back, so the author keeps their place (the
 * game's list takes the file at the next load).
 */
export const studioPlugin = (options: { readonly scenarios?: string } = {}): Plugin => {
  const library = options.scenarios ?? join(ROOT, 'scenarios');
  const saved = new Set<string>();
  return {
    name: 'studio-save',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void;
      server.ws.send = ((...args: unknown[]) => {
        const [payload] = args;
        const reload =
          typeof payload === 'object' &&
          payload !== null &&
          (payload as { type?: unknown }).type === 'full-reload';
        if (reload && saved.size > 0) return;
        send(...args);
      }) as typeof server.ws.send;
      server.middlewares.use(DEV_SAVE_ROUTE, (req, res) => {
        void save(library, req, res, saved);
      });
    },
  };
};
