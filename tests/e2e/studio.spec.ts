import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { SCENARIO_TEMPLATE } from '../../scripts/scenario-template.ts';
import { freshStart, expectNoAxeViolations as scan } from './helpers.ts';

const DRAFTS_KEY = 'open-ambtenaar:studio-drafts:v1';
const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

/** From the title, through the choose screen's "Eigen scenario", into the studio with a file loaded. */
const openStudio = async (page: Page) => {
  await page.locator('.title-screen button.primary').click();
  return openStudioFromChoose(page);
};

const openStudioFromChoose = async (page: Page) => {
  await page.locator('[data-studio-entry]').click();
  const studio = page.locator('dialog.studio');
  await expect(studio).toBeVisible();
  // A file is loaded and checked: the editor holds text and the check has said something.
  await expect(studio.locator('.cm-content')).not.toBeEmpty();
  await expect(studio.locator('#studio-check')).toHaveAttribute('data-tone', /ok|problem/);
  return studio;
};

const meterValues = (page: Page) => page.locator('.studio-meters li strong').allTextContents();

test('a trainer edits a scenario in the studio: a mistake is marked at its line, fixed, previewed from a chosen beat, and saved', async ({
  page,
}) => {
  await freshStart(page, 'nl');
  const studio = await openStudio(page);
  await expect(studio.locator('#studio-check')).toHaveAttribute('data-tone', 'ok');
  await expect(studio.locator('.studio-inline')).toHaveCount(0);

  // Type a field the format does not have, on the empty last line.
  const editor = studio.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+End');
  const typed = 'onzinveld: 1';
  await page.keyboard.type(typed);
  const lastLine = Number(await studio.locator('.cm-lineNumbers .cm-activeLineGutter').textContent());
  expect(lastLine).toBeGreaterThan(100);
  // The message appears under its line, and in the list with a link to that line.
  await expect(studio.locator('#studio-check')).toHaveAttribute('data-tone', 'problem');
  const inline = studio.locator('.studio-inline-error');
  await expect(inline.first()).toBeVisible();
  await expect(inline.first()).toContainText('onzinveld');
  const listed = studio.locator(`.studio-problem[data-line="${lastLine}"]`);
  await expect(listed).toContainText(`Regel ${lastLine}`);
  await expect(studio.locator('.cm-lint-marker-error')).toHaveCount(1);
  // The link puts the cursor on that line.
  await page.keyboard.press('Control+Home');
  await expect(studio.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('1');
  await listed.click();
  await expect(studio.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText(String(lastLine));
  await expect(studio.locator('.cm-activeLine')).toHaveText(typed);

  // Fix it: take the field out again.
  await page.keyboard.press('End');
  for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace');
  await expect(studio.locator('#studio-check')).toHaveAttribute('data-tone', 'ok');
  await expect(studio.locator('.studio-inline')).toHaveCount(0);
  await expect(studio.locator('.studio-problem')).toHaveCount(0);

  // Preview: choose a decision other than the first beat, in the last context, and play from there.
  const decisions = await studio
    .locator('#studio-beat option')
    .evaluateAll((options) =>
      options
        .filter((o) => o.textContent?.includes('(beslissing)'))
        .map((o) => (o as HTMLOptionElement).value),
    );
  expect(decisions.length).toBeGreaterThan(1);
  const beat = decisions.at(-1)!;
  const contexts = await studio
    .locator('#studio-context option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  await studio.locator('#studio-context').selectOption(contexts.at(-1)!);
  await studio.locator('#studio-beat').selectOption(beat);
  await studio.locator('[data-studio-play]').click();
  const shown = studio.locator(`.studio-beat[data-beat="${beat}"]`);
  await expect(shown).toHaveAttribute('data-phase', 'choosing');
  // The trainer's notes, prompts and sources stand beside the text.
  await expect(studio.locator('.studio-trainer')).toBeVisible();
  await expect(studio.locator('.studio-trainer h5')).toHaveCount(3);
  // The structure marks where the preview stands (beside the preview on a wide screen, a switch away here).
  await studio.locator('.studio-switch button[data-view="graph"]').click();
  await expect(studio.locator(`g.node[data-beat="${beat}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(studio.locator('g.node[aria-current]')).toHaveCount(1);
  await studio.locator('.studio-switch button[data-view="preview"]').click();
  // A choice with effects moves the meters by them, by the game's own rules.
  const before = await meterValues(page);
  const first = studio.locator('.studio-choices li').first();
  const effects = (await first.locator('.small').textContent()) ?? '';
  await first.locator('button').click();
  await expect(shown).toHaveAttribute('data-phase', 'consequence');
  const after = await meterValues(page);
  if (/[+−]\d/.test(effects)) expect(after).not.toEqual(before);
  else expect(after).toEqual(before);

  // Save in the built game: the file is offered as a download and a draft is kept on this device.
  const name = await studio.locator('#studio-name').inputValue();
  const text = await readFile(join(SCENARIOS, name), 'utf8');
  await studio.locator('#studio-own').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    studio.locator('[data-studio-save]').click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  expect(await readFile(file, 'utf8')).toBe(text);
  await expect(studio.locator('#studio-status')).toHaveAttribute('data-tone', 'ok');
  const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), DRAFTS_KEY);
  expect(kept.drafts).toEqual([expect.objectContaining({ name, text, own: true })]);

  // After a reload the studio opens on the kept draft.
  await page.reload();
  const again = await openStudio(page);
  await expect(again.locator('#studio-name')).toHaveValue(name);
  await expect(again.locator('#studio-own')).toBeChecked();
  await expect(again.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('1');
  await expect(again.locator('.cm-line').first()).toHaveText(text.split('\n')[0]!);

  // Closing gives the game back, with focus on the entry that opened the studio.
  await again.getByRole('button', { name: 'Studio sluiten' }).click();
  await expect(again).toHaveCount(0);
  await expect(page.locator('[data-studio-entry]')).toBeFocused();
});

for (const lang of ['nl', 'en'] as const) {
  test(`the studio passes an axe scan, with a message in the text and in the structure view (${lang})`, async ({
    page,
  }) => {
    await freshStart(page, lang);
    const studio = await openStudio(page);
    await scan(page, 'studio');
    await studio.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nonzinveld: 1');
    await expect(studio.locator('.studio-inline-error').first()).toBeVisible();
    await studio.locator('.studio-switch button[data-view="graph"]').click();
    await expect(studio.locator('.studio-graph svg')).toBeVisible();
    await scan(page, 'studio with a problem, structure view');
  });
}

test('drafts that cannot be read are set aside and reported, not thrown away', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"drafts":[{"name":"../x.yaml"');
      sessionStorage.setItem('seeded', '1');
    }
  }, DRAFTS_KEY);
  await freshStart(page, 'nl');
  // The game reads the drafts as it starts (own scenarios join the library), so the choose screen says it.
  await page.locator('.title-screen button.primary').click();
  await expect(page.locator('.choose-screen .problems')).toContainText('apart gezet');
  await openStudioFromChoose(page);
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('open-ambtenaar:studio-drafts:set-aside:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(aside).toEqual(['{"version":1,"drafts":[{"name":"../x.yaml"']);
});

test('CodeMirror and the YAML parser are not in the first load: they arrive with the studio', async ({
  page,
}) => {
  // The page's own scripts, in the order it asks for them (the service worker's precache is not the page).
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.js($|\?)/.test(request.url())) scripts.push(request.url());
  });
  const texts = (urls: readonly string[]) =>
    Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
  // Marks of each: CodeMirror's editor class, and a message only the YAML parser writes.
  const codemirror = (js: string) => js.includes('cm-editor');
  const yamlParser = (js: string) => js.includes('Implicit keys need to be on a single line');
  await freshStart(page, 'nl');
  await page.locator('.title-screen button.primary').click();
  await page.locator('[data-studio-entry]').waitFor();
  await page.waitForLoadState('networkidle');
  const firstUrls = [...scripts];
  const firstLoad = await texts(firstUrls);
  expect(firstLoad.length).toBeGreaterThan(1);
  expect(firstLoad.filter(codemirror)).toEqual([]);
  expect(firstLoad.filter(yamlParser)).toEqual([]);
  await page.locator('[data-studio-entry]').click();
  await expect(page.locator('dialog.studio .cm-content')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const later = await texts(scripts.slice(firstUrls.length));
  expect(later.some(codemirror)).toBe(true);
  expect(later.some(yamlParser)).toBe(true);
});

test('a scenario the author keeps "in my game" is on the choose screen after a reload and plays', async ({
  page,
}) => {
  const id = 'mijn-eigen-scenario';
  const text = SCENARIO_TEMPLATE.replaceAll('{{id}}', id);
  await page.addInitScript(
    ({ key, draft }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, JSON.stringify({ version: 1, drafts: [draft] }));
        sessionStorage.setItem('seeded', '1');
      }
    },
    { key: DRAFTS_KEY, draft: { name: `${id}.yaml`, text, own: true, saved: 0 } },
  );
  await freshStart(page, 'nl');
  await page.locator('.title-screen button.primary').click();
  // Checked like a bundled file: no problems listed, and its card is there beside the library's.
  await expect(page.locator('.choose-screen .problems')).toHaveCount(0);
  const play = page.locator(`button[data-scenario="${id}"]`);
  await expect(play).toHaveCount(1);
  await play.click();
  // It plays by the game's own rules: the author's first beat, its Continue, then the first decision.
  await expect(page.locator('.play-screen')).toContainText(
    'Zullen we de gegevens over de speeltuinen openbaar maken?',
  );
  await page.locator('[data-continue]').click();
  await expect(page.locator('.play-screen')).toContainText('Wat doe je?');
  await expect(page.locator('[data-choice]')).toHaveCount(2);
});
