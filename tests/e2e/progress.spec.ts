import { expect, test } from '@playwright/test';
import { freshStart, playToDebrief, position } from './helpers.ts';

test('a play saved halfway is offered after a reload, resumes exactly there, and can be finished', async ({
  page,
}) => {
  await freshStart(page);
  await expect(page.locator('[data-resume]')).toHaveCount(0);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  // Read on and take one decision, then stop in the middle of its consequence.
  while ((await page.locator('[data-choice]').count()) === 0) await page.locator('[data-continue]').click();
  await page.locator('[data-choice]').nth(1).click();
  const where = await position(page);
  const meters = await page.locator('.meters').textContent();

  await page.reload();
  const resume = page.locator('[data-resume]');
  await expect(resume).toBeFocused();
  await expect(resume).toHaveText(/1 beslissing genomen/);
  await page.keyboard.press('Enter');
  expect(await position(page)).toBe(where);
  expect(await page.locator('.meters').textContent()).toBe(meters);

  await playToDebrief(page, () => ({ key: 1 }));
  await page.reload();
  // Finished: nothing left to resume.
  await expect(page.locator('[data-resume]')).toHaveCount(0);
});

test('stopping asks first: keep the play for later, or throw it away, or play on', async ({ page }) => {
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  while ((await page.locator('[data-choice]').count()) === 0) await page.locator('[data-continue]').click();
  await page.locator('[data-choice]').first().click();
  const where = await position(page);

  // Asking is not stopping: playing on leaves the play where it was.
  await page.locator('[data-quit]').click();
  await expect(page.locator('[data-quit-keep]')).toBeFocused();
  await page.getByRole('button', { name: 'Verder spelen' }).click();
  await expect(page.locator('[data-quit]')).toBeFocused();
  expect(await position(page)).toBe(where);

  // Kept: the title offers it again, where it was.
  await page.locator('[data-quit]').click();
  await page.locator('[data-quit-keep]').click();
  await expect(page.locator('[data-resume]')).toHaveText(/1 beslissing genomen/);
  await page.locator('[data-resume]').click();
  expect(await position(page)).toBe(where);

  // Thrown away: another scenario to choose, and nothing left to resume.
  await page.locator('[data-quit]').click();
  await page.locator('[data-quit-discard]').click();
  await expect(page.getByRole('heading', { name: 'Kies een scenario' })).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-resume]')).toHaveCount(0);
});

test('damaged saved progress is kept aside, explained in plain words, and the game still starts', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'open-ambtenaar:progress',
        '{"format":"open-ambtenaar/progress","version":1,"history":[{"scen',
      );
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'beschadigd' })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('open-ambtenaar:progress:kept-aside:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"format":"open-ambtenaar/progress","version":1,"history":[{"scen']);
  await page.locator('.title-screen button.primary').click();
  await expect(page.locator('[data-scenario]').first()).toBeVisible();
});

test('progress exported to a file is restored in a fresh browser profile, only after the player confirms', async ({
  page,
  browser,
}, testInfo) => {
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await playToDebrief(page, () => ({ key: 1 }));
  await page.getByRole('button', { name: 'Naar het begin' }).click();
  await page.locator('[data-progress]').click();
  await expect(page.locator('[data-history]')).toHaveCount(1);
  // Counts in words that agree with their number.
  await expect(page.locator('#pq-profile + p + p')).toHaveText(
    /^1 keer gespeeld, 1 scenario, \d+ beslissingen\.$/,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^open-ambtenaar-voortgang-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('voortgang.json');
  await download.saveAs(file);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.locator('[data-progress]').click();
  await expect(other.getByText('Je hebt nog geen scenario uitgespeeld.')).toBeVisible();

  // A file from elsewhere is refused in plain words.
  await other
    .locator('#import-file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(other.locator('#import-status')).toHaveText(/komt niet van De open ambtenaar/);

  await other.locator('#import-file').setInputFiles(file);
  await expect(other.locator('#import-status')).toContainText('1 gespeelde scenario');
  await expect(other.locator('[data-history]')).toHaveCount(0);
  await other.locator('[data-import="merge"]').click();
  await expect(other.locator('[data-history]')).toHaveCount(1);
  await expect(other.locator('table.chart [data-competency]').first()).toBeVisible();
  await other.reload();
  await other.locator('[data-progress]').click();
  await expect(other.locator('[data-history]')).toHaveCount(1);
  await fresh.close();
});

test('the debrief prints on A4 with its chart, without the game’s controls', async ({ page }) => {
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().click();
  await playToDebrief(page, () => ({ key: 1 }));
  await page.emulateMedia({ media: 'print' });
  // The folded full report prints whole, still folded on screen.
  await expect(page.locator('[data-full-report]')).not.toHaveAttribute('open', '');
  await expect(page.locator('#dq-strategies')).toBeVisible();
  await expect(page.locator('[data-reflection-org] li').first()).toBeVisible();
  await expect(page.locator('table.chart')).toBeVisible();
  const drawnBars = await page
    .locator('.diverge .fill')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetWidth > 0).length);
  expect(drawnBars).toBeGreaterThan(0);
  await expect(page.locator('[data-print]')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await page.screenshot({ path: 'test-results/print-preview.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});
