/**
 * Runs the end-to-end tests in Chromium. Uses Debian's Chromium when installed; otherwise makes sure
 * Playwright's own Chromium is there (downloading it once, on a machine with internet).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const playwright = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'playwright.cmd' : 'playwright',
);
const hasSystemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => existsSync(p));

if (!hasSystemChromium) {
  const install = spawnSync(playwright, ['install', 'chromium'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) {
    console.error(
      "No Chromium found: install Debian's chromium (apt-get install chromium) or let Playwright download its own.",
    );
    process.exit(install.status ?? 1);
  }
}
const run = spawnSync(playwright, ['test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
