import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/scenarios.ts';

/*
 * What a player's first load carries, read from a real build with the project's own config: the title
 * needs only the first chunk, a solo play the game chunk, and every other screen comes when it is
 * first needed. A screen that slips into a static import shows up here as a chunk in the wrong place.
 */
const BUILD_BUDGET_MS = 180_000;

/** Screens a title and a solo play never show: each must sit behind a dynamic import. */
const ON_DEMAND = [
  'src/ui/screens/group-setup.ts',
  'src/ui/screens/group-plan.ts',
  'src/ui/screens/group-room.ts',
  'src/ui/screens/presenter.ts',
  'src/ui/screens/group-debrief.ts',
  'src/ui/screens/debrief.ts',
  'src/ui/screens/progress.ts',
];

let chunks: Rollup.OutputChunk[] = [];
let files: string[] = [];
/** The CSS files Vite loads before running a chunk (its own and its static imports'), by file name. */
let css = new Map<string, string>();
const outDir = mkdtempSync(join(tmpdir(), 'first-load-'));

beforeAll(async () => {
  const output = await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  files = outputs.map((o) => o.fileName);
  chunks = outputs.filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  css = new Map(
    outputs
      .filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'))
      .map((o) => [o.fileName, String(o.source)]),
  );
}, BUILD_BUDGET_MS);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const normalise = (id: string) => id.replaceAll('\\', '/');
const chunkHolding = (module: string) =>
  chunks.find((c) => c.moduleIds.some((id) => normalise(id).endsWith(`/${module}`)));

/** The modules a chunk brings with it before it runs: its own and those of its static imports. */
const staticModules = (start: Rollup.OutputChunk): Set<string> => {
  const seen = new Set<string>();
  const modules = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const id of chunk.moduleIds) modules.add(normalise(id));
    for (const file of chunk.imports) {
      const next = chunks.find((c) => c.fileName === file);
      if (next) visit(next);
    }
  };
  visit(start);
  return modules;
};

const holds = (modules: Set<string>, module: string) => [...modules].some((id) => id.endsWith(`/${module}`));

describe('the first load', () => {
  it('of the title is the first chunk alone, without the game or any screen', () => {
    const entries = chunks.filter((c) => c.isEntry);
    expect(entries).toHaveLength(1);
    const first = staticModules(entries[0]!);
    expect(holds(first, 'src/main.ts')).toBe(true);
    expect(holds(first, 'src/game.ts')).toBe(false);
    for (const screen of ['src/ui/screens/title.ts', 'src/ui/screens/play.ts', ...ON_DEMAND])
      expect(holds(first, screen), screen).toBe(false);
  });

  it('of the game leaves out every screen a solo play does not show, which arrive on demand', () => {
    const game = chunkHolding('src/game.ts');
    expect(game, 'the chunk holding src/game.ts').toBeDefined();
    const loaded = staticModules(game!);
    // The screens of a play are there, so the test looks in the right place.
    expect(holds(loaded, 'src/ui/screens/title.ts')).toBe(true);
    expect(holds(loaded, 'src/ui/screens/play.ts')).toBe(true);
    for (const screen of ON_DEMAND) {
      expect(holds(loaded, screen), screen).toBe(false);
      // Built into a chunk of its own that something imports dynamically.
      const own = chunkHolding(screen);
      expect(own, screen).toBeDefined();
      expect(
        chunks.some((c) => c.dynamicImports.includes(own!.fileName)),
        `${screen} is imported on demand`,
      ).toBe(true);
    }
  });
});

/** The class names a stylesheet's rules name (a value such as 0.45rem starts with a digit: not one). */
const classesIn = (sheet: string) => new Set([...sheet.matchAll(/\.(-?[a-z_][\w-]*)/gi)].map((m) => m[1]!));

/** Classes of the screens after the title (choice, play, debrief, group sessions): never in the title's sheet. */
const AFTER_THE_TITLE = [
  'choose-screen',
  'scenario-card',
  'play-screen',
  'beat-text',
  'choices',
  'meters',
  'debrief-screen',
  'chart',
  'diverge',
  'group-screen',
  'group-form',
  'option',
  'join',
  'help-overlay',
];

describe("the title's stylesheet", () => {
  it('is inlined into the page and holds the title and its top bar, and none of the later screens', () => {
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page, 'a stylesheet still linked from the page').not.toMatch(/<link rel="stylesheet"/);
    const inlined = [...page.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join('');
    const classes = classesIn(inlined);
    for (const needed of [
      'frame',
      'topbar',
      'panel',
      'title-screen',
      'lang-switch',
      'primary',
      'loading',
      'notice',
    ])
      expect(classes.has(needed), `.${needed} in the inlined sheet`).toBe(true);
    for (const later of AFTER_THE_TITLE)
      expect(classes.has(later), `.${later} in the inlined sheet`).toBe(false);
  });

  it('leaves the later screens to the game, whose stylesheet Vite loads before it runs', () => {
    const game = chunkHolding('src/game.ts');
    expect(game, 'the chunk holding src/game.ts').toBeDefined();
    const sheets = [...(game!.viteMetadata?.importedCss ?? [])];
    const classes = classesIn(sheets.map((file) => css.get(file) ?? '').join(''));
    for (const later of AFTER_THE_TITLE)
      expect(classes.has(later), `.${later} in the game's stylesheet`).toBe(true);
  });
});

describe('the offline worker', () => {
  it('keeps the typeface and every screen on the device, so a game opened once starts offline in its own type', () => {
    const precached: unknown = JSON.parse(
      /const FILES = (\[.*\]);/.exec(readFileSync(join(outDir, 'sw.js'), 'utf8'))?.[1] ?? 'null',
    );
    expect(Array.isArray(precached)).toBe(true);
    const fonts = files.filter((f) => f.endsWith('.woff2'));
    expect(fonts.length, 'the typeface files in the build').toBeGreaterThan(0);
    for (const file of [...fonts, ...ON_DEMAND.map((screen) => chunkHolding(screen)!.fileName)])
      expect(precached, file).toContain(file);
  });
});
