/**
 * How fast the game's first words and first control appear, measured against a minimal static page
 * with the same words served the same way in the same run, and how much JavaScript beyond Phaser a
 * first load takes. Part of `npm run bench` (not of `npm test`). Builds the game into a folder of its
 * own, serves it with the room server on 127.0.0.1, and loads each page cold (a fresh browser context,
 * no cache, no service worker) RUNS times in Chromium; prints the medians and the project's budgets.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { createRoomServer } from '../server/room-server.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const outDir = mkdtempSync(join(tmpdir(), 'bench-boot-'));
await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
// The same first words and first control as the title screen, as a page with nothing else.
writeFileSync(
  join(outDir, 'static.html'),
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>De open ambtenaar</title></head>
<body><main><h1>De open ambtenaar</h1><p>Een spel over de dilemma’s van open overheid</p><button class="primary">Kies een scenario</button></main></body></html>`,
);

const server = createRoomServer({ root: outDir, host: '127.0.0.1', port: 0, sweepMs: 0 });
const { port } = await server.listen();
const base = `http://127.0.0.1:${port}`;
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu'],
});

/** Milliseconds from navigation to the first control on screen, and the scripts the page loaded. */
const load = async (path: string, control: string) => {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(new URL(response.url()).pathname, gzipSync(await response.body()).length);
    } catch {
      // A script that went away with the page is not part of the first load.
    }
  });
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  await page.locator(control).first().waitFor({ state: 'visible' });
  const firstControl = await page.evaluate(() => performance.now());
  // Everything the first load pulls in, including what arrives just after the words (Phaser).
  await page.waitForLoadState('networkidle');
  await context.close();
  return { firstControl, scripts };
};

const game: number[] = [];
const plain: number[] = [];
let scripts = new Map<string, number>();
for (let i = 0; i < RUNS; i++) {
  // Alternate, so a slow moment of the machine hits both alike.
  plain.push((await load('/static.html', 'button')).firstControl);
  const run = await load('/', '.title-screen button.primary');
  game.push(run.firstControl);
  scripts = run.scripts;
}

/** Plays one scenario to its debrief through the page's own buttons; `n` varies the choices. */
const playOnce = async (page: import('@playwright/test').Page, n: number) => {
  for (let step = 0; step < 200; step++) {
    if (await page.locator('#debrief-heading').count()) return;
    const choices = page.locator('[data-choice]');
    const count = await choices.count();
    if (count > 0) await choices.nth((n + step) % count).click();
    else await page.locator('[data-continue]').click();
  }
  throw new Error('No debrief after 200 steps');
};

/** JS heap after 1 and after 30 plays in one page, each after a forced garbage collection. */
const heapOverPlays = async () => {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  await page.goto(`${base}/`);
  await page.locator('[data-start]').click();
  await page.locator('[data-scenario]').first().click();
  await playOnce(page, 0);
  const afterOne = await heap();
  for (let n = 1; n < 30; n++) {
    await page.locator('.debrief-screen .actions button.primary').click();
    await playOnce(page, n);
  }
  const afterThirty = await heap();
  await context.close();
  return { afterOne, afterThirty };
};
const { afterOne, afterThirty } = await heapOverPlays();

await browser.close();
await server.close();

const beyondPhaser = [...scripts].filter(([path]) => !/phaser/.test(path));
const beyondBytes = beyondPhaser.reduce((n, [, b]) => n + b, 0);
const ratio = median(game) / median(plain);
console.log(`First words and first control, median of ${RUNS} cold loads (served by the room server):`);
console.log(
  `  the game:           ${median(game).toFixed(0)} ms   (all: ${game.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `  a static page:      ${median(plain).toFixed(0)} ms   (all: ${plain.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(`  ratio:              ${ratio.toFixed(1)}×   (budget ≤ 1.5×)`);
console.log(`JavaScript at first load beyond Phaser: ${kib(beyondBytes)} gzip   (budget ≤ 100 KiB)`);
for (const [path, bytes] of beyondPhaser.sort((a, b) => b[1] - a[1]))
  console.log(`  ${kib(bytes).padStart(10)}  ${path}`);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  `JS heap after 1 play: ${mib(afterOne)}; after 30 plays in the same page: ${mib(afterThirty)}   (${(afterThirty / afterOne).toFixed(2)}×, budget ≤ 1.1×)`,
);
