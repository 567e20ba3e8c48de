import { expect, test } from '@playwright/test';
import { freshStart, playToDebrief } from './helpers.ts';

// Not an assertion but a look: `SCREENSHOTS=1 npm run test:e2e -- screenshots` writes PNGs to screenshots/
// (playwright.config.ts leaves this file out otherwise).

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  for (const lang of ['nl', 'en'] as const) {
    test(`screens at ${size.width}x${size.height} in ${lang}`, async ({ page }) => {
      await page.setViewportSize(size);
      await freshStart(page, lang);
      await page.locator('#stage.ready canvas').waitFor();
      await page.waitForTimeout(400);
      const shot = (name: string) =>
        page.screenshot({ path: `screenshots/${name}-${lang}-${size.width}x${size.height}.png` });
      await shot('1-title');
      await page.locator('.title-screen button.primary').click();
      await page.locator('[data-scenario]').first().waitFor();
      await shot('2-choose');
      await page.locator('[data-scenario]').first().click();
      await page.locator('[data-continue]').click();
      // A compact screen shows the situation first, then the options.
      // Wider screens keep that button in the page, hidden: only a visible one is a step to take.
      await page.locator('[data-choice]:visible, [data-to-options]:visible').first().waitFor();
      if (await page.locator('[data-to-options]').isVisible()) {
        await page.waitForTimeout(500);
        await shot('3-decision-situation');
        await page.locator('[data-to-options]').click();
      }
      await page.locator('[data-choice]').first().waitFor();
      await page.waitForTimeout(500);
      await shot('3-decision');
      await page.locator('[data-choice]').nth(1).click();
      await page.waitForTimeout(500);
      await shot('4-consequence');
      await page.locator('[data-continue]').click();
      await playToDebrief(page, (i, n) => ({ key: (i % n) + 1 }));
      await page.waitForTimeout(300);
      await shot('5-debrief');
      // The folded report, built on opening: its branch map, chart and the study's words.
      await page.locator('[data-full-report] > summary').click();
      await page.locator('#dq-strategies').waitFor();
      for (const [part, selector] of [
        ['map', '#dq-explore'],
        ['chart', '#dq-competencies'],
      ] as const) {
        await page.evaluate(
          (s) => document.querySelector(s)?.scrollIntoView({ block: 'start', behavior: 'instant' }),
          selector,
        );
        // Shot once the part stands at the top of its scrolling panel (or as high as the panel lets it).
        await expect
          .poll(() => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
            timeout: 10_000,
          })
          .toBeLessThan(size.height / 2);
        await shot(`5-debrief-report-${part}`);
      }
      await page.locator('.debrief-screen .actions button.quiet').click();
      await page.locator('[data-progress]').click();
      await page.locator('[data-history]').first().waitFor();
      await shot('6-progress');
      await page.goto('./');
      await page.locator('.title-screen [data-group]').click();
      await page.locator('#group-scenario').waitFor();
      await page.waitForTimeout(300);
      await shot('7-group-setup');
    });
  }
}

for (const lang of ['nl', 'en'] as const) {
  test(`every scenario's first decision and debrief in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    await freshStart(page, lang);
    await page.locator('.title-screen button.primary').click();
    await page.locator('[data-scenario]').first().waitFor();
    await page.screenshot({ path: `screenshots/choose-full-${lang}.png`, fullPage: true });
    const buttons = await page
      .locator('[data-scenario]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-scenario'), e.getAttribute('data-context')] as const),
      );
    for (const [scenario, context] of buttons) {
      await page.locator(`[data-scenario="${scenario}"][data-context="${context}"]`).click();
      while ((await page.locator('[data-choice]').count()) === 0)
        await page.locator('[data-continue]').click();
      await page.screenshot({ path: `screenshots/s-${scenario}-${context}-${lang}-decision.png` });
      await playToDebrief(page, (i, n) => ({ key: ((i + 1) % n) + 1 }));
      await page.screenshot({
        path: `screenshots/s-${scenario}-${context}-${lang}-debrief.png`,
        fullPage: true,
      });
      await page
        .getByRole('button', { name: lang === 'nl' ? 'Ander scenario kiezen' : 'Choose another scenario' })
        .click();
    }
  });
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  for (const lang of ['nl', 'en'] as const) {
    test(`group session at ${size.width}x${size.height} in ${lang}`, async ({ page }) => {
      await page.setViewportSize(size);
      await freshStart(page, lang);
      await page.locator('[data-group]').click();
      await page.locator('#group-scenario').selectOption('de-nieuwe-wethouder|standaard');
      await page.locator('.group-form button.primary').click();
      const shot = (name: string) =>
        page.screenshot({ path: `screenshots/g-${name}-${lang}-${size.width}x${size.height}.png` });
      const phase = () => page.locator('.group-screen').getAttribute('data-phase');
      while ((await phase()) === 'reading') {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(150);
      }
      await page.waitForTimeout(500);
      await shot('1-present');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      for (const key of ['1', '2', '2', '3', '2', '4', '1']) await page.keyboard.press(key);
      const presenter = await page.context().newPage();
      await presenter.setViewportSize(size);
      await presenter.goto('/#presenter');
      await presenter.waitForTimeout(800);
      await presenter.screenshot({
        path: `screenshots/g-0-presenter-${lang}-${size.width}x${size.height}.png`,
      });
      await presenter.close();
      await page.keyboard.press('r');
      await page.waitForTimeout(1500);
      await shot('2-reveal');
    });
  }
}
