import { expect, type Page, test } from '@playwright/test';
import {
  expectNoAxeViolations as axe,
  freshStart,
  roomPhase as phase,
  pressInRoom as press,
} from './helpers.ts';

/** From a fresh start to the group setup with a scenario chosen (default: the form's first). */
const toGroupSetup = async (page: Page, scenario?: string) => {
  await freshStart(page);
  await page.locator('[data-group]').click();
  if (scenario) await page.locator('#group-scenario').selectOption(scenario);
};
const WETHOUDER = 'de-nieuwe-wethouder|standaard';

/** The discussion time shown, in seconds. */
const seconds = async (page: Page) => {
  const [m, s] = ((await page.locator('.timer strong').textContent()) ?? '').split(':').map(Number);
  return m! * 60 + s!;
};

test('a trainer runs a group session by keyboard: discuss, count hands, reveal, step back, undo, debrief', async ({
  page,
}) => {
  await toGroupSetup(page, WETHOUDER);
  await page.locator('#group-minutes').fill('1');
  await axe(page, 'group setup');
  await page.getByRole('button', { name: 'Groepssessie starten' }).click();
  await expect(page.locator('.group-screen')).toBeVisible();

  while ((await phase(page)) === 'reading') await press(page, 'ArrowRight');
  expect(await phase(page)).toBe('present');
  await expect(page.locator('.option .letter').first()).toHaveText('A');
  await axe(page, 'room: present');

  await press(page, 'ArrowRight');
  // The clock runs from the moment the discussion opens: a busy machine may already show a second less.
  await expect(page.locator('.timer strong')).toHaveText(/^(1:00|0:5\d)$/);
  await press(page, 't');
  await expect(page.locator('.timer')).toContainText('gepauzeerd');
  const paused = await seconds(page);
  expect(paused).toBeGreaterThan(50);
  await press(page, '+');
  expect(await seconds(page)).toBe(paused + 30);

  await press(page, 'ArrowRight');
  expect(await phase(page)).toBe('tally');
  for (const key of ['2', '2', '2', '1']) await press(page, key);
  await expect(page.locator('[data-counted]')).toHaveAttribute('data-counted', '4');
  // Hidden until the reveal: no option shows its count on the projector yet.
  await expect(page.locator('.option .result')).toHaveCount(0);
  await press(page, '-');
  await expect(page.locator('[data-counted]')).toHaveAttribute('data-counted', '3');

  await press(page, 'r');
  expect(await phase(page)).toBe('reveal');
  await expect(page.locator('[data-outcome]')).toHaveText('De zaal kiest B (meerderheid).');
  await expect(page.locator('.option-b .count')).toContainText('100%');
  await expect(page.locator('.option-b .count')).toContainText('3 stemmen (100%)');
  await axe(page, 'room: reveal');

  await press(page, 'ArrowRight');
  await expect(page.locator('.room-choice')).toContainText('De zaal koos B');
  await press(page, 'ArrowLeft');
  expect(await phase(page)).toBe('tally');
  await expect(page.locator('[data-counted]')).toHaveAttribute('data-counted', '3');
  await press(page, 'u');
  await expect(page.locator('.room-choice')).toContainText('De zaal koos B');

  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.blank-screen')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Toetsen voor de trainer' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The rest of the session: a tie at the second decision, settled by the trainer; majorities after that.
  let decision = 1;
  for (let step = 0; step < 80 && (await page.locator('.group-screen').count()) > 0; step++) {
    const now = await phase(page);
    if (now === 'tally') {
      decision++;
      if (decision === 2) {
        await press(page, '1');
        await press(page, '2');
      } else await press(page, '1');
      await press(page, 'r');
      if (decision === 2) {
        await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'tie');
        await page.keyboard.press('ArrowRight');
        expect(await phase(page)).toBe('reveal');
        await press(page, '2');
      }
    }
    await press(page, 'ArrowRight');
  }
  await expect(page.getByRole('heading', { name: 'Nabespreking van de groep' })).toBeVisible();
  await expect(page.locator('[data-vote]')).toHaveCount(decision);
  await expect(page.locator('[data-most-divided]').first()).toBeVisible();
  await expect(page.getByText('Gelijke stand; de trainer koos een van de gelijke opties.')).toBeVisible();
  await axe(page, 'group debrief');
});

test('projector and presenter windows stay in step, either can drive, and each survives a refresh', async ({
  page,
  context,
}) => {
  await toGroupSetup(page, WETHOUDER);
  await page.locator('.group-form button.primary').click();
  while ((await phase(page)) === 'reading') await press(page, 'ArrowRight');

  const presenter = await context.newPage();
  await presenter.goto('/#presenter');
  await expect(presenter.getByRole('heading', { name: 'Presentatorweergave' })).toBeVisible();
  await expect(presenter.getByText('Fase: dilemma tonen')).toBeVisible();
  // The trainer's notes and prompts are on the presenter view only.
  await expect(presenter.getByText('Notities voor de trainer')).toBeVisible();
  await expect(page.getByText('Notities voor de trainer')).toHaveCount(0);
  await axe(presenter, 'presenter');
  // B on the presenter blanks the projector, never the trainer's own screen; no presenter button there.
  await expect(presenter.locator('[data-open-presenter]')).toHaveCount(0);
  await presenter.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await expect(presenter.locator('.blank-screen')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.blank-screen')).toHaveCount(0);

  // The presenter drives: on to the vote, counts visible there, hidden on the projector.
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator('.group-screen')).toHaveAttribute('data-phase', 'discuss');
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator('.group-screen')).toHaveAttribute('data-phase', 'tally');
  for (const key of ['3', '3', '1']) await presenter.keyboard.press(key);
  await expect(presenter.locator('[data-presenter-option] .count').nth(2)).toHaveText('2');
  await expect(page.locator('[data-counted]')).toHaveAttribute('data-counted', '3');
  await expect(page.locator('.option .result')).toHaveCount(0);

  // The projector is refreshed: everything is back exactly, and it can drive too.
  await page.reload();
  await expect(page.locator('.group-screen')).toHaveAttribute('data-phase', 'tally');
  await expect(page.locator('[data-counted]')).toHaveAttribute('data-counted', '3');
  await page.keyboard.press('r');
  await expect(presenter.getByText('Fase: verdeling onthuld')).toBeVisible();

  // The presenter is refreshed, then closed: the projector goes on.
  await presenter.reload();
  await expect(presenter.getByText('Fase: verdeling onthuld')).toBeVisible();
  await presenter.close();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.room-choice')).toContainText('De zaal koos C');
});

test('the trainer kit: a session plan generated from the scenario, ready to print', async ({ page }) => {
  await toGroupSetup(page, WETHOUDER);
  await page.locator('[data-plan]').click();
  await expect(page.getByRole('heading', { name: 'Sessieplan: De nieuwe wethouder' })).toBeVisible();
  expect(await page.locator('[data-plan-decision]').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('[data-plan-minutes]')).toHaveText(/Duur: \d+ tot \d+ minuten/);
  await axe(page, 'session plan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print]')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('every room shortcut also has a visible control', async ({ page }) => {
  await toGroupSetup(page);
  await page.locator('.group-form button.primary').click();
  await page.getByRole('button', { name: 'Zwart scherm (B)' }).click();
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.locator('.blank-screen').click();
  await expect(page.locator('.blank-screen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Toetsen (?)' }).click();
  const help = page.getByRole('dialog', { name: 'Toetsen voor de trainer' });
  await expect(help).toContainText('de verdeling onthullen');
  await help.getByRole('button', { name: 'Sluiten' }).click();
  await expect(help).toHaveCount(0);
  for (const name of ['Volledig scherm (F)', 'Presentatorweergave (P)', 'Verder']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
});

test('a presenter left alone keeps the discussion time running', async ({ page, context }) => {
  await toGroupSetup(page);
  await page.locator('.group-form button.primary').click();
  while ((await phase(page)) !== 'present') await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  const presenter = await context.newPage();
  await presenter.goto('/#presenter');
  await expect(presenter.locator('.timer strong')).toBeVisible();
  const atClose = await seconds(presenter);
  await page.close();
  // Nothing else counts time now: the clock can only go on if the presenter took it over.
  await expect
    .poll(() => seconds(presenter), { timeout: 20_000, message: 'the presenter counts the time itself' })
    .toBeLessThanOrEqual(atClose - 4);
});

test('a queued second scenario follows the first one’s group debrief, which the presenter shows too', async ({
  page,
  context,
}) => {
  await toGroupSetup(page, WETHOUDER);
  await page.locator('[data-then="participatie-aan-de-voorkant|standaard"]').check();
  await page.locator('.group-form button.primary').click();
  // The room plays the first scenario through: read on, count one hand for A, reveal, confirm.
  for (let step = 0; step < 200 && (await page.locator('#gd-heading').count()) === 0; step++) {
    const now = await phase(page);
    if (now === 'tally') {
      await press(page, '1');
      await press(page, 'r');
    } else await press(page, 'ArrowRight');
  }
  await expect(page.locator('#gd-heading')).toBeVisible();
  const presenter = await context.newPage();
  await presenter.goto('/#presenter');
  await expect(presenter.locator('#gd-heading')).toBeVisible();
  await presenter.close();
  const next = page.locator('[data-up-next="participatie-aan-de-voorkant"]');
  await expect(next).toHaveText(/^Volgend scenario: /);
  await next.click();
  await expect(page.locator('.group-screen')).toBeVisible();
  await expect(page).toHaveTitle(/Participatie aan de voorkant/);
});
