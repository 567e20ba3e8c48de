/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { inlineCssPlugin } from './scripts/vite-inline-css-plugin.ts';
import { manifestPlugin } from './scripts/vite-manifest-plugin.ts';
import { offlinePlugin } from './scripts/vite-offline-plugin.ts';
import { scenarioCatalog } from './scripts/vite-scenario-plugin.ts';
import { studioPlugin } from './scripts/vite-studio-plugin.ts';
import { titlePlugin } from './scripts/vite-title-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [
    titlePlugin(),
    inlineCssPlugin(),
    scenarioCatalog(),
    manifestPlugin(),
    offlinePlugin(),
    studioPlugin(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/{unit,machines,model,content,seams,server}/**/*.test.ts'],
    environment: 'node',
    // Budgets for a busy 2-core machine, set here so no test leans on Vitest's 5 s default; generated
    // tests set their own. How fast things are is measured by `npm run bench`, not by these.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
