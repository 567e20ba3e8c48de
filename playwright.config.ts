import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './tests/support/chromium.ts';

const PORT = 4174;
/** The same build behind the room server, for the tests with phones (tests/e2e/phones.spec.ts). */
const ROOM_PORT = PORT + 4;

export default defineConfig({
  testDir: 'tests/e2e',
  // Where the tests with phones find the room server (read through test.info().config.metadata).
  metadata: { roomUrl: `http://127.0.0.1:${ROOM_PORT}` },
  // The screenshot writer is a tool, not a test: it runs only when asked (SCREENSHOTS=1), never shows as skipped.
  testIgnore: process.env.SCREENSHOTS ? [] : ['**/screenshots.spec.ts'],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Budgets for a busy 2-core machine (an axe scan of every screen takes about a minute when idle);
  // set here so that no test or assertion leans on Playwright's defaults.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [...CHROMIUM_ARGS],
    },
  },
  // First the build on a plain static server (as a copy of dist/ on any web server), then the same
  // build behind the room server, started once the first is up.
  webServer: [
    {
      command: `npx vite build --mode e2e --outDir dist-e2e && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx tsx tests/support/serve-room.ts ${ROOM_PORT} dist-e2e`,
      url: `http://127.0.0.1:${ROOM_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
