import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../src/domain/library-rules.ts';
import { PROBLEM_CODES } from '../../src/domain/problems.ts';
import {
  COMPETENCIES,
  COMPETENCY_LAYER,
  type Layer,
  STRATEGIES,
  TENSIONS,
} from '../../src/domain/vocabulary.ts';
import { ROOT } from '../support/scenarios.ts';

/** How each guide names the layers of the research (§2.1.4), in its competency table. */
const LAYER_WORDS: Record<'nl' | 'en', Record<Layer, string>> = {
  nl: {
    weberiaans: 'Weberiaans (1.0)',
    npm: 'NPM (2.0)',
    netwerk: 'netwerk (3.0)',
    'open-overheid': 'open overheid (nieuw)',
  },
  en: {
    weberiaans: 'Weberian (1.0)',
    npm: 'NPM (2.0)',
    netwerk: 'networked (3.0)',
    'open-overheid': 'open government (new)',
  },
};

describe.each(['nl', 'en'] as const)('the authoring guide (%s)', (lang) => {
  const guide = readFileSync(join(ROOT, 'docs', `authoring-guide.${lang}.md`), 'utf8');

  it('explains every message the checker can give', () => {
    expect(PROBLEM_CODES.filter((code) => !guide.includes(`\`${code}\``))).toEqual([]);
  });

  it('names every library rule scenarios:test explains', () => {
    expect(RULE_CODES.filter((code) => !guide.includes(`\`${code}\``))).toEqual([]);
  });

  it('explains every competency, tension and strategy of the vocabulary', () => {
    const missing = [...COMPETENCIES, ...TENSIONS, ...STRATEGIES].filter(
      (id) => !guide.includes(`\`${id}\``),
    );
    expect(missing).toEqual([]);
  });

  it('puts every competency in the layer the game shows it in', () => {
    const rows = new Map(
      [...guide.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]),
    );
    const wrong = COMPETENCIES.filter((c) => rows.get(c) !== LAYER_WORDS[lang][COMPETENCY_LAYER[c]]).map(
      (c) => `${c}: ${rows.get(c)} (the game: ${LAYER_WORDS[lang][COMPETENCY_LAYER[c]]})`,
    );
    expect(wrong).toEqual([]);
  });
});

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

describe.each(['nl', 'en'] as const)('the quick start (%s)', (lang) => {
  const page = read('docs', `quick-start.${lang}.md`);

  it('fits on one page and leads to the full guide', () => {
    expect(page.split('\n').length).toBeLessThanOrEqual(70);
    expect(page).toContain(`(authoring-guide.${lang}.md`);
    expect(read('docs', `authoring-guide.${lang}.md`)).toContain(`(quick-start.${lang}.md)`);
  });

  it('goes from the template through the check and the rules to the game, with -- before every argument', () => {
    const order = [
      'npm run scenarios:new -- ',
      'npm run scenarios:check -- ',
      'npm run scenarios:test -- ',
      'npm run dev',
    ];
    const at = order.map((command) => page.indexOf(command));
    expect(
      at.every((i) => i >= 0),
      order.join(', '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('what the docs promise about the scenario scripts', () => {
  const docs = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];

  it('never shows an argument to a scenario script without the -- that npm needs to pass it on', () => {
    const bare = docs.flatMap((doc) =>
      [...read(doc).matchAll(/npm run scenarios:[a-z]+ (?!--)[^\s`|)]+/g)].map((m) => `${doc}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });

  it('keeps the promise that npm test checks every quote: the check runs in npm test, reads the thesis, and no test is skipped', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toContain('npm run scenarios:check');
    expect(pkg.scripts['scenarios:check']).toBe('tsx scripts/scenarios-check.ts');
    expect(read('scripts', 'scenarios-check.ts')).toMatch(/readThesis\(\)/);
    expect(read('tests', 'content', 'research-quotes.test.ts')).not.toMatch(/existsSync/);
    const tests = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? tests(`${dir}/${entry.name}`)
          : /\.(test|spec)\.ts$/.test(entry.name)
            ? [`${dir}/${entry.name}`]
            : [],
      );
    const skipping = tests('tests').filter((file) =>
      /\b(it|test|describe)\.(skip|todo|skipIf|runIf)\b|\.skip\(|test\.fixme\(/.test(read(file)),
    );
    expect(skipping).toEqual([]);
  });
});
