import { expect, type Page, test } from '@playwright/test';
import { freshStart, playToDebrief, expectNoAxeViolations as scan } from './helpers.ts';

/** The summary's text, block by block: its lead line and its three points. */
const summaryText = (page: Page) =>
  page
    .locator('[data-summary] .lead, [data-summary] .summary-points > li')
    .allTextContents()
    .then((blocks) => blocks.join(' '));

/** Words a reader reads (numbers count, dashes and quotes alone do not). */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

const toDebrief = async (page: Page, lang: 'nl' | 'en') => {
  await freshStart(page, lang);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await playToDebrief(page, () => ({ key: 1 }));
};

for (const lang of ['nl', 'en'] as const) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    test(`the debrief opens with three points in plain words, and the full report opens with the keyboard (${lang}, ${viewport.width}×${viewport.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await toDebrief(page, lang);

      // Right after the heading: the summary, three points, short enough to read in half a minute.
      const next = await page.evaluate(
        () =>
          document.getElementById('debrief-heading')?.nextElementSibling?.hasAttribute('data-summary') ??
          false,
      );
      expect(next).toBe(true);
      await expect(page.locator('[data-summary] .summary-points > li')).toHaveCount(3);
      for (const point of ['path', 'tension', 'strategy'])
        await expect(page.locator(`[data-summary] [data-point="${point}"]`)).not.toBeEmpty();
      await expect(page.locator('[data-summary] blockquote')).toHaveCount(1);
      const summary = await summaryText(page);
      const words = wordCount(summary);
      expect(words, 'words in the summary').toBeGreaterThanOrEqual(40);
      expect(words, 'words in the summary').toBeLessThanOrEqual(lang === 'nl' ? 95 : 110);
      // Research terms wait in the full report.
      expect(summary).not.toMatch(/§|Weberia|New Public|\b[1-4]\.0\b/);

      // The next step is on the first screen, the full report folded below it.
      const report = page.locator('[data-full-report]');
      await expect(report).not.toHaveAttribute('open', '');
      await expect(page.locator('#dq-strategies')).toBeHidden();
      // Built only when opened, so a debrief nobody unfolds does not lay out its branch map.
      await expect(report.locator('section')).toHaveCount(0);
      await scan(page, `debrief, folded (${lang}, ${viewport.width})`);

      // Opened with the keyboard: Tab reaches its toggle after the next-step buttons, Enter opens it.
      const toggle = report.locator('> summary');
      await page.locator('.next-step button').last().focus();
      await page.keyboard.press('Tab');
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(report).toHaveAttribute('open', '');
      await expect(page.locator('#dq-strategies')).toBeVisible();
      // The research terms are explained where they appear.
      await expect(page.locator('[data-layers]')).toContainText(lang === 'nl' ? 'Weberiaanse' : 'Weberian');
      await expect(page.locator('[data-research] p')).toContainText('§');
      await scan(page, `debrief, full report (${lang}, ${viewport.width})`);
      await page.keyboard.press('Enter');
      await expect(report).not.toHaveAttribute('open', '');
    });
  }
}

test('on a phone the three points fit the first screen, with the next step close below', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await toDebrief(page, 'nl');
  // Measured in the page's own flow, from the top of the debrief, whatever box it scrolls in.
  const { summaryEnd, nextEnd } = await page.evaluate(() => {
    const top = document.querySelector('.debrief-screen')!.getBoundingClientRect().top;
    const bottom = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom - top;
    return { summaryEnd: bottom('[data-summary]'), nextEnd: bottom('.next-step') };
  });
  expect(summaryEnd).toBeLessThanOrEqual(844);
  expect(nextEnd).toBeLessThanOrEqual(844 * 1.25);
});
