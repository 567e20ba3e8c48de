import { expect, type Page, test } from '@playwright/test';
import {
  expectNoAxeViolations as axe,
  expectVisibleFocus,
  freshStart,
  roomPhase as phase,
  pressInRoom as press,
} from './helpers.ts';

/** The size of a small projector, where the back row must still read every phase. */
const PROJECTOR = { width: 1024, height: 768 };
/** Computed CSS px the back row needs: the situation and options, and the question. */
const MIN_TEXT_PX = 28;
const MIN_QUESTION_PX = 32;
/** How long the controls may take to fade once the mouse is still (3 s awake and 0.4 s of fading, with room to spare). */
const CONTROLS_FADE_MS = 8_000;

test.use({ viewport: PROJECTOR });

const startRoom = async (page: Page, lang: 'nl' | 'en', scenario: string) => {
  await freshStart(page, lang);
  await page.locator('[data-group]').click();
  await page.locator('#group-scenario').selectOption(scenario);
  await page.locator('.group-form button.primary').click();
  await expect(page.locator('.group-screen')).toBeVisible();
};

/** What the room sees now: the type sizes of what is shown, whether it all fits, and any control in sight. */
const roomNow = (page: Page) =>
  page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0;
    const sizes = (selector: string) =>
      [...document.querySelectorAll(`.group-screen ${selector}`)]
        .filter(shown)
        .map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    /** Seen by the room: some of it inside the window, not hidden, and not faded out (opacity along its ancestors). */
    const inSight = (el: Element) => {
      if (!shown(el)) return false;
      const r = el.getBoundingClientRect();
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.visibility === 'hidden') return false;
        opacity *= Number(s.opacity);
      }
      return opacity > 0;
    };
    const ui = document.getElementById('ui')!;
    const screen = document.querySelector<HTMLElement>('.group-screen');
    return {
      where: `${screen?.dataset.phase}${screen?.dataset.step ? `/${screen.dataset.step}` : ''} at ${document.querySelector('.group-panel')?.getAttribute('data-beat')}`,
      text: [...sizes('.beat-text'), ...sizes('.option-text'), ...sizes('.room-choice')],
      question: sizes('.prompt'),
      speaker: sizes('.speaker'),
      marker: document.querySelector('[data-marker]')?.textContent ?? '',
      overflow: ui.scrollHeight - ui.clientHeight,
      controlsInSight: [...document.querySelectorAll('button, select, input')]
        .filter(inSight)
        .map((el) => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName),
    };
  });

/** Waits until the mouse has been still long enough for every trainer control to leave the room's sight. */
const waitForStillMouse = async (page: Page) => {
  await expect
    .poll(async () => (await roomNow(page)).controlsInSight, {
      timeout: CONTROLS_FADE_MS,
      message: 'trainer controls fade out of sight while the mouse is still',
    })
    .toEqual([]);
};

/**
 * Plays the room through the whole scenario by keyboard, one hand for option A at every vote, and
 * checks each screen the room sees. Returns every screen's measurements.
 */
const walkRoom = async (page: Page) => {
  const seen: Awaited<ReturnType<typeof roomNow>>[] = [];
  await waitForStillMouse(page);
  for (let step = 0; step < 120 && (await page.locator('.group-screen').count()) > 0; step++) {
    const now = await roomNow(page);
    seen.push(now);
    const at = now.where;
    for (const px of now.text) expect(px, `situation/options at ${at}`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    for (const px of now.question) expect(px, `question at ${at}`).toBeGreaterThanOrEqual(MIN_QUESTION_PX);
    for (const px of now.speaker) expect(px, `speaker at ${at}`).toBeGreaterThanOrEqual(MIN_TEXT_PX * 0.8);
    expect(now.overflow, `nothing runs off the projector at ${at}`).toBeLessThanOrEqual(1);
    expect(now.controlsInSight, `no trainer control in the room's sight at ${at}`).toEqual([]);
    if ((await phase(page)) === 'tally') await press(page, '1');
    await press(page, 'ArrowRight');
  }
  await expect(page.locator('#gd-heading')).toBeVisible();
  return seen;
};

for (const [lang, scenario] of [
  ['nl', 'de-nieuwe-wethouder|standaard'],
  // The longest English decision in the library (its situation and four long options).
  ['en', 'participatie-aan-de-voorkant|standaard'],
] as const) {
  test(`${lang}: every projector phase at 1024×768 is large enough, one size throughout, fits, and shows no trainer control`, async ({
    page,
  }) => {
    await startRoom(page, lang, scenario);
    const seen = await walkRoom(page);
    const phases = new Set(seen.map((s) => s.where.split(/[/ ]/)[0]));
    expect([...phases].sort()).toEqual(['discuss', 'present', 'reading', 'reveal', 'tally']);
    // One size from phase to phase: the situation, the options and the consequences share it, as do the questions.
    expect(new Set(seen.flatMap((s) => s.text)).size, 'one text size in every phase').toBe(1);
    expect(new Set(seen.flatMap((s) => s.question)).size, 'one question size in every phase').toBe(1);
    for (const s of seen.filter((x) => /^(present|discuss|tally|reveal)/.test(x.where)))
      expect(s.marker, `progress marker at ${s.where}`).toMatch(
        lang === 'nl' ? /^Beslismoment \d+ van \d+( à \d+)?$/ : /^Decision \d+ of \d+( to \d+)?$/,
      );
  });
}

test('where the situation and the question do not fit together, they come one after the other in the same type size', async ({
  browser,
}) => {
  // A 16:10 projector at 1024 px wide: the same type size as at 1024×768, less height.
  const context = await browser.newContext({ viewport: { width: 1024, height: 640 } });
  const page = await context.newPage();
  await startRoom(page, 'nl', 'de-nieuwe-wethouder|standaard');
  while ((await phase(page)) === 'reading') await press(page, 'ArrowRight');
  const screen = page.locator('.group-screen');
  await expect(screen).toHaveAttribute('data-step', 'dilemma');
  await expect(page.locator('.room-dilemma .beat-text')).toBeVisible();
  await expect(page.locator('.room-question')).toBeHidden();
  await expect(page.locator('.room-coming')).toHaveText('Straks: de vraag en 4 opties');
  const before = await roomNow(page);
  expect(before.overflow).toBeLessThanOrEqual(1);

  // The trainer's "next" brings the question and its options, with the clock: same size, nothing off screen.
  await press(page, 'ArrowRight');
  await expect(screen).toHaveAttribute('data-phase', 'discuss');
  await expect(screen).toHaveAttribute('data-step', 'question');
  await expect(page.locator('.room-question .option')).toHaveCount(4);
  await expect(page.locator('.room-dilemma')).toBeHidden();
  const after = await roomNow(page);
  expect(after.overflow).toBeLessThanOrEqual(1);
  expect(new Set([...before.text, ...after.text]).size).toBe(1);
  expect(Math.min(...after.text)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  await context.close();
});

test('trainer controls appear on mouse movement and stay while one has keyboard focus; keys still work', async ({
  page,
}) => {
  await startRoom(page, 'nl', 'de-nieuwe-wethouder|standaard');
  while ((await phase(page)) === 'reading') await press(page, 'ArrowRight');
  await waitForStillMouse(page);

  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await expect.poll(async () => (await roomNow(page)).controlsInSight).toContain('Bespreken');
  await waitForStillMouse(page);

  // By keyboard: tab until a room control has focus; it is in sight and shows its focus, however still the mouse.
  let onControl = false;
  for (let i = 0; i < 20 && !onControl; i++) {
    await page.keyboard.press('Tab');
    onControl = await page.evaluate(() => !!document.activeElement?.closest('[data-room-controls]'));
  }
  expect(onControl, 'a trainer control is reachable with Tab').toBe(true);
  await expectVisibleFocus(page);
  // The room is asleep (the still mouse let the controls fade): focus alone keeps this one in sight.
  await expect(page.locator('.room-projector')).toHaveCount(1);
  await expect(page.locator('.room-awake')).toHaveCount(0);
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  await expect.poll(async () => (await roomNow(page)).controlsInSight).toContain(focused);

  // The presenter keeps the controls the projector hides: the counting buttons, for one.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  expect(await phase(page)).toBe('tally');
  await expect(page.getByRole('button', { name: 'Meerderheid A' })).toHaveCount(0);
});

test('the reveal grows its bars, and with reduced motion they stand at once', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ viewport: PROJECTOR, reducedMotion });
    const page = await context.newPage();
    await startRoom(page, 'nl', 'de-nieuwe-wethouder|standaard');
    while ((await phase(page)) !== 'tally') await press(page, 'ArrowRight');
    for (const key of ['1', '1', '2']) await press(page, key);
    await press(page, 'r');
    const bar = page.locator('.option-a .fill');
    const transition = await bar.evaluate((el) => Number.parseFloat(getComputedStyle(el).transitionDuration));
    if (reducedMotion === 'reduce') expect(transition, 'no growing with reduced motion').toBe(0);
    else expect(transition, 'the bars grow').toBeGreaterThan(0.5);
    // Either way the bar ends at its share: two of three votes.
    await expect
      .poll(() =>
        bar.evaluate((el) =>
          Math.round((el.clientWidth / el.parentElement!.closest('li')!.clientWidth) * 100),
        ),
      )
      .toBe(67);
    await expect(page.locator('.option-a .count')).toContainText('67%');
    await expect(page.locator('[data-outcome]')).toHaveText('De zaal kiest A (meerderheid).');
    await press(page, 'ArrowRight');
    await expect(page.locator('.room-choice')).toContainText('De zaal koos A');
    await expect(page.locator('.room-choice')).toContainText('Besloten bij meerderheid.');
    await expect(page.locator('.meter-changes li').first()).toBeVisible();
    await context.close();
  }
});

test('axe finds nothing on the projector at 1024×768 nor on the group setup', async ({ page }) => {
  await freshStart(page);
  await page.locator('[data-group]').click();
  await axe(page, 'group setup');
  await page.locator('#group-scenario').selectOption('de-nieuwe-wethouder|standaard');
  await page.locator('.group-form button.primary').click();
  while ((await phase(page)) === 'reading') await press(page, 'ArrowRight');
  await axe(page, 'projector: present');
  await press(page, 'ArrowRight');
  await axe(page, 'projector: discuss');
  await press(page, 'ArrowRight');
  await press(page, '1');
  await axe(page, 'projector: tally');
  await press(page, 'r');
  await axe(page, 'projector: reveal');
  await press(page, 'ArrowRight');
  await axe(page, 'projector: consequence');
});

test('the group setup never offers the scenario being set up as one to play after it', async ({ page }) => {
  await freshStart(page);
  await page.locator('[data-group]').click();
  const own = (id: string) => page.locator(`[data-then^="${id}|"]`);
  await page.locator('#group-scenario').selectOption('de-nieuwe-wethouder|standaard');
  await expect(own('de-nieuwe-wethouder').first()).toBeHidden();
  await expect(own('participatie-aan-de-voorkant').first()).toBeVisible();
  await own('participatie-aan-de-voorkant').first().check();
  await page.locator('#group-scenario').selectOption({ index: 0 });
  const first = await page.locator('#group-scenario').inputValue();
  const firstScenario = first.split('|')[0]!;
  await expect(own(firstScenario).first()).toBeHidden();
  await expect(own('de-nieuwe-wethouder').first()).toBeVisible();
  // The minutes have their own − and + buttons, within the bounds the room allows.
  await page.locator('#group-minutes').fill('29');
  await page.getByRole('button', { name: 'Een minuut meer' }).click();
  await page.getByRole('button', { name: 'Een minuut meer' }).click();
  await expect(page.locator('#group-minutes')).toHaveValue('30');
});
