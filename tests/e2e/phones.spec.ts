import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations as axe, roomPhase as phase, pressInRoom as press } from './helpers.ts';

/*
 * A room of phones against the real room server (tests/support/serve-room.ts, started by the config):
 * a projector, a presenter and phones in their own browser contexts, as on separate devices.
 */

const WETHOUDER = 'de-nieuwe-wethouder|standaard';
const PARTICIPATIE = 'participatie-aan-de-voorkant|standaard';
/** The room server's address, from playwright.config.ts. */
const room = () => String(test.info().config.metadata.roomUrl);
const phone = () => ({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  baseURL: room(),
});

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

const device = async (browser: Browser, options: Parameters<Browser['newContext']>[0], lang = 'nl') => {
  const context = await browser.newContext(options);
  contexts.push(context);
  await context.addInitScript((l) => {
    localStorage.setItem('open-ambtenaar:preferences', JSON.stringify({ lang: l, muted: true }));
  }, lang);
  return context;
};

/** The projector on the group setup screen, its room open for phones; returns the room code. */
const openRoom = async (browser: Browser, scenario: string, then?: string) => {
  const context = await device(browser, { baseURL: room(), viewport: { width: 1280, height: 720 } });
  const projector = await context.newPage();
  await projector.goto('/');
  await projector.locator('[data-group]').click();
  await projector.locator('#group-scenario').selectOption(scenario);
  if (then) await projector.locator(`[data-then="${then}"]`).check();
  const join = projector.locator('[data-join]');
  await expect(join).toBeVisible();
  await expect(projector.locator('.join svg[role="img"]')).toBeVisible();
  const code = (await join.getAttribute('data-join'))!;
  return { context, projector, code };
};

const joinPhone = async (browser: Browser, code: string, lang = 'nl') => {
  const page = await (await device(browser, phone(), lang)).newPage();
  await page.goto(`/?join=${code}`);
  await expect(page.locator('.phone-lobby')).toBeVisible();
  return page;
};

/** Every phone votes its letter on the open decision, and sees that it was received. */
const vote = async (phones: Page[], letters: string[]) => {
  for (const [i, phone] of phones.entries()) {
    const button = phone.locator(`button[data-letter="${letters[i]}"]`);
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(phone.locator('[data-feedback]')).toBeVisible();
  }
};

/**
 * Plays the scenario on the projector to its group debrief: read on, and at each vote let the phones
 * vote (the first two A, the third B) and one hand be counted for A, then reveal.
 */
const playWithPhones = async (
  projector: Page,
  phones: Page[],
  check?: { onVoteOpen: () => Promise<void>; onVoted: () => Promise<void>; onReveal: () => Promise<void> },
) => {
  let votes = 0;
  for (let step = 0; step < 200 && (await projector.locator('#gd-heading').count()) === 0; step++) {
    if ((await phase(projector)) === 'tally') {
      await expect(phones[0]!.locator('button[data-letter="A"]')).toBeEnabled();
      await check?.onVoteOpen();
      await vote(phones, ['A', 'A', 'B']);
      await check?.onVoted();
      // The projector says how many phones voted, never how.
      await expect(projector.locator('[data-phone-votes]')).toHaveAttribute('data-phone-votes', '3');
      await expect(projector.locator('.options .count')).toHaveCount(0);
      await press(projector, '1'); // a hand for A, from someone without a phone
      await expect(projector.locator('[data-counted]')).toHaveAttribute('data-counted', '4');
      await press(projector, 'r');
      // Every phone sees the room's split, hands and phones together, with its own vote marked.
      for (const phone of phones) await expect(phone.locator('.phone-split')).toBeVisible();
      await expect(phones[2]!.locator('.phone-split [data-letter="B"]')).toContainText(/1/);
      await check?.onReveal();
      votes++;
    } else await press(projector, 'ArrowRight');
  }
  await expect(projector.locator('#gd-heading')).toBeVisible();
  return votes;
};

test('a room of phones plays a whole session, a queued second scenario too, and each phone gets its own debrief', async ({
  browser,
}) => {
  const { context, projector, code } = await openRoom(browser, WETHOUDER, PARTICIPATIE);
  const phones = [
    await joinPhone(browser, code),
    await joinPhone(browser, code, 'en'),
    await joinPhone(browser, code),
  ];
  await expect(projector.locator('.join-count')).toHaveAttribute('data-participants', '3');
  await axe(phones[0]!, 'phone lobby');
  await expect(phones[1]!.locator('html')).toHaveAttribute('lang', 'en');

  // The trainer's own window shows the counts and the link for the trainer's phone; the room sees neither.
  const presenter = await context.newPage();
  await presenter.goto('/#presenter');
  await projector.locator('.group-form button.primary').click();
  await expect(projector.locator('.group-screen')).toBeVisible();
  await expect(presenter.locator('.presenter-phones [data-participants="3"]')).toBeVisible();
  await expect(projector.locator('.presenter-phones')).toHaveCount(0);

  // Every phone view passes axe, the first time it is seen.
  const seen = new Set<string>();
  const once = (where: string, phone: Page) => async () => {
    if (seen.has(where)) return;
    seen.add(where);
    await axe(phone, where);
  };
  await expect(phones[0]!.locator('.phone-look, .phone-decision').first()).toBeVisible();
  const first = await playWithPhones(projector, phones, {
    onVoteOpen: once('phone vote open', phones[1]!),
    onVoted: once('phone voted', phones[0]!),
    onReveal: once('phone reveal', phones[0]!),
  });
  expect([...seen]).toEqual(['phone vote open', 'phone voted', 'phone reveal']);
  expect(first).toBeGreaterThan(0);
  // Each phone's own debrief: its votes beside the room's path.
  for (const phone of phones) {
    await expect(phone.locator('[data-scenario="de-nieuwe-wethouder"]')).toBeVisible();
    await expect(phone.locator('[data-agreed]')).toHaveCount(first);
  }
  await expect(phones[2]!.locator('[data-agreed="false"]')).toHaveCount(first);
  await axe(phones[2]!, 'phone debrief');

  // The queued scenario, with the same phones.
  await projector.locator('[data-up-next="participatie-aan-de-voorkant"]').click();
  await expect(projector.locator('.group-screen')).toBeVisible();
  const second = await playWithPhones(projector, phones);
  expect(second).toBeGreaterThan(0);
  // The room's debrief now also looks back over both scenarios.
  await expect(projector.locator('[data-session-debrief="2"]')).toBeVisible();
  await expect(projector.locator('[data-session-debrief] [data-tension]').first()).toBeVisible();
  await projector
    .locator('[data-session-debrief]')
    .screenshot({ path: test.info().outputPath('session-debrief.png') });
  for (const phone of phones) {
    await expect(phone.locator('[data-scenario="participatie-aan-de-voorkant"]')).toBeVisible();
  }
});

test('a phone that loses its link gets back in with its vote, and a projector reloaded mid-vote keeps its room', async ({
  browser,
}) => {
  const { projector, code } = await openRoom(browser, WETHOUDER);
  const phones = [await joinPhone(browser, code), await joinPhone(browser, code)];
  await projector.locator('.group-form button.primary').click();
  for (let step = 0; step < 20 && (await phase(projector)) !== 'tally'; step++)
    await press(projector, 'ArrowRight');
  expect(await phase(projector)).toBe('tally');
  await vote(phones, ['B', 'A']);

  // Wi-Fi drops: the phone says so, keeps its vote, and is back in by itself.
  const offline = phones[0]!.context();
  await offline.setOffline(true);
  await expect(phones[0]!.locator('[data-offline]')).toBeVisible();
  await offline.setOffline(false);
  await expect(phones[0]!.locator('[data-offline]')).toHaveCount(0);
  await expect(phones[0]!.locator('button[data-letter="B"]')).toHaveAttribute('aria-pressed', 'true');

  // The projector is reloaded in the middle of the vote: same room, same phones, same votes.
  await projector.reload();
  await expect(projector.locator('.group-screen')).toHaveAttribute('data-phase', 'tally');
  await expect(projector.locator(`[data-join="${code}"]`)).toBeVisible();
  await expect(projector.locator('[data-phone-votes]')).toHaveAttribute('data-phone-votes', '2');
  await phones[1]!.locator('button[data-letter="B"]').tap(); // a change of mind, after the reload
  await press(projector, 'r');
  await expect(projector.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'majority');
  await expect(phones[1]!.locator('.phone-split')).toBeVisible();
});

test('the trainer’s phone drives the projector as presenter with the trainer token, and only with it', async ({
  browser,
}) => {
  const { projector } = await openRoom(browser, WETHOUDER);
  await projector.locator('.group-form button.primary').click();
  await expect(projector.locator('.group-screen')).toHaveAttribute('data-phase', 'reading');
  // The trainer's own link (the presenter's second QR code): the room and the token, kept by the projector.
  const key = JSON.parse(
    (await projector.evaluate(() => localStorage.getItem('open-ambtenaar:room-server:v1'))) ?? '{}',
  ) as { code: string; token: string };

  const stranger = await (await device(browser, phone())).newPage();
  await stranger.goto(`/#presenter&room=${key.code}&token=${'A'.repeat(32)}`);
  await expect(stranger.locator('.presenter')).toBeVisible();
  await expect(stranger.locator('.presenter [data-next]')).toHaveCount(0);

  const remote = await (await device(browser, phone())).newPage();
  await remote.goto(`/#presenter&room=${key.code}&token=${key.token}`);
  const next = remote.locator('.presenter [data-next]');
  await expect(next).toBeVisible();
  // The token leaves the address bar as soon as it is read.
  expect(new URL(remote.url()).hash).toBe('#presenter');
  await next.tap();
  await expect(projector.locator('.group-screen')).toHaveAttribute('data-phase', 'present');
  await expect(remote.locator('.presenter')).toContainText(/./);
  await expect(stranger.locator('.presenter [data-next]')).toHaveCount(0);
  await axe(remote, 'trainer’s phone as presenter');
});

test('a projector served as plain files says why phones cannot join, and the room counts hands', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-group]').click();
  await expect(page.locator('[data-phones="unavailable"]')).toBeVisible();
  await expect(page.locator('[data-join]')).toHaveCount(0);
});
