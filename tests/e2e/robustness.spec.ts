import { expect, test } from '@playwright/test';
import { freshStart, playToDebrief } from './helpers.ts';

test('requests nothing outside its own origin during a whole play', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const own: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    else own.push(url);
  });
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await playToDebrief(page, (i, n) => ({ key: n - (i % n) }));
  expect(foreign).toEqual([]);
  // The typeface and the sounds were among what the play asked for: from the game's own origin.
  expect(own.some((url) => url.endsWith('.woff2'))).toBe(true);
  expect(own.some((url) => /room-[a-z]+-[\w-]+\.ogg$/.test(url))).toBe(true);
});

test('a broken scenario file is reported in plain words while the valid ones stay playable', async ({
  page,
}) => {
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  const report = page.locator('.problems');
  await expect(report.getByRole('heading')).toHaveText('Niet alle scenario’s konden worden geladen');
  await report.getByText(/many-problems\.yaml: \d+ problemen/).click();
  await expect(report.locator('pre').filter({ hasText: 'many-problems' })).toContainText(
    'tests/fixtures/broken/many-problems.yaml:5:7  role: Onbekende rol "wethouder".',
  );
  await expect(page.locator('[data-scenario="de-nieuwe-wethouder"]')).toBeEnabled();
});

test('corrupt saved preferences are ignored and the game still starts in Dutch', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('open-ambtenaar:preferences', '{not json'));
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('De open ambtenaar');
  // What was stored is left as it was, not silently overwritten.
  expect(await page.evaluate(() => localStorage.getItem('open-ambtenaar:preferences'))).toBe('{not json');
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`the words stay on the drawing at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await freshStart(page);
    await page.locator('#stage.ready canvas').waitFor();
    const rects = await page.evaluate(() => {
      const r = (el: Element) => el.getBoundingClientRect().toJSON();
      return { canvas: r(document.querySelector('#stage canvas')!), ui: r(document.getElementById('ui')!) };
    });
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(rects.canvas[key] - rects.ui[key]), key).toBeLessThanOrEqual(1.5);
    }
    // Nothing spills out sideways on the title screen.
    const overflow = await page.evaluate(
      () => document.getElementById('ui')!.scrollWidth - document.getElementById('ui')!.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('once opened, the game starts and plays without a network', async ({ page, context }) => {
  await freshStart(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('De open ambtenaar');
  await page.locator('#stage.ready canvas').waitFor();
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await playToDebrief(page, () => ({ key: 1 }));
  await expect(page.locator('#debrief-heading')).toBeVisible();
  await context.setOffline(false);
});

test('plays on when sound cannot be loaded, and says so on the sound button', async ({ browser }) => {
  // No offline cache here, so the sound files really fail to arrive.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wav', (route) => route.abort());
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await playToDebrief(page, () => ({ key: 1 }));
  await expect(page.locator('#debrief-heading')).toBeVisible();
  await page.locator('[data-mute]').click();
  await expect(page.locator('[data-mute]')).toHaveText('Geluid: niet beschikbaar');
  await context.close();
});

test('with reduced motion asked for, nothing on the page animates', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => getComputedStyle(el).transitionDuration)
      .filter((d) => d !== '0s'),
  );
  expect(durations).toEqual([]);
  await context.close();
});

test('at 1280×720 every choice of every scenario’s first decision is on screen without scrolling', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  const buttons = await page
    .locator('[data-scenario]')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `[data-scenario="${e.getAttribute('data-scenario')}"][data-context="${e.getAttribute('data-context')}"]`,
      ),
    );
  for (const button of buttons) {
    await page.locator(button).click();
    while ((await page.locator('[data-choice]').count()) === 0) await page.locator('[data-continue]').click();
    for (const choice of await page.locator('[data-choice]').all())
      await expect(choice, button).toBeInViewport({ ratio: 1 });
    await page.locator('.play-top button.quiet').click();
  }
});

test('a poisoned stored group session is set aside once, said in words, and the game plays on', async ({
  page,
}) => {
  const poison = '{"revision":7,"snapshot":{"status":"active","value":"group","context":null,"children":{}}}';
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('poisoned')) {
      localStorage.setItem('open-ambtenaar:room:v2', value);
      sessionStorage.setItem('poisoned', 'yes');
    }
  }, poison);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('De open ambtenaar');
  await expect(
    page.getByRole('status').filter({ hasText: 'groepssessie kon niet worden hersteld' }),
  ).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('open-ambtenaar:room:set-aside'))).toBe(poison);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await expect(page.locator('[data-continue]')).toBeVisible();
  await page.reload();
  await expect(page.locator('h1')).toHaveText('De open ambtenaar');
  await expect(page.getByText('groepssessie kon niet worden hersteld')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a word longer than the screen breaks instead of pushing the choices off it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await page.locator('[data-continue]').click();
  // A phone reads the situation first, then opens the options.
  await page.locator('[data-to-options]').click();
  await expect(page.locator('[data-choice]').first()).toBeVisible();
  // Author text with a 400-letter word, as a careless file could hold.
  await page.evaluate(() => {
    const first = document.querySelector('[data-choice] .text, [data-choice]');
    if (first) first.textContent = `1 ${'Informatiebeleidsuitvoering'.repeat(15)}`;
  });
  const overflow = await page.evaluate(() => {
    const choices = [...document.querySelectorAll<HTMLElement>('[data-choice]')];
    return choices.map((c) => c.getBoundingClientRect().right - document.documentElement.clientWidth);
  });
  for (const over of overflow) expect(over).toBeLessThanOrEqual(1);
});

test('a full device is said during the play, not only afterwards', async ({ page }) => {
  await freshStart(page);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('open-ambtenaar:progress')) throw new DOMException('full', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await page.locator('[data-continue]').click();
  await expect(page.locator('[data-not-saved="full"]')).toContainText('De opslag van je browser is vol');
  await expect(page.locator('[data-choice]').first()).toBeVisible();
});
