import { existsSync } from 'node:fs';

/** Debian's Chromium where it is installed (CI, our machines); Playwright's own browser elsewhere. */
export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * How the tests and the benchmarks start Chromium: software rendering (as a projector laptop without a
 * GPU driver), and no traffic of the browser's own (updates, sync, QUIC probes) beside the page's.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
