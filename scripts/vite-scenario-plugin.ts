import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** In the dev server, a change to a scenario file reloads the page so the game re-checks it. */
export const scenarioDevPlugin = (): Plugin => ({
  name: 'scenario-reload',
  apply: 'serve',
  handleHotUpdate({ file, server }) {
    if (/[\\/]scenarios[\\/][^\\/]+\.ya?ml$/.test(file)) {
      server.ws.send({ type: 'full-reload' });
      return [];
    }
    return undefined;
  },
});

const EXTRA = 'virtual:extra-scenario-files';
const RESOLVED = `\0${EXTRA}`;

/**
 * Scenario files bundled beside the library for one build mode only: the end-to-end build (`--mode e2e`)
 * adds the deliberately broken fixtures, to show how they are reported. The game's own code names no
 * test folder; every other build gets none.
 */
export const extraScenarioFiles = (): Plugin => {
  let mode = 'production';
  return {
    name: 'extra-scenario-files',
    configResolved(config) {
      mode = config.mode;
    },
    resolveId: (id) => (id === EXTRA ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (mode !== 'e2e') return 'export default {};';
      const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'broken');
      const files = Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => [`/tests/fixtures/broken/${f}`, readFileSync(join(dir, f), 'utf8')]),
      );
      return `export default ${JSON.stringify(files)};`;
    },
  };
};
