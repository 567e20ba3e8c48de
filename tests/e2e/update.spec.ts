import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { buildGame } from '../../scripts/build-game.ts';
import { createRoomServer, type RoomServer } from '../../server/room-server.ts';

/*
 * The offline worker across an update (scripts/vite-offline-plugin.ts): once opened the game starts
 * without a network; a new build on the server is what the next visit gets, its files replace the old
 * ones on the device (which then also start offline), and a page left open from before the update
 * reloads into the new build when it reaches for a file the update removed.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'update-'));
const site = join(work, 'site');
const builds = { full: join(work, 'full'), one: join(work, 'one') };
let server: RoomServer;
let base = '';
let libraryCount = 0;

/** The build on the server becomes this one, as an administrator copying a new dist/ over the old. */
const publish = (from: string) => {
  rmSync(site, { recursive: true, force: true });
  cpSync(from, site, { recursive: true });
};

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const choices = async (page: Page) => {
  await page.locator('[data-start]').click();
  await expect(page.locator('[data-scenario]').first()).toBeVisible();
  return page
    .locator('[data-scenario]')
    .evaluateAll((els) => new Set(els.map((el) => (el as HTMLElement).dataset.scenario)).size);
};

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const scenarios = join(ROOT, 'scenarios');
  libraryCount = readdirSync(scenarios).filter((f) => f.endsWith('.yaml')).length;
  // The "next" build: the same game with a one-scenario library, so every chunk name differs.
  const oneScenario = join(work, 'one-scenario');
  mkdirSync(oneScenario);
  copyFileSync(join(scenarios, 'de-nieuwe-wethouder.yaml'), join(oneScenario, 'de-nieuwe-wethouder.yaml'));
  await buildGame({ outDir: builds.full, offline: true });
  await buildGame({ scenarios: oneScenario, outDir: builds.one, offline: true });
  publish(builds.full);
  server = createRoomServer({ root: site, host: '127.0.0.1', port: 0, sweepMs: 0 });
  base = `http://127.0.0.1:${(await server.listen()).port}`;
});

test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('starts offline once opened, takes the next build when it comes, and that one starts offline too', async ({
  context,
  page,
}) => {
  expect(libraryCount).toBeGreaterThan(1);
  await page.goto(`${base}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toHaveLength(1);
  const [first] = await cacheNames(page);

  await context.setOffline(true);
  await page.reload();
  expect(await choices(page)).toBe(libraryCount);
  await context.setOffline(false);

  publish(builds.one);
  await page.reload();
  expect(await choices(page)).toBe(1);
  // The new build's files replace the old ones on the device: one cache, not the first.
  await expect
    .poll(async () => (await cacheNames(page)).join(), { timeout: 60_000 })
    .toMatch(/^open-ambtenaar-[0-9a-f]+$/);
  await expect.poll(async () => (await cacheNames(page)).includes(first!), { timeout: 60_000 }).toBe(false);

  await context.setOffline(true);
  await page.reload();
  expect(await choices(page)).toBe(1);
  await context.setOffline(false);
});

test('a page left open across an update loads the new build when it first needs the game', async ({
  page,
}) => {
  publish(builds.full);
  await page.goto(`${base}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toHaveLength(1);
  await page.reload();
  // A fresh title: the game itself is not loaded yet.
  await expect(page.locator('[data-start]')).toBeVisible();

  publish(builds.one);
  // The worker of the new build takes over (as it would on the next visit in another tab) and clears
  // the old build's files from the device.
  const [before] = await cacheNames(page);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect
    .poll(async () => (await cacheNames(page)).map((name) => (name === before ? 'old' : 'new')).join(), {
      timeout: 60_000,
    })
    .toBe('new');

  // Nor is it in the browser's own cache any more (evicted, as happens over days).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  // The old build's game is gone from server and device: the page loads the new build instead of
  // leaving dead buttons or an error, and the new build works.
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.locator('[data-start]').click()]);
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
  await expect(page.locator('[data-start]')).toBeVisible();
  expect(await choices(page)).toBe(1);
});
