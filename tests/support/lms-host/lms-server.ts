/**
 * A small test LMS for the SCORM end-to-end test (tests/e2e/scorm.spec.ts), on 127.0.0.1 only. It
 * serves unpacked SCORM packages under /course-<version>/, the launch page under /lms/ (which puts
 * scorm-again's API on its window and opens the package in an iframe, as an LMS does), and keeps what
 * the API commits, in memory, per SCORM version: the next launch starts from it, and the test reads it.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const HERE = import.meta.dirname;
const SCORM_AGAIN = join(HERE, '..', '..', '..', 'node_modules', 'scorm-again', 'dist');

export type LmsVersion = '1.2' | '2004';

/** One commit as scorm-again sent it (flattened CMI), with the values the game set since the last one. */
export interface Commit {
  readonly cmi: Readonly<Record<string, unknown>>;
  readonly sets: readonly (readonly [string, string])[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
};

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 1_000_000) request.destroy(new Error('too large'));
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

/** What a new launch starts from, as an LMS would give it: status, and the suspended play if the learner suspended. */
const launchValues = (version: LmsVersion, last: Commit['cmi'] | undefined) => {
  if (!last) return {};
  const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const exit = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
  const entry = version === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
  const suspended = last[exit] === 'suspend';
  return {
    [status]: last[status],
    ...(suspended ? { 'cmi.suspend_data': last['cmi.suspend_data'], [entry]: 'resume' } : {}),
  };
};

export const startLmsHost = async (courses: Readonly<Record<LmsVersion, string>>) => {
  const commits: Record<LmsVersion, Commit[]> = { '1.2': [], '2004': [] };
  const version = (url: URL): LmsVersion => (url.searchParams.get('scorm') === '2004' ? '2004' : '1.2');

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, data: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(data);
    };
    try {
      if (request.method === 'POST' && url.pathname === '/lms/commit') {
        const payload = JSON.parse(await body(request)) as Record<string, unknown>;
        const { sets, ...cmi } = payload;
        commits[version(url)].push({ cmi, sets: Array.isArray(sets) ? (sets as [string, string][]) : [] });
        return send(200, 'application/json', JSON.stringify({ result: true, errorCode: 0 }));
      }
      if (url.pathname === '/lms/launch') {
        const v = version(url);
        return send(200, 'application/json', JSON.stringify(launchValues(v, commits[v].at(-1)?.cmi)));
      }
      let file: string | undefined;
      if (url.pathname === '/lms/host.html' || url.pathname === '/lms/host.js')
        file = join(HERE, url.pathname.slice('/lms/'.length));
      else if (url.pathname === '/lms/scorm12.js') file = join(SCORM_AGAIN, 'scorm12.min.js');
      else if (url.pathname === '/lms/scorm2004.js') file = join(SCORM_AGAIN, 'scorm2004.min.js');
      else {
        const match = /^\/course-(1\.2|2004)\/(.*)$/.exec(url.pathname);
        if (match) {
          const root = courses[match[1] as LmsVersion];
          const path = normalize(join(root, decodeURIComponent(match[2] || 'index.html')));
          if (path.startsWith(root + sep)) file = path;
        }
      }
      if (!file) return send(404, 'text/plain', 'not found');
      const data = await readFile(file).catch(() => undefined);
      if (!data) return send(404, 'text/plain', 'not found');
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', data);
    } catch (error) {
      return send(500, 'text/plain', String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    commits,
    /** The CMI as last committed for a version. */
    last: (v: LmsVersion) => commits[v].at(-1)?.cmi,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
