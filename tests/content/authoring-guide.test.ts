import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
