import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRECONDITION_QUOTES, STRATEGY_QUOTES } from '../../src/domain/research-quotes.ts';
import { COPING_STRATEGIES } from '../../src/domain/vocabulary.ts';
import { loadValid, ROOT, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/** The thesis, kept in the repository (docs/research/README.md) so that these checks run everywhere. */
const thesis = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');

describe('voices from practice', () => {
  it('every coping strategy is explained with a quote', () => {
    for (const s of COPING_STRATEGIES) expect(STRATEGY_QUOTES[s]?.text.nl).toBeTruthy();
  });

  it('every quote in the debrief is verbatim from the thesis', () => {
    for (const [strategy, quote] of [
      ...Object.entries(STRATEGY_QUOTES),
      ...Object.entries(PRECONDITION_QUOTES),
    ]) {
      expect(thesis.includes(quote.text.nl), `${strategy}: ${quote.text.nl}`).toBe(true);
    }
  });

  it('every quote a scenario cites is verbatim from the thesis', () => {
    for (const file of yamlFiles(SCENARIO_DIR)) {
      for (const source of loadValid(file).sources) {
        if (source.quote) expect(thesis.includes(source.quote.nl), `${file} ${source.id}`).toBe(true);
      }
    }
  });
});
