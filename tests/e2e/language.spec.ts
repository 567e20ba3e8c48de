import { expect, test } from '@playwright/test';
import { freshStart, playToDebrief } from './helpers.ts';

test('switches to English on the title screen, remembers it, and plays in English', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('The open civil servant');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.locator('h1')).toHaveText('The open civil servant');

  await page.getByRole('button', { name: 'Choose a scenario' }).click();
  await expect(page.getByRole('button', { name: 'Play “The new alderman”' })).toBeVisible();
  await page.getByRole('button', { name: 'Play “The new alderman”' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await playToDebrief(page, () => ({ key: 1 }));
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.locator('[data-summary] .lead')).toContainText('No score');
  await page.getByText('Read the full report').click();
  await expect(page.getByText('What did you want to achieve?')).toBeVisible();
  // No Dutch interface words leak into the English debrief.
  await expect(page.getByText('Nabespreking')).toHaveCount(0);
});
