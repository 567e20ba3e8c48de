import { expect, test } from '@playwright/test';
import { freshStart, playToDebrief } from './helpers.ts';

test('the branch map and completion grow with each play, and a second play is compared with the first', async ({
  page,
}) => {
  await freshStart(page);
  await page.locator('.title-screen button.primary').click();
  const first = page.locator('[data-scenario]').first();
  await expect(page.locator('[data-completion]')).toHaveCount(0);
  await first.click();
  await playToDebrief(page, () => ({ key: 1 }));
  await page.locator('[data-full-report] > summary').click();

  const explored = page.locator('#dq-explore ~ p[data-completion]');
  const once = Number((await explored.getAttribute('data-completion'))!.split('/')[0]);
  expect(once).toBeGreaterThan(0);
  // Unexplored parts are shown without their names.
  expect(await page.locator('.branch-map .node:not(.known)').count()).toBeGreaterThan(0);
  await expect(page.locator('.branch-map .node:not(.known) text')).toHaveCount(0);
  // The map fits its box: no sideways scrolling.
  expect(await page.locator('.map-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.locator('#dq-compare')).toHaveCount(0);
  await expect(page.locator('[data-compare-words]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Nog een keer spelen' }).click();
  await playToDebrief(page, (_i, n) => ({ key: n }));
  // The first screen says in words what changed since the first play; no tallies like “1 / 0”.
  const brief = page.locator('[data-compare-words]');
  await expect(brief).toBeVisible();
  await expect(brief).toContainText(/van je \d+ keuzes (was|waren) anders|Al je keuzes waren anders/);
  await expect(brief).toContainText('vorige keer');
  expect(await brief.textContent()).not.toMatch(/\d+\s*\/\s*\d+/);
  await page.locator('[data-full-report] > summary').click();
  await expect(page.locator('[data-compare-competencies] li').first()).toContainText(/vaker|minder vaak/i);
  const twice = Number((await explored.getAttribute('data-completion'))!.split('/')[0]);
  expect(twice).toBeGreaterThan(once);

  const rows = page.locator('#dq-compare ~ table.compare').first().locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  const firstRow = rows.first().locator('td');
  await expect(firstRow.nth(0)).not.toHaveText((await firstRow.nth(1).textContent()) ?? '');

  await page.getByRole('button', { name: 'Ander scenario kiezen' }).click();
  await expect(page.locator('[data-completion]').first()).toHaveText(new RegExp(`Verkend: ${twice} van`));
});
