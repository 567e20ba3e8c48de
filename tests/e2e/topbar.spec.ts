import { expect, type Page, test } from '@playwright/test';
import { freshStart, position } from './helpers.ts';

/**
 * The bar above every screen stays one row on a phone, upright and on its side, in both languages: the
 * game's name, the volume and the sound button side by side in type of at least 16 px, each control at
 * least 44 px for a thumb, and the sound button still named in words for a screen reader. A notice
 * (a scenario file skipped, a play not kept) may take a row of its own below them.
 */
const SOUND_ON = { nl: 'Geluid: aan', en: 'Sound: on' } as const;

const expectOneRow = async (page: Page, lang: 'nl' | 'en', where: string) => {
  const bar = page.locator('.topbar');
  await expect(bar, where).toBeVisible();
  await expect(bar.locator('[data-mute]'), where).toHaveAccessibleName(SOUND_ON[lang]);
  const seen = await bar.evaluate((header) => {
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden';
    };
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    const children = [...header.children].filter((e) => !e.classList.contains('spacer') && shown(e));
    const controls = children.filter((e) => !e.classList.contains('notice'));
    const boxes = controls.map((e) => e.getBoundingClientRect());
    const style = getComputedStyle(header);
    const notices = children.filter((e) => e.classList.contains('notice'));
    // Words a sighted player reads in the bar (a visually hidden label is 1 px wide, and not among them).
    const words = [...header.querySelectorAll('*')].filter(
      (e) =>
        shown(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
    return {
      controls: controls.map(name),
      rowTop: Math.min(...boxes.map((b) => b.top)),
      rowBottom: Math.max(...boxes.map((b) => b.bottom)),
      tallest: Math.max(...boxes.map((b) => b.height)),
      content:
        header.getBoundingClientRect().height -
        Number.parseFloat(style.paddingTop) -
        Number.parseFloat(style.paddingBottom),
      noticesAbove: notices
        .filter((e) => e.getBoundingClientRect().top < Math.max(...boxes.map((b) => b.bottom)) - 1)
        .map(name),
      small: words
        .filter((e) => Number.parseFloat(getComputedStyle(e).fontSize) < 16)
        .map((e) => `${name(e)} ${getComputedStyle(e).fontSize}`),
      tiny: [...header.querySelectorAll('button, input')]
        .filter(shown)
        .map((e) => [name(e), e.getBoundingClientRect()] as const)
        .filter(([, r]) => r.width < 44 || r.height < 44)
        .map(([n, r]) => `${n} ${Math.round(r.width)}x${Math.round(r.height)}`),
      hasNotice: notices.length > 0,
      hasSound: controls.some((e) => e.hasAttribute('data-mute')),
    };
  });
  expect.soft(seen.hasSound, `${where}: the sound button among ${seen.controls.join(', ')}`).toBe(true);
  expect
    .soft(seen.rowBottom - seen.rowTop, `${where}: ${seen.controls.join(', ')} side by side`)
    .toBeLessThanOrEqual(seen.tallest + 1);
  if (!seen.hasNotice)
    expect.soft(seen.content, `${where}: the bar one row high`).toBeLessThanOrEqual(seen.tallest + 1);
  expect.soft(seen.noticesAbove, `${where}: notices below the controls`).toEqual([]);
  expect.soft(seen.small, `${where}: words under 16 px`).toEqual([]);
  expect.soft(seen.tiny, `${where}: controls under 44 px`).toEqual([]);
};

/** Steps through a solo play from its first beat to the debrief, looking at the bar in every phase. */
const playThrough = async (page: Page, lang: 'nl' | 'en', size: string) => {
  const seen = new Set<string>();
  for (let step = 0; step < 100; step++) {
    const where = await position(page);
    if (where === 'debrief') break;
    const phase = where.split(':')[1] ?? '';
    const compactRead = (await page.locator('[data-to-options]:visible').count()) > 0;
    const look = compactRead ? `${phase}, the situation` : phase;
    if (!seen.has(look)) {
      seen.add(look);
      await expectOneRow(page, lang, `play (${look}) at ${size} in ${lang}`);
    }
    if (compactRead) {
      await page.locator('[data-to-options]').click();
      if (!seen.has(`${phase}, the options`)) {
        seen.add(`${phase}, the options`);
        await expectOneRow(page, lang, `play (${phase}, the options) at ${size} in ${lang}`);
      }
    }
    if ((await page.locator('[data-choice]:visible').count()) > 0)
      await page.locator('[data-choice]').first().click();
    else await page.locator('[data-continue]').click();
    await page.waitForFunction((before) => {
      if (document.getElementById('debrief-heading')) return true;
      const panel = document.querySelector('.beat-panel');
      return !!panel && `${panel.getAttribute('data-beat')}:${panel.getAttribute('data-phase')}` !== before;
    }, where);
  }
  expect([...seen].some((s) => s.startsWith('choosing'))).toBe(true);
  expect(seen).toContain('ending');
};

for (const size of [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  for (const lang of ['nl', 'en'] as const) {
    const at = `${size.width}x${size.height}`;
    test(`the top bar is one row on every screen at ${at} in ${lang}`, async ({ page }) => {
      await page.setViewportSize(size);
      await freshStart(page, lang);
      await expectOneRow(page, lang, `title (the page's own) at ${at} in ${lang}`);
      await page.locator('.title-screen button.primary').click();
      await page.locator('[data-scenario]').first().waitFor();
      await expectOneRow(page, lang, `choose at ${at} in ${lang}`);
      await page.locator('[data-scenario]').first().click();
      await playThrough(page, lang, at);
      await page.locator('#debrief-heading').waitFor();
      await expectOneRow(page, lang, `debrief at ${at} in ${lang}`);
      await page.locator('.debrief-screen .actions button.quiet').click();
      await page.locator('.title-screen').waitFor();
      await expectOneRow(page, lang, `title (the game's) at ${at} in ${lang}`);
      await page.locator('[data-progress]').click();
      await page.locator('[data-history]').first().waitFor();
      await expectOneRow(page, lang, `my progress at ${at} in ${lang}`);
      await page.goto('./');
      await page.locator('.title-screen [data-group]').click();
      await page.locator('#group-scenario').waitFor();
      await expectOneRow(page, lang, `group setup at ${at} in ${lang}`);
    });
  }
}
