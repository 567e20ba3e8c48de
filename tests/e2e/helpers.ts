import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails with every WCAG 2.1 A/AA violation axe finds on the page, each named with `where` it was seen. */
export const expectNoAxeViolations = async (page: Page, where: string) => {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map(
      (v) =>
        `${where}: ${v.id} ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary})`).join('; ')}`,
    ),
  ).toEqual([]);
};

/** The phase the projector shows in a group session. */
export const roomPhase = (page: Page) => page.locator('.group-screen').getAttribute('data-phase');

/** Presses a key in a group session and waits until the room shows something else. */
export const pressInRoom = async (page: Page, key: string) => {
  const before = await page.evaluate(
    () => document.querySelector('.group-screen')?.outerHTML ?? document.title,
  );
  await page.keyboard.press(key);
  await page.waitForFunction(
    (b) => (document.querySelector('.group-screen')?.outerHTML ?? document.title) !== b,
    before,
  );
};

/** A short description of where the game is, which changes with every step of a play. */
export const position = (page: Page) =>
  page.evaluate(() => {
    if (document.getElementById('debrief-heading')) return 'debrief';
    const panel = document.querySelector('.beat-panel');
    return panel ? `${panel.getAttribute('data-beat')}:${panel.getAttribute('data-phase')}` : document.title;
  });

/** Fails unless the focused element shows a visible focus indicator. */
export const expectVisibleFocus = async (page: Page) => {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(style, 'something has focus').not.toBeNull();
  expect(style!.outline !== 'none' && style!.width >= 2, `focus outline: ${JSON.stringify(style)}`).toBe(
    true,
  );
};

/**
 * Plays from the scenario's first beat to the debrief with the keyboard alone: Enter on the focused
 * control to read on, a number key (or arrows and Enter) to choose. `pick` says which choice to take.
 */
export const playToDebrief = async (
  page: Page,
  pick: (decision: number, choices: number) => { key: number; useArrows?: boolean },
) => {
  let decision = 0;
  for (let step = 0; step < 100; step++) {
    const where = await position(page);
    if (where === 'debrief') return decision;
    const choices = await page.locator('[data-choice]').count();
    if (choices > 0) {
      const { key, useArrows } = pick(decision++, choices);
      if (useArrows) {
        for (let i = 1; i < key; i++) await page.keyboard.press('ArrowDown');
        await expectVisibleFocus(page);
        await expect(page.locator(':focus')).toHaveAttribute('data-choice', /.+/);
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(String(key));
      }
    } else {
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((before) => {
      if (document.getElementById('debrief-heading')) return true;
      const panel = document.querySelector('.beat-panel');
      return !!panel && `${panel.getAttribute('data-beat')}:${panel.getAttribute('data-phase')}` !== before;
    }, where);
  }
  throw new Error('No debrief after 100 steps');
};

export const freshStart = async (page: Page, lang?: 'nl' | 'en') => {
  if (lang) {
    await page.addInitScript((l) => {
      localStorage.setItem('open-ambtenaar:preferences', JSON.stringify({ lang: l, muted: false }));
    }, lang);
  }
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
};
