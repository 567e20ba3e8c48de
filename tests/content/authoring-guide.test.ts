import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/domain/problems.ts';
import { COMPETENCIES, STRATEGIES, TENSIONS } from '../../src/domain/vocabulary.ts';
import { ROOT } from '../support/scenarios.ts';

describe.each(['nl', 'en'])('the authoring guide (%s)', (lang) => {
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
});
