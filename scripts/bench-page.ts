/**
 * What the browser benchmarks share: the game built into a folder of its own, served by the room
 * server on 127.0.0.1 (as `npm start` serves it), and a headless Chromium with software rendering and
 * without background network traffic. `close` stops all three and removes the build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { build } from 'vite';
import { createRoomServer } from '../server/room-server.ts';
import { CHROMIUM_ARGS, systemChromium } from '../tests/support/chromium.ts';

const ROOT = join(import.meta.dirname, '..');
export const VIEWPORT = { width: 1280, height: 720 } as const;

export interface BenchPage {
  /** The built game's folder; a benchmark may add pages of its own to it before loading them. */
  readonly outDir: string;
  /** Where the server serves the build, without a trailing slash. */
  readonly base: string;
  readonly browser: Browser;
  /** A fresh context: no cache, no service worker, the laptop's viewport. */
  readonly newContext: () => Promise<BrowserContext>;
  readonly close: () => Promise<void>;
}

/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const openBenchPage = async (name: string): Promise<BenchPage> => {
  const outDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const server = createRoomServer({ root: outDir, host: '127.0.0.1', port: 0, sweepMs: 0 });
  const { port } = await server.listen();
  const browser = await chromium.launch({
    ...(systemChromium ? { executablePath: systemChromium } : {}),
    args: [...CHROMIUM_ARGS],
  });
  return {
    outDir,
    base: `http://127.0.0.1:${port}`,
    browser,
    newContext: () => browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT }),
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
};
