import { expect, test } from '@playwright/test';
import { freshStart, position, expectNoAxeViolations as scan } from './helpers.ts';

for (const lang of ['nl', 'en'] as const) {
  test(`every screen passes an axe scan (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    await scan(page, 'title');
    await page.locator('.title-screen button.primary').click();
    await page.locator('[data-scenario]').first().waitFor();
    await scan(page, 'choose (with a broken-file report)');
    await page.locator('[data-scenario]').first().click();
    const seen = new Set<string>();
    for (let step = 0; step < 100; step++) {
      const where = await position(page);
      if (where === 'debrief') break;
      const phase = where.split(':')[1] ?? '';
      if (!seen.has(phase)) {
        seen.add(phase);
        await scan(page, `play (${phase})`);
      }
      if ((await page.locator('[data-choice]').count()) > 0)
        await page.locator('[data-choice]').first().click();
      else await page.locator('[data-continue]').click();
      await page.waitForFunction((w) => {
        const p = document.querySelector('.beat-panel');
        return (
          document.getElementById('debrief-heading') ||
          (p && `${p.getAttribute('data-beat')}:${p.getAttribute('data-phase')}` !== w)
        );
      }, where);
    }
    expect([...seen].sort()).toEqual(['choosing', 'consequence', 'ending', 'reading']);
    await scan(page, 'debrief');
    await page.locator('[data-full-report] > summary').click();
    await expect(page.locator('[data-full-report]')).toHaveAttribute('open', '');
    await scan(page, 'debrief (full report)');
    await page.locator('.debrief-screen .actions button.quiet').click();
    await page.locator('[data-progress]').click();
    await page.locator('[data-history]').first().waitFor();
    await scan(page, 'my progress');
  });
}

test('on a phone held upright (390x844) every screen passes an axe scan: title, choice, every part of a play, ending, debrief, my progress and group setup', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await freshStart(page);
  await scan(page, 'title (phone)');
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-scenario]').first().waitFor();
  await scan(page, 'choose (phone)');
  await page.locator('[data-scenario]').first().click();
  const seen = new Set<string>();
  const once = async (what: string) => {
    if (seen.has(what)) return;
    seen.add(what);
    await scan(page, `play, ${what} (phone)`);
  };
  for (let step = 0; step < 100 && !seen.has('ending'); step++) {
    const where = await position(page);
    const phase = where.split(':')[1] ?? '';
    if (phase === 'choosing') {
      // A phone shows the situation first, then the options together.
      await once('choosing: the situation');
      await page.locator('[data-to-options]').click();
      await once('choosing: the options');
      await page.locator('[data-choice]').first().click();
    } else {
      await once(phase);
      if (phase === 'ending') break;
      await page.locator('[data-continue]').click();
    }
    await page.waitForFunction(
      (w) => {
        const p = document.querySelector('.beat-panel');
        return p && `${p.getAttribute('data-beat')}:${p.getAttribute('data-phase')}` !== w;
      },
      where,
      { timeout: 15_000 },
    );
  }
  expect([...seen].sort()).toEqual([
    'choosing: the options',
    'choosing: the situation',
    'consequence',
    'ending',
    'reading',
  ]);
  await page.locator('[data-continue]').click();
  await page.locator('#debrief-heading').waitFor({ timeout: 15_000 });
  await scan(page, 'debrief (phone)');
  await page.locator('[data-full-report] > summary').click();
  await expect(page.locator('[data-full-report]')).toHaveAttribute('open', '');
  await scan(page, 'debrief, full report (phone)');
  await page.locator('.debrief-screen .actions button.quiet').click();
  await page.locator('[data-progress]').click();
  await page.locator('[data-history]').first().waitFor({ timeout: 15_000 });
  await scan(page, 'my progress (phone)');
  await page.goto('./');
  await page.locator('.title-screen [data-group]').click();
  await page.locator('#group-scenario').waitFor({ timeout: 15_000 });
  await scan(page, 'group setup (phone)');
});
