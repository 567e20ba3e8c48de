import { expect, test } from '@playwright/test';
import { expectVisibleFocus, freshStart, playToDebrief } from './helpers.ts';

test('plays the first scenario to its debrief in Dutch with the keyboard alone', async ({ page }) => {
  await freshStart(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('h1')).toHaveText('De open ambtenaar');

  // The first control has focus: Enter opens the choice of scenarios, Enter again starts the first.
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kies een scenario' })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('data-scenario', /.+/);
  await expect(page.locator(':focus')).toHaveText(/^Speel/);
  await page.keyboard.press('Enter');
  const firstBeat = await page.locator('.beat-panel').getAttribute('data-beat');

  const decisions = await playToDebrief(page, (i, n) =>
    i % 2 === 0 ? { key: (i % n) + 1 } : { key: Math.min(2, n), useArrows: true },
  );
  expect(decisions).toBeGreaterThanOrEqual(3);

  await expect(page.getByRole('heading', { name: 'Nabespreking' })).toBeVisible();
  // First three points in brief; the full report opens from the keyboard.
  await expect(page.locator('[data-summary] .lead')).toContainText('Geen score');
  await expect(page.locator('[data-summary] .summary-points > li')).toHaveCount(3);
  await expect(page.locator('#dq-ending')).toBeHidden();
  await page.locator('[data-full-report] > summary').focus();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-full-report]')).toHaveAttribute('open', '');
  await expect(page.locator('#dq-ending + p')).not.toBeEmpty();
  // One row per tension met, one per decision taken.
  await expect(page.locator('[data-tension]')).toHaveCount(decisions);
  // The chart names competencies that were drawn on and set aside, grouped by layer.
  await expect(page.locator('table.chart [data-competency]').first()).toBeVisible();
  expect(await page.locator('table.chart tbody').count()).toBeGreaterThan(0);
  // All four coping strategies are explained, each with a quote from the research.
  await expect(page.locator('.strategy[data-strategy] blockquote')).not.toHaveCount(0);
  for (const s of ['maatwerk', 'waar-de-energie-is', 'conformeren', 'kleine-successen']) {
    await expect(page.locator(`[data-strategy="${s}"] > figure blockquote`)).toHaveCount(1);
  }
  // Beside conforming, the data role in a respondent's words (the data interpreter, §4.3.2).
  await expect(page.locator('[data-strategy="conformeren"] [data-data-role] blockquote')).toContainText(
    'data-tolk',
  );
  // Where the study sees the role heading, in the researcher's words and said not to be a score.
  await expect(page.locator('[data-direction] blockquote')).toHaveCount(3);
  await expect(page.locator('[data-direction] p').first()).toContainText('Geen score');
  await expect(page.getByText('Wat wilde je bereiken?')).toBeVisible();
  // The organisation questions of the interview guide, as questions to the player.
  await expect(page.locator('[data-reflection-org] li')).toHaveCount(9);

  // Play again starts from the first beat with the keyboard.
  await page.getByRole('button', { name: 'Nog een keer spelen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.beat-panel')).toHaveAttribute('data-beat', firstBeat!);
  await expect(page.locator('[data-meter]').first()).toContainText('50');
});

test('number keys pick only the choices that exist, and M toggles the sound', async ({ page }) => {
  await freshStart(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  while ((await page.locator('[data-choice]').count()) === 0) {
    const before = await page.locator('.beat-panel').getAttribute('data-beat');
    await page.keyboard.press('Enter');
    await expect(page.locator('.beat-panel')).not.toHaveAttribute('data-beat', before ?? '');
  }
  const count = await page.locator('[data-choice]').count();
  await page.keyboard.press(String(Math.min(count + 1, 9)));
  await expect(page.locator('.beat-panel')).toHaveAttribute('data-phase', 'choosing');

  const mute = page.locator('[data-mute]');
  await expect(mute).toHaveText('Geluid: aan');
  await page.keyboard.press('m');
  await expect(mute).toHaveText('Geluid: uit');
  await page.reload();
  await expect(page.locator('[data-mute]')).toHaveText('Geluid: uit');
});

test('a screen reader hears each consequence, and the button after it says what it follows', async ({
  page,
}) => {
  await freshStart(page);
  await page.locator('[data-start]').click();
  await page.locator('[data-scenario]').first().click();
  for (let decision = 0; decision < 2; decision++) {
    while ((await page.locator('[data-choice]').count()) === 0) await page.locator('[data-continue]').click();
    await page.locator('[data-choice]').first().click();
    const consequence = (await page.locator('#consequence-text').textContent())!;
    expect(consequence.length).toBeGreaterThan(0);
    await expect(page.locator('#announcer')).toContainText(`Wat er gebeurt: ${consequence}`);
    await expect(page.locator('[data-continue]')).toBeFocused();
    await expect(page.locator('[data-continue]')).toHaveAccessibleDescription(consequence);
    await page.locator('[data-continue]').click();
    if (await page.locator('#debrief-heading').count()) break;
  }
});
