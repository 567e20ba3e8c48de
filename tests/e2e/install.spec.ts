import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

/*
 * Installable: Chromium's own installability check (the one behind its "install" offer) finds nothing
 * missing, on the plain static build and behind the room server; the manifest names the game in
 * Dutch and its icons are the ones drawn for it, kept for offline use like the rest of the build.
 */

const installabilityErrors = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
  };
  return installabilityErrors.map((e) => `${e.errorId} ${e.errorArguments.map((a) => a.value).join(' ')}`);
};

const opened: { context: BrowserContext; profile: string }[] = [];
test.afterEach(async () => {
  for (const { context, profile } of opened.splice(0)) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

for (const where of ['static', 'room'] as const) {
  test(`Chromium offers to install the game (${where} server)`, async ({ playwright, baseURL }) => {
    // Chromium never offers to install from a private window, which every ordinary test context is:
    // this one gets a profile of its own, as in a browser someone uses every day.
    const profile = mkdtempSync(join(tmpdir(), 'install-'));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...test.info().project.use.launchOptions,
      viewport: { width: 1280, height: 720 },
    });
    opened.push({ context, profile });
    const page = context.pages()[0] ?? (await context.newPage());
    const base = where === 'room' ? String(test.info().config.metadata.roomUrl) : baseURL;
    await page.goto(`${base}/`);
    await expect(page.locator('h1')).toBeVisible();
    // The service worker is part of the offer: wait until it is active.
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
    await expect.poll(() => installabilityErrors(page)).toEqual([]);

    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({ name: 'De open ambtenaar', lang: 'nl', display: 'standalone' });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = new URL(src, document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href).href;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
    // The icons are kept for offline use with the rest of the build.
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('open-ambtenaar-'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toEqual(
      expect.arrayContaining(['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png']),
    );
  });
}
