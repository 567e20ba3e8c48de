/**
 * `npm run package:scorm [-- --scenario <id>] [--scorm 1.2|2004] [--out <folder>]`
 *
 * Builds the game (the whole library, or one scenario) and writes it as SCORM packages a trainer can
 * upload to an LMS: by default both SCORM 1.2 and SCORM 2004 4th Edition, into dist-scorm/. Inside the
 * LMS the game reports only completion, the play in progress and session time (src/adapters/lms.ts).
 * The package has no service worker: an LMS serves its own copy, and the game registers none there.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Zippable, zipSync } from 'fflate';
import { buildCatalog } from '../src/domain/build-catalog.ts';
import { buildGame } from './build-game.ts';
import { type PackageVersion, scormManifest } from './scorm-manifest.ts';

const ROOT = join(import.meta.dirname, '..');
const LIBRARY = join(ROOT, 'scenarios');
const NAME = 'de-open-ambtenaar';
const TITLE = 'De open ambtenaar';
/** A fixed date for every file in the zip, so the same build gives the same package. */
const MTIME = new Date('2026-01-01T00:00:00Z');
/** Already compressed: stored as they are. */
const STORED = /\.(png|jpe?g|webp|gif|mp3|ogg|m4a|woff2?)$/i;

export interface PackageOptions {
  /** One scenario id; without it, the whole library. */
  readonly scenario?: string;
  readonly versions: readonly PackageVersion[];
  readonly outDir: string;
}

export interface WrittenPackage {
  readonly version: PackageVersion;
  readonly path: string;
  readonly bytes: number;
  readonly files: number;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.replaceAll('\\', '/'))
    .sort();

/** The library's scenarios by id, with their files and Dutch titles (a broken file fails here, as in the build). */
const library = () => {
  const texts = Object.fromEntries(
    readdirSync(LIBRARY)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [`/scenarios/${f}`, readFileSync(join(LIBRARY, f), 'utf8')]),
  );
  return buildCatalog(texts).scenarios.map((s) => ({
    id: s.id,
    file: s.file.replace(/^scenarios\//, ''),
    title: s.title.nl,
  }));
};

export const packageScorm = async (options: PackageOptions): Promise<WrittenPackage[]> => {
  const all = library();
  const chosen = options.scenario === undefined ? undefined : all.find((s) => s.id === options.scenario);
  if (options.scenario !== undefined && !chosen)
    throw new Error(
      `No scenario "${options.scenario}" in scenarios/. Known: ${all.map((s) => s.id).join(', ')}`,
    );
  const work = mkdtempSync(join(tmpdir(), 'scorm-'));
  try {
    let scenarios = LIBRARY;
    if (chosen) {
      scenarios = join(work, 'library');
      mkdirSync(scenarios);
      writeFileSync(join(scenarios, chosen.file), readFileSync(join(LIBRARY, chosen.file)));
    }
    const game = join(work, 'game');
    await buildGame({ scenarios, outDir: game, offline: false });
    const files = filesUnder(game);
    const contents: Zippable = Object.fromEntries(
      files.map((f) => [f, [readFileSync(join(game, f)), { level: STORED.test(f) ? 0 : 9, mtime: MTIME }]]),
    );
    const release = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    const identifier = chosen ? `${NAME}-${chosen.id}` : NAME;
    mkdirSync(options.outDir, { recursive: true });
    return options.versions.map((version) => {
      const manifest = scormManifest({
        version,
        identifier,
        title: chosen ? `${TITLE}: ${chosen.title}` : TITLE,
        release,
        files,
        launch: 'index.html',
      });
      const zip = zipSync({
        'imsmanifest.xml': [new TextEncoder().encode(manifest), { level: 9, mtime: MTIME }],
        ...contents,
      });
      const path = join(options.outDir, `${identifier}-scorm${version.replace('.', '')}.zip`);
      writeFileSync(path, zip);
      return { version, path, bytes: zip.length, files: files.length + 1 };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** `--scenario <id>`, `--scorm 1.2|2004` (default: both), `--out <folder>` (default: dist-scorm). */
export const packageArgs = (argv: readonly string[]): PackageOptions => {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const unknown = argv.filter((a) => a.startsWith('--') && !['--scenario', '--scorm', '--out'].includes(a));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(', ')}`);
  const scorm = value('--scorm');
  if (scorm !== undefined && scorm !== '1.2' && scorm !== '2004') throw new Error('--scorm is 1.2 or 2004');
  const scenario = value('--scenario');
  return {
    ...(scenario !== undefined ? { scenario } : {}),
    versions: scorm ? [scorm] : ['1.2', '2004'],
    outDir: resolve(value('--out') ?? join(ROOT, 'dist-scorm')),
  };
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const written = await packageScorm(packageArgs(process.argv.slice(2)));
    for (const p of written)
      console.log(
        `SCORM ${p.version}: ${relative(process.cwd(), p.path)} (${(p.bytes / 1024).toFixed(0)} KiB, ${p.files} files)`,
      );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
