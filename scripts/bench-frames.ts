/**
 * How smoothly the stage draws under software rendering (a projector laptop without a GPU driver):
 * frame times at 1280×720 in Chromium with `--disable-gpu` for the title left alone, a beat change in a
 * solo play and the reveal of a group vote, plus the main-thread work and the frames the stage draws
 * while nothing moves. Part of `npm run bench` (not of `npm test`). Builds the game into a folder of its
 * own and serves it with the room server on 127.0.0.1 (scripts/bench-page.ts, shared with bench-boot.ts).
 *
 * Frame times are the gaps between requestAnimationFrame callbacks of a probe in the page: what a
 * player sees as smoothness, whatever draws. "Stage frames" counts the animation frames in which the
 * stage's canvas received a draw call, counted by wrapping the drawing contexts before the page loads.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { CDPSession, Page } from '@playwright/test';
import { openBenchPage, VIEWPORT } from './bench-page.ts';

const IDLE_MS = 5000;
/** Long enough for every animation a step starts (the longest, the meters' ring, takes 1.1 s). */
const AFTER_STEP_MS = 1500;
const SOLO_STEPS = 6;
const TARGET_P95 = 20;
/** Main-thread work per second of idle that counts as "near zero". */
const TARGET_IDLE_BUSY = 20;

/** Installed before the page's own scripts: counts the animation frames in which the stage drew. */
const instrument = () => {
  const w = window as unknown as { __stageDraws: { frames: number; calls: number; last: number } };
  const tally = { frames: 0, calls: 0, last: -1 };
  w.__stageDraws = tally;
  const onStage = (canvas: unknown) => canvas instanceof HTMLCanvasElement && !!canvas.closest('#stage');
  const wrap = (proto: object | undefined, names: string[]) => {
    if (!proto) return;
    for (const name of names) {
      const original = (proto as Record<string, unknown>)[name];
      if (typeof original !== 'function') continue;
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: { canvas: unknown }, ...args: unknown[]) {
          if (onStage(this.canvas)) {
            tally.calls++;
            const frame = Number(document.timeline.currentTime ?? -1);
            if (frame !== tally.last) {
              tally.last = frame;
              tally.frames++;
            }
          }
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        },
      });
    }
  };
  const gl = ['clear', 'drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'];
  wrap(window.WebGLRenderingContext?.prototype, gl);
  wrap(window.WebGL2RenderingContext?.prototype, gl);
  wrap(window.CanvasRenderingContext2D?.prototype, ['clearRect', 'fillRect', 'drawImage', 'fill', 'stroke']);
};

const bench = await openBenchPage('frames');
const base = bench.base;

interface Window {
  deltas: number[];
  /** The gaps in which the stage drew: its own share of the slow frames. */
  stageDeltas: number[];
  stageFrames: number;
  busyMs: number;
  ms: number;
}

/** Measures `ms` of the page after `act` (if any): rAF gaps, stage frames and main-thread work. */
const measure = async (page: Page, cdp: CDPSession, ms: number, act?: () => Promise<void>, probe = true) => {
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const drawn = () =>
    page.evaluate(() => (window as unknown as { __stageDraws: { frames: number } }).__stageDraws.frames);
  const busy0 = await busy();
  const frames0 = await drawn();
  if (probe) {
    await page.evaluate(() => {
      const w = window as unknown as {
        __probe: { deltas: number[]; stageDeltas: number[]; on: boolean };
        __stageDraws: { frames: number };
      };
      const probe = { deltas: [] as number[], stageDeltas: [] as number[], on: true };
      w.__probe = probe;
      let last = -1;
      let drawn = w.__stageDraws.frames;
      const tick = (t: number) => {
        if (!probe.on) return;
        if (last >= 0) probe.deltas.push(t - last);
        if (last >= 0 && w.__stageDraws.frames !== drawn) probe.stageDeltas.push(t - last);
        drawn = w.__stageDraws.frames;
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }
  const t0 = Date.now();
  if (act) await act();
  await page.waitForTimeout(Math.max(0, ms - (Date.now() - t0)));
  const { deltas, stageDeltas } = probe
    ? await page.evaluate(() => {
        const w = window as unknown as { __probe: { deltas: number[]; stageDeltas: number[]; on: boolean } };
        w.__probe.on = false;
        return w.__probe;
      })
    : { deltas: [], stageDeltas: [] };
  const result: Window = {
    deltas,
    stageDeltas,
    stageFrames: (await drawn()) - frames0,
    busyMs: (await busy()) - busy0,
    ms: Date.now() - t0,
  };
  return result;
};

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const sum = (ws: Window[], pick: (w: Window) => number) => ws.reduce((n, w) => n + pick(w), 0);
const report = (name: string, ws: Window[]) => {
  const deltas = ws.flatMap((w) => w.deltas);
  const seconds = sum(ws, (w) => w.ms) / 1000;
  const p95 = quantile(deltas, 0.95);
  console.log(
    `  ${name.padEnd(34)} p50 ${quantile(deltas, 0.5).toFixed(1).padStart(5)} ms  p95 ${p95
      .toFixed(1)
      .padStart(5)} ms  max ${Math.max(...deltas)
      .toFixed(1)
      .padStart(
        5,
      )} ms  ${p95 <= TARGET_P95 ? 'ok ' : 'OVER'}  (${deltas.length} frames in ${seconds.toFixed(1)} s; stage drew ${sum(ws, (w) => w.stageFrames)}; main thread busy ${(sum(ws, (w) => w.busyMs) / seconds).toFixed(0)} ms/s)`,
  );
  const own = ws.flatMap((w) => w.stageDeltas);
  if (own.length > 0)
    console.log(
      `    of which frames the stage drew in:  p50 ${quantile(own, 0.5).toFixed(1).padStart(5)} ms  p95 ${quantile(own, 0.95).toFixed(1).padStart(5)} ms  (${own.length} frames)`,
    );
};

const open = async () => {
  const context = await bench.newContext();
  // tsx names inner functions through a `__name` helper that a function sent to the page lacks.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`  (page error: ${e.message})`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(base);
  await page.locator('#stage.ready canvas').waitFor();
  // The canvas fades in over 0.6 s; the title's own entrance, if any, is over after 3 s.
  await page.waitForTimeout(3000);
  return { context, page, cdp };
};

/** Which renderer the stage got (Phaser's Canvas renderer, or WebGL), and what WebGL runs on here. */
const rendererName = async (page: Page) =>
  page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const webgl = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'none';
    // A canvas that already holds a WebGL context returns no 2D context, and the other way round.
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')?.getContext('2d');
    return `stage on ${canvas ? "Phaser's Canvas renderer" : 'WebGL'}; WebGL here: ${webgl}`;
  });

try {
  // 1. The title, left alone.
  const title = await open();
  const renderer = await rendererName(title.page);
  const quiet = await measure(title.page, title.cdp, IDLE_MS, undefined, false);
  const idle = await measure(title.page, title.cdp, IDLE_MS);
  await title.context.close();

  // 2. Steps through a solo play, by the DOM's own buttons: the first scenario from its first beat.
  const solo = await open();
  await solo.page.locator('.title-screen button.primary').click();
  await solo.page.locator('[data-scenario]').first().click();
  await solo.page.locator('.beat-panel').waitFor();
  await solo.page.waitForTimeout(1500);
  const steps: Window[] = [];
  for (let i = 0; i < SOLO_STEPS; i++) {
    const choice = solo.page.locator('[data-choice]').first();
    const button = (await choice.count()) > 0 ? choice : solo.page.locator('[data-continue]');
    steps.push(await measure(solo.page, solo.cdp, AFTER_STEP_MS, () => button.click()));
    await solo.page.waitForTimeout(300);
  }
  const afterSteps = await measure(solo.page, solo.cdp, 2000, undefined, false);
  await solo.context.close();

  // 3. A group session's vote counted by the trainer, then revealed (as tests/e2e/group.spec.ts drives it).
  const group = await open();
  const { page } = group;
  // The title in index.html passes a press on to the game's own title once the game has loaded.
  await page.locator('.title-screen :is([data-group], [data-boot="[data-group]"])').click();
  await page.locator('#group-scenario').selectOption('de-nieuwe-wethouder|standaard');
  await page.locator('.group-form button.primary').click();
  const phase = () => page.locator('.group-screen').getAttribute('data-phase');
  await page.locator('.group-screen').waitFor();
  for (let i = 0; i < 20 && (await phase()) !== 'tally'; i++) {
    const before = await phase();
    const html = await page.evaluate(() => document.querySelector('.group-screen')?.outerHTML);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('.group-screen')?.outerHTML !== b, html);
    if (before === 'discuss') await page.waitForTimeout(100);
  }
  for (const key of ['1', '2', '2']) await page.keyboard.press(key);
  await page.waitForTimeout(1500);
  const reveal = await measure(page, group.cdp, 2000, async () => {
    await page.keyboard.press('r');
    await page.locator('.group-screen[data-phase="reveal"]').waitFor();
  });
  await group.context.close();

  console.log(
    `Stage frame times at ${VIEWPORT.width}×${VIEWPORT.height}, Chromium --disable-gpu (${renderer}):`,
  );
  report(`title, idle ${IDLE_MS / 1000} s`, [idle]);
  report(`solo play, ${SOLO_STEPS} steps × ${AFTER_STEP_MS / 1000} s`, steps);
  report('group vote revealed, 2 s', [reveal]);
  console.log(`  target: p95 ≤ ${TARGET_P95} ms in every case`);
  const idleBusy = quiet.busyMs / (quiet.ms / 1000);
  console.log(
    `Idle title without a probe, ${IDLE_MS / 1000} s: main thread busy ${idleBusy.toFixed(1)} ms/s, stage drew ${quiet.stageFrames} frames   (target ≤ ${TARGET_IDLE_BUSY} ms/s, 0 frames)`,
  );
  console.log(
    `Machine load (1-minute average) at the end: ${loadavg()[0]!.toFixed(1)} on the ${availableParallelism()} cores`,
  );
  console.log(
    `Solo play, 2 s after the last step: main thread busy ${(afterSteps.busyMs / (afterSteps.ms / 1000)).toFixed(1)} ms/s, stage drew ${afterSteps.stageFrames} frames`,
  );
} finally {
  await bench.close();
}
