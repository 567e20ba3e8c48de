/**
 * `node scripts/make-icons.mjs`: draws the app icons (assets/icons/icon-*.png) from assets/icons/icon.svg
 * with Chromium, for the web app manifest. Run again after changing the SVG; the PNGs are committed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = join(import.meta.dirname, '..', 'assets', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox'],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: false });
  await page.close();
}
await browser.close();
console.log('assets/icons/icon-192.png and icon-512.png written');
