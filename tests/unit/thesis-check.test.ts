import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteDifference, thesisIndex } from '../../src/domain/thesis-check.ts';
import { ROOT } from '../support/scenarios.ts';

const thesis = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');
const QUOTE = 'En je moet ook geduld hebben, dit soort processen realiseer je niet in een jaar.';

describe('the thesis as the checker reads it', () => {
  const { sections } = thesisIndex(thesis);

  it('knows the numbered sections, with or without a colon after the number, and the chapters', () => {
    for (const s of ['1.1', '2.1.4', '4.2', '4.3.1', '4.3.2', '4.4', '5.1', '6.4.2', '4', '5'])
      expect(sections, s).toContain(s);
    expect(sections).not.toContain('4.10');
    expect(sections).not.toContain('4.5');
  });

  it('orders sections by number (4.2 before 4.10 would be)', () => {
    expect(thesisIndex('## 4.10: b\n## 4.2: a\n## 4.1.3: c\n').sections).toEqual([
      '4',
      '4.1.3',
      '4.2',
      '4.10',
    ]);
  });
});

describe('quoteDifference', () => {
  it('passes a verbatim quote', () => {
    expect(thesis).toContain(QUOTE);
    expect(quoteDifference(QUOTE, thesis)).toBeUndefined();
  });

  it('names the first word that differs, its place, and what the thesis has there', () => {
    expect(quoteDifference(QUOTE.replace('jaar.', 'maand.'), thesis)).toEqual({
      index: 15,
      word: 'maand.',
      thesis: 'jaar.',
    });
    expect(quoteDifference(QUOTE.replace('geduld', 'gedult'), thesis)).toEqual({
      index: 5,
      word: 'gedult',
      thesis: 'geduld',
    });
  });

  it('names the first word when not even that is in the thesis', () => {
    expect(quoteDifference('Xyzzy plugh.', thesis)).toEqual({ index: 1, word: 'Xyzzy' });
  });
});
