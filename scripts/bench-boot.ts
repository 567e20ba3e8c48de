/**
 * How fast the game's first words and first control appear, measured against a minimal static page
 * with the same words served the same way in the same run, and how much JavaScript beyond Phaser a
 * first load takes. Part of `npm run bench` (not of `npm test`). Loads each page cold (a fresh browser
 * context, no cache, no service worker) RUNS times, alternating, and prints the medians against the
 * project's budgets. The heap over many plays is scripts/bench-heap.ts.
 *
 * Two clocks for the first control: when the browser painted it (Element Timing: when a player sees
 * the words and the control, the clock the budget holds), and when the test driver, looking in every
 * animation frame, found it visible and the page then answered (what a player who reaches for it at
 * once gets: it includes waiting for a busy main thread, and the driver's own round trips). The second
 * is printed beside the first, not held to the budget: on Linux, Chromium's font lookups for the
 * typeface fall in it (see the README), and asking for the typeface before the first paint moves
 * that cost into the painted clock instead, measured on 2 December 2026.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { median, openBenchPage } from './bench-page.ts';
import { staticTitle } from './vite-title-plugin.ts';

const RUNS = 9;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const all = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(', ');

const bench = await openBenchPage('boot');
const plainPage = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>De open ambtenaar</title></head>\n<body>${body}</body></html>`;
// The budget's baseline: the same words and controls as the game's title screen — the very markup
// index.html carries (scripts/vite-title-plugin.ts), which also marks the first control for Element
// Timing — as a page with nothing else: no stylesheet, no script, no stage.
writeFileSync(join(bench.outDir, 'static.html'), plainPage(staticTitle()));
// Earlier runs compared with only three of those lines; still printed, so figures stay comparable.
writeFileSync(
  join(bench.outDir, 'static-short.html'),
  plainPage(
    '<main><h1>De open ambtenaar</h1><p>Een spel over de dilemma’s van open overheid</p><button class="primary" elementtiming="first-control">Kies een scenario</button></main>',
  ),
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

type Clocks = { found: number[]; painted: number[] };
const game: Clocks = { found: [], painted: [] };
const plain: Clocks = { found: [], painted: [] };
const short: Clocks = { found: [], painted: [] };
const record = (into: Clocks, got: { found: number; painted: number }) => {
  into.found.push(got.found);
  into.painted.push(got.painted);
};
let scripts = new Map<string, number>();
for (let i = 0; i < RUNS; i++) {
  // Alternate, so a slow moment of the machine hits all alike.
  record(plain, await load('/static.html', 'button.primary'));
  const g = await load('/', '.title-screen button.primary');
  record(game, g);
  scripts = g.scripts;
  record(short, await load('/static-short.html', 'button.primary'));
}

await bench.close();

const beyondPhaser = [...scripts].filter(([path]) => !/phaser/.test(path));
const beyondBytes = beyondPhaser.reduce((n, [, b]) => n + b, 0);
const ratio = (clock: keyof Clocks, base: Clocks) => {
  const ofMedians = median(game[clock]) / median(base[clock]);
  const perRun = median(game[clock].map((g, i) => g / base[clock][i]!));
  return `${ofMedians.toFixed(2)}× (median of the runs' own ratios ${perRun.toFixed(2)}×)`;
};
console.log(`First words and first control, ${RUNS} cold loads each (served by the room server):`);
for (const [clock, name, held] of [
  ['painted', 'painted (Element Timing)', 'budget ≤ 1.5×'],
  ['found', 'found by the driver', 'beside the budget, not held to it'],
] as const) {
  console.log(
    `  ${name}, median: the game ${median(game[clock]).toFixed(0)} ms, the title's words as a static page ${median(plain[clock]).toFixed(0)} ms, three of its lines ${median(short[clock]).toFixed(0)} ms`,
  );
  console.log(`    the game: ${all(game[clock])}`);
  console.log(`    the static page: ${all(plain[clock])}`);
  console.log(`    three lines: ${all(short[clock])}`);
  console.log(`    ratio: ${ratio(clock, plain)}   (${held}); against three lines ${ratio(clock, short)}`);
}
console.log(`JavaScript at first load beyond Phaser: ${kib(beyondBytes)} gzip   (budget ≤ 100 KiB)`);
for (const [path, bytes] of beyondPhaser.sort((a, b) => b[1] - a[1]))
  console.log(`  ${kib(bytes).padStart(10)}  ${path}`);
