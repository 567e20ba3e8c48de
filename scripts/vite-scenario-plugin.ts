import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalog } from '../src/domain/build-catalog.ts';
import { compileCatalog } from '../src/domain/catalog.ts';
import { formatProblem } from '../src/domain/problems.ts';

const ROOT = join(import.meta.dirname, '..');
const CATALOG = 'virtual:scenario-catalog';
const RESOLVED = `\0${CATALOG}`;

/** The `.yaml`/`.yml` files of a folder, as `/<as>/name` → text. */
const yamlFiles = (folder: string, as: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => [`/${as}/${f}`, readFileSync(join(folder, f), 'utf8')]),
  );

/**
 * The scenario library, parsed, checked and compiled to plain JSON when the game is built, so a player
 * never loads the YAML parser or the checker (`virtual:scenario-catalog`, read by
 * src/adapters/scenario-catalog.ts). The checker stays the gate: a build with a broken file in
 * scenarios/ fails with each problem's file:line. In the dev server a broken file is reported on the
 * title screen instead, and a changed file is checked again and the page reloads. The end-to-end build
 * (`--mode e2e`) adds the deliberately broken fixtures, to show how they are reported; the game's own
 * code names no test folder.
 */
export const scenarioCatalog = (options: { readonly scenarios?: string } = {}): Plugin => {
  const library = options.scenarios ?? join(ROOT, 'scenarios');
  let mode = 'production';
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'scenario-catalog',
    configResolved(config) {
      mode = config.mode;
      command = config.command;
    },
    resolveId: (id) => (id === CATALOG ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const fixtures = join(ROOT, 'tests', 'fixtures', 'broken');
      const files = {
        ...yamlFiles(library, 'scenarios'),
        ...(mode === 'e2e' ? yamlFiles(fixtures, 'tests/fixtures/broken') : {}),
      };
      for (const name of readdirSync(library)) this.addWatchFile(join(library, name));
      const catalog = buildCatalog(files);
      const broken = [...catalog.broken].filter(([file]) => file.startsWith('scenarios/'));
      if (command === 'build' && broken.length > 0) {
        const lines = broken.flatMap(([, problems]) => problems.map((p) => formatProblem(p, 'en')));
        this.error(
          `The scenario library has problems; fix them first (npm run scenarios:check):\n${lines.join('\n')}`,
        );
      }
      return `export default ${JSON.stringify(compileCatalog(catalog))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!/[\\/]scenarios[\\/][^\\/]+\.ya?ml$/.test(file)) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
};
