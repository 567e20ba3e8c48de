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
