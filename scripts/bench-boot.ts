/**
 * How fast the game's first words and first control appear, measured against a minimal static page
 * with the same words served the same way in the same run, how much JavaScript beyond Phaser a first
 * load takes, and whether the JS heap grows over many plays in one page. Part of `npm run bench` (not
 * of `npm test`). Loads each page cold (a fresh browser context, no cache, no service worker) RUNS
 * times, alternating, and prints the medians against the project's budgets.
 *
 * Two clocks for the first control: when the browser painted it (Element Timing: what a player sees),
 * and when the test driver, looking in every animation frame, found it visible and the page then
 * answered (what a player who reaches for it at once gets: it includes waiting for a busy main thread,
 * and the driver's own round trips).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from '@playwright/test';
import { median, openBenchPage } from './bench-page.ts';

const RUNS = 9;
/** Readings of the heap at each point, each after forced garbage collections; the median counts. */
const HEAP_READINGS = 3;
const PLAYS = 30;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const all = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(', ');

const bench = await openBenchPage('boot');
// The same first words and first control as the title screen, as a page with nothing else. Both mark
// the control for Element Timing (scripts/vite-title-plugin.ts does so in the game's index.html).
writeFileSync(
  join(bench.outDir, 'static.html'),
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>De open ambtenaar</title></head>
<body><main><h1>De open ambtenaar</h1><p>Een spel over de dilemma’s van open overheid</p><button class="primary" elementtiming="first-control">Kies een scenario</button></main></body></html>`,
);

/** When the browser painted the element marked `first-control` (ms since navigation), or NaN. */
const paintedAt = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { identifier: string; renderTime: number }[])
            if (entry.identifier === 'first-control') resolve(entry.renderTime);
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => resolve(Number.NaN), 5_000);
      }),
  );

/** The first control's paint and its finding by the driver, and the scripts the page loaded. */
const load = async (path: string, control: string) => {
  const context = await bench.newContext();
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
  await page.goto(`${bench.base}${path}`, { waitUntil: 'commit' });
  // Looked for in every animation frame: a locator's own waitFor polls at growing intervals (0, 20,
  // 50, 100 ms apart), which would count a page found on its third look 70 ms late, however fast it was.
  await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    },
    control,
    { polling: 'raf', timeout: 10_000 },
  );
  // Then the page must answer the driver: a main thread busy with other work makes this late.
  const found = await page.evaluate(() => performance.now());
  const painted = await paintedAt(page);
  // Everything the first load pulls in, including what arrives just after the words (Phaser).
  await page.waitForLoadState('networkidle');
  await context.close();
  return { found, painted, scripts };
};

const game = { found: [] as number[], painted: [] as number[] };
const plain = { found: [] as number[], painted: [] as number[] };
let scripts = new Map<string, number>();
for (let i = 0; i < RUNS; i++) {
  // Alternate, so a slow moment of the machine hits both alike.
  const s = await load('/static.html', 'button');
  plain.found.push(s.found);
  plain.painted.push(s.painted);
  const g = await load('/', '.title-screen button.primary');
  game.found.push(g.found);
  game.painted.push(g.painted);
  scripts = g.scripts;
}

/** Plays one scenario to its debrief through the page's own buttons; `n` varies the choices. */
const playOnce = async (page: Page, n: number) => {
  for (let step = 0; step < 200; step++) {
    if (await page.locator('#debrief-heading').count()) return;
    const choices = page.locator('[data-choice]');
    const count = await choices.count();
    if (count > 0) await choices.nth((n + step) % count).click();
    else await page.locator('[data-continue]').click();
  }
  throw new Error('No debrief after 200 steps');
};

/** The used JS heap after forced garbage collections: the median of a few readings. */
const usedHeap = async (cdp: CDPSession) => {
  const readings: number[] = [];
  for (let i = 0; i < HEAP_READINGS; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    readings.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
  }
  return median(readings);
};

/**
 * The heap's compiled code (V8's machine code, bytecode and their feedback) apart from everything
 * else, from a heap snapshot: code grows as more of the game runs often enough to be optimised, and
 * is dropped again when it goes unused, while objects the game keeps would stay.
 */
const heapParts = async (cdp: CDPSession) => {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const parts = { code: 0, objects: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = typeNames[nodes[i + type]!];
    // Native (the DOM's own memory) and synthetic nodes are not the JS heap.
    if (kind === 'native' || kind === 'synthetic') continue;
    if (kind === 'code') parts.code += nodes[i + size]!;
    else parts.objects += nodes[i + size]!;
  }
  return parts;
};

/** The JS heap after 1 and after PLAYS plays in one page. */
const heapOverPlays = async () => {
  const context = await bench.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${bench.base}/`);
  await page.locator('[data-start]').click();
  await page.locator('[data-scenario]').first().click();
  await playOnce(page, 0);
  const reading = async () => ({ used: await usedHeap(cdp), ...(await heapParts(cdp)) });
  const afterOne = await reading();
  for (let n = 1; n < PLAYS; n++) {
    await page.locator('.debrief-screen .actions button.primary').click();
    await playOnce(page, n);
  }
  const afterAll = await reading();
  await context.close();
  return { afterOne, afterAll };
};

let heap: Awaited<ReturnType<typeof heapOverPlays>>;
try {
  heap = await heapOverPlays();
} finally {
  await bench.close();
}

const beyondPhaser = [...scripts].filter(([path]) => !/phaser/.test(path));
const beyondBytes = beyondPhaser.reduce((n, [, b]) => n + b, 0);
const ratios = (clock: 'found' | 'painted') => {
  const ratio = median(game[clock]) / median(plain[clock]);
  const perRun = median(game[clock].map((g, i) => g / plain[clock][i]!));
  return `${ratio.toFixed(2)}× (median of the runs' own ratios ${perRun.toFixed(2)}×)`;
};
console.log(`First words and first control, ${RUNS} cold loads each (served by the room server):`);
console.log(
  `  painted (Element Timing), median: the game ${median(game.painted).toFixed(0)} ms, a static page ${median(plain.painted).toFixed(0)} ms`,
);
console.log(`    the game: ${all(game.painted)}; the static page: ${all(plain.painted)}`);
console.log(`    ratio: ${ratios('painted')}   (budget ≤ 1.5×)`);
console.log(
  `  found by the driver, median: the game ${median(game.found).toFixed(0)} ms, a static page ${median(plain.found).toFixed(0)} ms`,
);
console.log(`    the game: ${all(game.found)}; the static page: ${all(plain.found)}`);
console.log(`    ratio: ${ratios('found')}   (budget ≤ 1.5×)`);
console.log(`JavaScript at first load beyond Phaser: ${kib(beyondBytes)} gzip   (budget ≤ 100 KiB)`);
for (const [path, bytes] of beyondPhaser.sort((a, b) => b[1] - a[1]))
  console.log(`  ${kib(bytes).padStart(10)}  ${path}`);
const { afterOne, afterAll } = heap;
console.log(
  `JS heap after 1 play: ${mib(afterOne.used)}; after ${PLAYS} plays in the same page: ${mib(afterAll.used)}   (${(afterAll.used / afterOne.used).toFixed(2)}×, budget ≤ 1.1×)`,
);
console.log(
  `  of which compiled code: ${mib(afterOne.code)} → ${mib(afterAll.code)}; everything else: ${mib(afterOne.objects)} → ${mib(afterAll.objects)} (${(afterAll.objects / afterOne.objects).toFixed(2)}×)`,
);
