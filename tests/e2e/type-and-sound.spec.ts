import { expect, type Page, test } from '@playwright/test';
import { freshStart } from './helpers.ts';

const TYPEFACE = 'Atkinson Hyperlegible Next';

/** The game is on the page (not only the title index.html carries): its top bar has the volume. */
const gameLoaded = async (page: Page) => {
  // A pointer moving over the title asks for the game; it is not a gesture that may start sound.
  await page.mouse.move(20, 20);
  await page.locator('input[data-volume]').waitFor();
};

test('the words and the controls are set in the self-hosted typeface, fetched from the game itself', async ({
  page,
  baseURL,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (/\.woff2?(\?|$)/.test(request.url())) fonts.push(request.url());
  });
  await freshStart(page);
  await gameLoaded(page);
  await page.evaluate(() => document.fonts.ready.then(() => true));
  const families = await page.evaluate(() => ({
    body: getComputedStyle(document.body).fontFamily,
    button: getComputedStyle(document.querySelector('.title-screen button')!).fontFamily,
    slider: getComputedStyle(document.querySelector('input[data-volume]')!).fontFamily,
  }));
  for (const family of Object.values(families)) expect(family.split(',')[0]).toBe(`"${TYPEFACE}"`);
  // Not only named: the faces themselves arrived, regular and bold (the title uses both).
  const loaded = await page.evaluate(
    (f) =>
      [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded')
        .map((face) => face.weight),
    TYPEFACE,
  );
  expect(new Set(loaded)).toEqual(new Set(['400', '700']));
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(url.startsWith(baseURL!), url).toBe(true);
});

test('no sound is fetched before a gesture; once playing, the room tone of the place is', async ({
  page,
}) => {
  const sounds: string[] = [];
  page.on('request', (request) => {
    const file = request.url().split('/').pop() ?? '';
    if (/\.(ogg|wav)$/.test(file)) sounds.push(file);
  });
  await freshStart(page);
  await gameLoaded(page);
  expect(sounds).toEqual([]);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  const panel = page.locator('.beat-panel');
  await panel.waitFor();
  await expect.poll(() => sounds.filter((f) => f.startsWith('room-')).length).toBe(1);
});

test('[ and ] set the volume on any screen, the slider follows, and the device remembers it', async ({
  page,
}) => {
  await freshStart(page);
  await gameLoaded(page);
  const slider = page.locator('input[data-volume]');
  const start = Number(await slider.inputValue());
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(slider).toHaveValue(String(start - 2));
  await expect(slider).toHaveAttribute('aria-valuetext', `${(start - 2) * 10} procent`);
  await expect(page.locator('#announcer')).toHaveText(`Volume ${(start - 2) * 10} procent.`);
  // The slider itself: arrows move it a tenth, and the keys' volume and the slider's are one.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(start - 1));
  await page.reload();
  await gameLoaded(page);
  await expect(page.locator('input[data-volume]')).toHaveValue(String(start - 1));
  const stored = await page.evaluate(() => localStorage.getItem('open-ambtenaar:preferences'));
  expect(JSON.parse(stored ?? '{}').volume).toBeCloseTo((start - 1) / 10, 5);
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`the title stands beside the town hall's tower at ${size.width}×${size.height}, not over it`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await freshStart(page);
    for (const stage of ['static', 'game']) {
      if (stage === 'game') await gameLoaded(page);
      const { towerRight, panelLeft } = await page.evaluate(() => {
        const frame = document.getElementById('frame')!.getBoundingClientRect();
        // The drawing (1600×900, the tower from 35.6 % to 42.5 % of its width) covers the frame, centred.
        const scale = Math.max(frame.width / 1600, frame.height / 900);
        const left = frame.left + (frame.width - 1600 * scale) / 2;
        return {
          towerRight: left + 0.425 * 1600 * scale,
          panelLeft: document.querySelector('.title-screen')!.getBoundingClientRect().left,
        };
      });
      expect(panelLeft, `${stage}: the panel starts right of the tower`).toBeGreaterThan(towerRight);
    }
    await context.close();
  });
}

test('on an upright phone the title fills the screen: the town hall on top, the title below it', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await freshStart(page);
  const box = await page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      frame: rect('#frame').height,
      stageBottom: rect('#stage').bottom,
      panelTop: rect('.title-screen').top,
      panelWidth: rect('.title-screen').width,
    };
  });
  expect(box.frame, 'no letterbox').toBe(844);
  expect(box.panelTop).toBeGreaterThanOrEqual(box.stageBottom - 1);
  expect(box.stageBottom, 'a picture band, not a sliver').toBeGreaterThan(844 * 0.25);
  expect(box.panelWidth).toBeGreaterThan(390 * 0.9);
  await context.close();
});
