import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioPlugin } from '../../scripts/vite-studio-plugin.ts';
import { DEV_SAVE_ROUTE } from '../../src/adapters/draft-store.ts';

describe('the studio’s Save on the dev server', () => {
  const root = mkdtempSync(join(tmpdir(), 'studio-dev-'));
  const library = join(root, 'scenarios');
  const outside = join(root, 'outside.yaml');
  let server: ViteDevServer;
  let base = '';

  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    mkdirSync(library);
    writeFileSync(outside, 'kept');
    symlinkSync(outside, join(library, 'link.yaml'));
    server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [studioPlugin({ scenarios: library })],
      server: { host: '127.0.0.1', port: 0, watch: null },
    });
    await server.listen();
    base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (body: unknown) =>
    fetch(`${base}${DEV_SAVE_ROUTE}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('writes scenarios/<name>.yaml and answers that it did', async () => {
    const response = await post({ file: 'scenarios/mijn-scenario.yaml', text: 'id: mijn-scenario\n' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, file: 'scenarios/mijn-scenario.yaml' });
    expect(readFileSync(join(library, 'mijn-scenario.yaml'), 'utf8')).toBe('id: mijn-scenario\n');
  });

  it('writes nothing for another path, a link, a malformed request or another method', async () => {
    const before = readdirSync(library).sort();
    for (const body of [
      { file: 'scenarios/../outside.yaml', text: 'x' },
      { file: 'package.json', text: 'x' },
      { file: 'scenarios/link.yaml', text: 'overwritten' },
      { file: 'scenarios/x.yaml' },
      { file: 'scenarios/x.yaml', text: 'x'.repeat(300 * 1024) },
      '{not json',
    ]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect((await response.json()).ok).toBe(false);
    }
    expect((await fetch(`${base}${DEV_SAVE_ROUTE}`)).status).toBe(405);
    expect(readdirSync(library).sort()).toEqual(before);
    expect(readFileSync(outside, 'utf8')).toBe('kept');
  });
});
