import { expect, type Page, test } from '@playwright/test';
import { type PlayPhase, phaseOf } from '../../src/domain/play-state.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { allPlays, type GeneratedPlay } from '../support/paths.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';
import { freshStart } from './helpers.ts';

/**
 * The solo play screen at the sizes of issue 10, in both languages, over every decision of every
 * scenario (and the consequences and endings met on the way): nothing cut off or overlapping, the
 * options in view, the speaker not behind the words, and thumb-sized targets on a phone. One page per
 * size and language plays a few generated plays that together pass every decision, with clicks, as a
 * player would; each ending is left by stopping, straight back to the scenario choice.
 */

const library = yamlFiles(SCENARIO_DIR).map(loadValid);

interface Walk {
  readonly scenario: Scenario;
  readonly context: string;
  readonly play: GeneratedPlay;
}

/** Few plays that together pass every decision of every scenario, in whichever context reaches it. */
const walks: Walk[] = library.flatMap((scenario) => {
  const wanted = new Set(
    Object.values(scenario.beats)
      .filter((b) => b.kind === 'decision')
      .map((b) => b.id),
  );
  const candidates = scenario.contexts.flatMap((c) =>
    allPlays(scenario, c.id).complete.map((play) => ({ context: c.id, play })),
  );
  const chosen: Walk[] = [];
  while (wanted.size > 0) {
    const gain = (w: (typeof candidates)[number]) =>
      new Set(w.play.record.steps.map((s) => s.beat).filter((b) => wanted.has(b))).size;
    const best = candidates.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    if (gain(best) === 0) throw new Error(`${scenario.id}: no play reaches ${[...wanted].join(', ')}`);
    for (const step of best.play.record.steps) wanted.delete(step.beat);
    chosen.push({ scenario, ...best });
  }
  return chosen;
});

type Fit = 'strict' | 'reachable';
interface Size {
  readonly width: number;
  readonly height: number;
  /** strict: every option in the window without scrolling; reachable: each fits in the window when scrolled to. */
  readonly options: Fit;
  readonly phone: boolean;
}

const SIZES: readonly Size[] = [
  { width: 390, height: 844, options: 'strict', phone: true },
  { width: 844, height: 390, options: 'reachable', phone: true },
  { width: 1024, height: 768, options: 'strict', phone: false },
  { width: 1280, height: 720, options: 'strict', phone: false },
  { width: 1920, height: 1080, options: 'strict', phone: false },
];

/**
 * Everything wrong with the screen as it stands, as sentences (none: fine). Runs in the page; reads
 * the speaker's place from the stage box, where the stage mirrors it (src/scenes/create-stage.ts).
 */
const inspect = (page: Page, size: Size) =>
  page.evaluate(({ options, phone }) => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const label = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.classList[0] ? `.${e.classList[0]}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    const round = (r: DOMRect) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');
    const overlap = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
      Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

    const ui = document.getElementById('ui')!;
    const screen = document.querySelector('.play-screen, .choose-screen');
    if (!screen) return ['no play or choice screen'];
    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`);
    if (ui.scrollWidth > ui.clientWidth + 1)
      problems.push(`the words scroll sideways (${ui.scrollWidth} > ${ui.clientWidth})`);

    // Nothing cut off: every text and control within the window's width and within its own box.
    for (const e of screen.querySelectorAll('p, h2, h3, li, button, dt, dd')) {
      if (!shown(e) || e.closest('.visually-hidden')) continue;
      const r = e.getBoundingClientRect();
      if (r.left < -1 || r.right > vw + 1) problems.push(`${label(e)} cut off at the side (${round(r)})`);
      if (e.scrollWidth > e.clientWidth + 1) problems.push(`${label(e)} wider than its box`);
    }

    // The words, the status and the top bar never lie over one another.
    // An ending's picture heads a phone's page as the stage's picture does, under the top bar: its words may not.
    const mine = [
      ...screen.querySelectorAll(
        ':scope > .beat-panel:not(.ending-card), .ending-words, :scope > .play-top > *',
      ),
    ].filter(shown);
    const bar = [...document.querySelectorAll('.topbar > *')].filter(shown);
    for (const [i, a] of mine.entries()) {
      for (const b of [...mine.slice(i + 1), ...bar]) {
        if (overlap(a.getBoundingClientRect(), b.getBoundingClientRect()) > 1)
          problems.push(`${label(a)} overlaps ${label(b)}`);
      }
    }

    // The options in view: all at once without scrolling, or (a phone on its side) each when scrolled to.
    const panel = screen.querySelector('.beat-panel');
    const choices = [...screen.querySelectorAll('[data-choice]')].filter(shown);
    for (const c of choices) {
      const r = c.getBoundingClientRect();
      if (options === 'strict') {
        const within = panel?.getBoundingClientRect();
        if (r.top < -1 || r.bottom > vh + 1)
          problems.push(`${label(c)} not in view (${round(r)} in ${vw}x${vh})`);
        else if (within && r.bottom > within.bottom + 1) problems.push(`${label(c)} below the panel's edge`);
      } else if (r.height > ui.clientHeight)
        problems.push(`${label(c)} taller than the window (${r.height})`);
    }

    // The speaker stands beside the words, not behind them (nor behind the top bar).
    const stage = document.getElementById('stage')!;
    const spot = stage.dataset.speakerBox?.split(' ').map(Number);
    if (spot && getComputedStyle(stage).visibility !== 'hidden') {
      const at = stage.getBoundingClientRect();
      const [left, top, right, bottom] = spot as [number, number, number, number];
      const speaker = {
        left: at.left + left,
        top: at.top + top,
        right: at.left + right,
        bottom: at.top + bottom,
      };
      for (const e of [...mine, ...bar]) {
        const covered = overlap(e.getBoundingClientRect(), speaker);
        if (covered > 1)
          problems.push(`${label(e)} covers the speaker (${Math.round(covered)} px² of ${spot.join(',')})`);
      }
    }

    if (phone) {
      const buttons = [...screen.querySelectorAll('button')].filter(shown);
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        if (r.height < 44 || r.width < 44)
          problems.push(`${label(b)} too small to tap (${Math.round(r.width)}x${Math.round(r.height)})`);
      }
      for (const [i, c] of choices.entries()) {
        const next = choices[i + 1];
        if (next && next.getBoundingClientRect().top - c.getBoundingClientRect().bottom < 8)
          problems.push(`${label(c)} less than 8 px from the next option`);
      }
      for (const t of screen.querySelectorAll('.beat-text')) {
        if (shown(t) && Number.parseFloat(getComputedStyle(t).fontSize) < 16)
          problems.push(`${label(t)} smaller than 16 px`);
      }
    }
    return problems;
  }, size);

/** Waits until the stage has placed the speaker for the stage's current size (or nobody stands there). */
const stageSettled = (page: Page, speaks: boolean) =>
  page.waitForFunction(
    (speaks) => {
      const stage = document.getElementById('stage')!;
      if (!stage.classList.contains('ready')) return false;
      if (!speaks || getComputedStyle(stage).visibility === 'hidden') return true;
      const r = stage.getBoundingClientRect();
      return stage.dataset.speakerFor === `${Math.round(r.width)} ${Math.round(r.height)}`;
    },
    speaks,
    { timeout: 15_000 },
  );

const at = (page: Page, beat: string, phase: PlayPhase) =>
  expect(page.locator(`.beat-panel[data-beat="${beat}"][data-phase="${phase}"]`)).toBeVisible({
    timeout: 15_000,
  });

/** Checks the screen as it stands at each size in turn; `where` says what is on it. */
const checkAt = async (
  page: Page,
  sizes: readonly Size[],
  speaks: boolean,
  where: string,
  problems: string[],
) => {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await stageSettled(page, speaks);
    for (const p of await inspect(page, size)) problems.push(`${size.width}x${size.height} ${where}: ${p}`);
  }
};

const WIDE = SIZES.filter((s) => !s.phone);
const PHONES = SIZES.filter((s) => s.phone);

for (const lang of ['nl', 'en'] as const) {
  test(`solo play in ${lang} at ${SIZES.map((s) => `${s.width}x${s.height}`).join(', ')}: every decision fits, nothing covers the speaker`, async ({
    page,
  }) => {
    // About 150 steps, each looked at in five sizes: minutes on a busy machine of two cores.
    test.setTimeout(600_000);
    // Still pictures: the layout is the same, and a busy machine draws no tweens between the steps.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await freshStart(page, lang);
    await page.locator('.title-screen button.primary').click();
    await expect(page.locator('.choose-screen')).toBeVisible();
    const problems: string[] = [];
    await checkAt(page, [...WIDE, ...PHONES], false, 'the scenario choice', problems);
    let decisions = 0;
    for (const { scenario, context, play } of walks) {
      await page.locator(`[data-scenario="${scenario.id}"][data-context="${context}"]`).click();
      for (const [i, state] of play.states.entries()) {
        const phase = phaseOf(scenario, state);
        if (phase === 'done') break;
        const beat = scenario.beats[state.beat]!;
        const speaks = beat.speaker in scenario.characters;
        const where = `${scenario.id}/${context} ${beat.id} (${phase})`;
        await at(page, beat.id, phase);
        // Wide sizes first, so that the phone's step from reading to the options follows on a phone.
        // Decisions and endings at every size; the steps between them at every size but 1920x1080,
        // which composes as 1280x720 does, only larger (it keeps the run to minutes on two cores).
        const sizes = phase === 'choosing' || phase === 'ending' ? WIDE : WIDE.filter((w) => w.width < 1920);
        await checkAt(page, [...sizes, ...PHONES], speaks, where, problems);
        const move = play.moves[i];
        if (phase === 'ending' || !move) break;
        if (move.type === 'choice.select') {
          decisions++;
          // A phone reads the situation first (checked above), then opens the options together.
          const toOptions = page.locator('[data-to-options]');
          await expect(toOptions, `${where}: a phone opens the options`).toBeVisible();
          await toOptions.click();
          await checkAt(page, PHONES, speaks, `${where}, its options`, problems);
          await page.locator(`[data-choice="${move.choice}"]`).click();
        } else {
          // Read on as a keyboard does: Enter on the button that has focus.
          await expect(page.locator('[data-continue]')).toBeFocused();
          await page.keyboard.press('Enter');
        }
      }
      // Straight back to the scenario choice: stop, and do not keep the play.
      await page.locator('[data-quit]').click();
      await page.locator('[data-quit-discard]').click();
      await expect(page.locator('.choose-screen')).toBeVisible();
    }
    expect(decisions).toBeGreaterThanOrEqual(
      library.reduce((n, s) => n + Object.values(s.beats).filter((b) => b.kind === 'decision').length, 0),
    );
    expect(problems).toEqual([]);
  });
}

test('on a phone, upright or on its side, My progress and the group setup fill the screen, and the setup’s rows keep apart', async ({
  page,
}) => {
  await freshStart(page, 'en');
  const problems: string[] = [];
  /** The screen fills the window (no letterbox), and no row of a list lies over the next. */
  const check = async (where: string, rows: string) => {
    for (const size of PHONES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      const found = await page.evaluate(
        ({ rows }) => {
          const wrong: string[] = [];
          const frame = document.getElementById('frame')!.getBoundingClientRect();
          if (Math.round(frame.width) < window.innerWidth || Math.round(frame.height) < window.innerHeight)
            wrong.push(`letterboxed: ${Math.round(frame.width)}x${Math.round(frame.height)}`);
          const shown = [...document.querySelectorAll<HTMLElement>(rows)].filter((r) => r.offsetHeight > 0);
          for (const [i, row] of shown.entries()) {
            if (row.scrollHeight > row.clientHeight + 1)
              wrong.push(
                `"${row.textContent?.trim().slice(0, 30)}" is cut off (${row.scrollHeight} > ${row.clientHeight})`,
              );
            const next = shown[i + 1];
            if (next && next.getBoundingClientRect().top < row.getBoundingClientRect().bottom - 1)
              wrong.push(`"${row.textContent?.trim().slice(0, 30)}" lies over the next row`);
          }
          return wrong;
        },
        { rows },
      );
      for (const p of found) problems.push(`${size.width}x${size.height} ${where}: ${p}`);
    }
  };
  await page.locator('.title-screen [data-progress]').click();
  await page.locator('#progress-heading').waitFor({ timeout: 15_000 });
  await check('My progress', '#progress-heading');
  await page.goto('./');
  await page.locator('.title-screen [data-group]').click();
  await page.locator('#group-scenario').waitFor({ timeout: 15_000 });
  await check('group setup', '.group-setup .then .check');
  expect(problems).toEqual([]);
});
