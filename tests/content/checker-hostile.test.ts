import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type CheckResult, checkScenario } from '../../src/domain/check-scenario.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { decodeScenario } from '../../src/domain/text-bytes.ts';
import { SHOWN_NAMES } from '../../src/locales/shown-names.ts';
import { MINI, ROOT, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/**
 * Whatever a file holds, the checker returns a scenario or problems — never throws, never reports
 * its own failure (`read-failed` is for files that cannot be opened), never the same problem twice.
 */
let cases = 0;
/** Every other case is checked as `scenarios:check` checks it: with the shown names and the thesis. */
const AUTHOR_OPTIONS = {
  names: SHOWN_NAMES,
  thesis: readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8'),
};
const holdsUp = (file: string, text: string): CheckResult => {
  cases++;
  const result = checkScenario(file, text, undefined, cases % 2 ? AUTHOR_OPTIONS : {});
  expect(result.scenario !== undefined || result.problems.length > 0).toBe(true);
  if (result.scenario) {
    expect(result.problems).toEqual([]);
    expect(Object.getPrototypeOf(result.scenario.beats)).toBeNull();
    expect(Object.getPrototypeOf(result.scenario.characters)).toBeNull();
  }
  const lines = result.problems.map((p) => formatProblem(p, 'en'));
  expect(new Set(lines).size).toBe(lines.length);
  for (const p of [...result.problems, ...(result.warnings ?? [])]) {
    expect(p.code).not.toBe('read-failed');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(formatProblem(p, 'nl')).not.toContain('undefined');
  }
  return result;
};

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const SCENARIO_KEYS = [
  ...['id', 'title', 'summary', 'minutes', 'role', 'setting', 'contexts', 'sources', 'characters'],
  ...['meters', 'start', 'beats', 'nl', 'en', 'next', 'go', 'when', 'decision', 'ending', 'choices'],
];
/** Pieces that YAML or the checker treat specially. */
const HOSTILE_PIECES = [
  ...['!!js/function ', '!!python/object:os.system ', '!!binary ', '!!set ', '!foo ', '! ', '!<tag:x> '],
  ...['&a ', '*a', '<<: *a', '%YAML 1.1\n---\n', '---\n', '...\n', '? ', ': ', '- ', '{', '}', '[', ']'],
  ...['"', "'", '|', '>', '#', ',', '\t', '\r', '\0', '\uFFFD', '\uFEFF', '\u2028', 'é', '😀'],
  ...PROTOTYPE_NAMES,
  'x'.repeat(5_000),
];

const yamlish = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES, ...SCENARIO_KEYS, '\n', ' ', '  '), fc.string()), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** A JSON-like value with the keys of a scenario (and of Object.prototype) among random ones. */
const scenarioLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...SCENARIO_KEYS, ...PROTOTYPE_NAMES), fc.string()),
      tie('value'),
      {
        maxKeys: 6,
      },
    ),
  ),
})).value;

const REAL = [MINI, ...yamlFiles(SCENARIO_DIR), ...yamlFiles(join(ROOT, 'tests', 'fixtures', 'broken'))].map(
  (path) => ({ file: basename(path), text: readFileSync(path, 'utf8') }),
);
const SMALL = REAL.filter((f) => f.text.length < 5_000);

type Edit =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; column: number; piece: string }
  | { kind: 'retarget'; at: number; name: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    column: fc.nat({ max: 80 }),
    piece: fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('retarget' as const),
    at: fc.nat(),
    name: fc.constantFrom(...PROTOTYPE_NAMES),
  }),
);

const applyEdit = (lines: string[], e: Edit): string[] => {
  if (lines.length === 0) return lines;
  const at = e.at % lines.length;
  const out = [...lines];
  const line = out[at]!;
  switch (e.kind) {
    case 'delete':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(at, 0, line);
      break;
    case 'swap': {
      const other = e.other % lines.length;
      [out[at], out[other]] = [out[other]!, line];
      break;
    }
    case 'insert': {
      const column = Math.min(e.column, line.length);
      out[at] = line.slice(0, column) + e.piece + line.slice(column);
      break;
    }
    case 'retarget':
      // The value after the first "key: " becomes a name that every plain object already has.
      out[at] = line.replace(/^(\s*(?:- )?[\w-]+:\s).*$/, `$1${e.name}`);
      break;
  }
  return out;
};

const mutated = (files: readonly { file: string; text: string }[], maxEdits: number) =>
  fc
    .record({ f: fc.constantFrom(...files), edits: fc.array(edit, { minLength: 1, maxLength: maxEdits }) })
    .map(({ f, edits }) => ({ file: f.file, text: edits.reduce(applyEdit, f.text.split('\n')).join('\n') }));

afterAll(() => console.info(`${cases} generated hostile inputs checked`));

describe('the checker, given hostile input (generated)', () => {
  it('survives random strings and YAML-like noise', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), yamlish), (text) => {
        holdsUp('noise.yaml', text);
      }),
      { numRuns: 1_500 },
    );
  }, 120_000);

  it('survives YAML built from random JSON values, with the keys of a scenario among them', () => {
    fc.assert(
      fc.property(scenarioLike, fc.boolean(), (value, asJson) => {
        const text = asJson ? (JSON.stringify(value) ?? '') : stringify(value);
        holdsUp('json.yaml', text);
      }),
      { numRuns: 800 },
    );
  }, 120_000);

  it('survives small scenario files with random edits (lines deleted, doubled, swapped, tags, NUL, long words)', () => {
    fc.assert(
      fc.property(mutated(SMALL, 6), ({ file, text }) => {
        holdsUp(file, text);
      }),
      { numRuns: 1_000 },
    );
  }, 180_000);

  it('survives the real scenarios with random edits', () => {
    fc.assert(
      fc.property(mutated(REAL, 4), ({ file, text }) => {
        holdsUp(file, text);
      }),
      { numRuns: 150 },
    );
  }, 300_000);

  it('survives random bytes read as a file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeScenario('bytes.yaml', bytes);
        if ('text' in decoded) holdsUp('bytes.yaml', decoded.text);
        else {
          cases++;
          expect(['bad-encoding', 'nul-byte']).toContain(decoded.problem.code);
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
