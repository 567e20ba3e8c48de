import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The web app manifest and its icons (assets/icons, drawn by scripts/make-icons.mjs), so a browser
 * offers to install the game; emitted into the build before the offline worker lists its files, so
 * they are kept for offline use too. Dutch first: the name is Dutch, the description says both.
 */
const ICONS = [192, 512] as const;
const root = join(import.meta.dirname, '..');

export const webManifest = {
  name: 'De open ambtenaar',
  short_name: 'Open ambtenaar',
  description:
    "Een trainingsspel over de dilemma's van open overheid. / A training game about the dilemmas of open government.",
  lang: 'nl',
  dir: 'ltr',
  start_url: './',
  scope: './',
  id: './',
  display: 'standalone',
  orientation: 'any',
  background_color: '#06131f',
  theme_color: '#0b2239',
  categories: ['education', 'games'],
  icons: ICONS.map((size) => ({
    src: `icons/icon-${size}.png`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose: 'any maskable',
  })),
} as const;

const files = (): Record<string, string | Uint8Array> => ({
  'manifest.webmanifest': JSON.stringify(webManifest, null, 2),
  ...Object.fromEntries(
    ICONS.map((size) => [
      `icons/icon-${size}.png`,
      readFileSync(join(root, 'assets', 'icons', `icon-${size}.png`)),
    ]),
  ),
});

export const manifestPlugin = (): Plugin => ({
  name: 'web-app-manifest',
  generateBundle() {
    for (const [fileName, source] of Object.entries(files()))
      this.emitFile({ type: 'asset', fileName, source });
  },
  // The development server answers the same paths.
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
      const body = files()[path];
      if (body === undefined) return next();
      res.setHeader('Content-Type', path.endsWith('.png') ? 'image/png' : 'application/manifest+json');
      res.end(body);
    });
  },
});
