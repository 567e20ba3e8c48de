import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { scenarioCatalog } from '../../scripts/vite-scenario-plugin.ts';
import { ROOT, SCENARIO_DIR } from '../support/scenarios.ts';

/*
 * The build checks the library and gives the game plain data: a broken scenario fails the build with
 * its file:line, and what a player loads holds no YAML parser. Real builds of the game, into a folder
 * of their own (a minute at most on a busy 2-core machine).
 */
const BUILD_BUDGET_MS = 180_000;

const buildWith = (scenarios: string) =>
  build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [scenarioCatalog({ scenarios })],
    build: {
      outDir: mkdtempSync(join(tmpdir(), 'build-')),
      target: 'es2022',
      write: true,
      emptyOutDir: true,
    },
  });

describe('the scenario library at build time', () => {
  it(
    'fails the build on a broken scenario, naming the file and line',
    async () => {
      const library = mkdtempSync(join(tmpdir(), 'library-'));
      cpSync(SCENARIO_DIR, library, { recursive: true });
      const file = readdirSync(library).find((f) => f.endsWith('.yaml'))!;
      const text = readFileSync(join(library, file), 'utf8');
      writeFileSync(join(library, file), text.replace(/^minutes: .*$/m, 'minutes: lang'));
      await expect(buildWith(library)).rejects.toThrow(new RegExp(`scenarios/${file}:\\d+:\\d+`));
    },
    BUILD_BUDGET_MS,
  );

  it(
    'gives the game its scenarios as data, without the YAML parser',
    async () => {
      const output = await buildWith(SCENARIO_DIR);
      const chunks = (Array.isArray(output) ? output : [output])
        .flatMap((o) => ('output' in o ? o.output : []))
        .filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
      // What a player loads: the entry and the game with everything they import statically. The studio
      // (and the checker for an author's own scenarios) bring the parser, behind a dynamic import.
      const loaded = new Set<Rollup.OutputChunk>();
      const visit = (chunk: Rollup.OutputChunk | undefined) => {
        if (!chunk || loaded.has(chunk)) return;
        loaded.add(chunk);
        for (const file of chunk.imports) visit(chunks.find((c) => c.fileName === file));
      };
      const holding = (module: string) =>
        chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module)));
      visit(chunks.find((c) => c.isEntry));
      visit(holding('/src/game.ts'));
      const code = [...loaded].map((c) => c.code).join('\n');
      expect(holding('/src/game.ts'), 'the chunk holding src/game.ts').toBeDefined();
      // Words of the YAML library's own errors, which survive minification.
      expect(code).not.toContain('Expected YAML collection');
      expect(code).not.toContain('Map keys must be unique');
      // The test can see the parser: the build does hold it, in a chunk a player does not load.
      expect(chunks.some((c) => c.code.includes('Map keys must be unique'))).toBe(true);
      // The scenarios themselves are there, as the checker made them.
      expect(code).toContain('de-nieuwe-wethouder');
    },
    BUILD_BUDGET_MS,
  );
});
