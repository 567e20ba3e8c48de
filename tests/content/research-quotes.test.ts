import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_INTERPRETER_QUOTE,
  PRECONDITION_QUOTES,
  ROLE_DIRECTION,
  STRATEGY_QUOTES,
} from '../../src/domain/research-quotes.ts';
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

/** The numbered section a place in the thesis falls under: the last numbered heading before it. */
const sectionAt = (index: number): string | undefined => {
  const headings = [...thesis.slice(0, index).matchAll(/^#+ (?:\*\*)?(\d+(?:\.\d+)+):/gm)];
  return headings.at(-1)?.[1];
};

describe('the data role and the direction of the role', () => {
  it('quotes R2 as the data interpreter, verbatim, in the section on conforming', () => {
    const at = thesis.indexOf(DATA_INTERPRETER_QUOTE.text.nl);
    expect(at).toBeGreaterThan(-1);
    expect(thesis.slice(0, at)).toMatch(/### Conformeren[^#]*$/);
    // The respondent named after the quote is the one the game names.
    expect(thesis.slice(at).match(/\(Respondent (\d+)\)/)?.[1]).toBe(
      DATA_INTERPRETER_QUOTE.respondent.slice(1),
    );
    expect(sectionAt(at)).toBe(DATA_INTERPRETER_QUOTE.section);
  });

  it("shows the researcher's own words on where the role is heading, verbatim and in their sections", () => {
    for (const passage of ROLE_DIRECTION) {
      const at = thesis.indexOf(passage.text.nl);
      expect(at, passage.text.nl).toBeGreaterThan(-1);
      expect(sectionAt(at), passage.text.nl).toBe(passage.section);
      // Not a respondent's words: the paragraph holds no quoted interview passage around it.
      const paragraph = thesis.slice(thesis.lastIndexOf('\n', at), thesis.indexOf('\n', at));
      expect(paragraph, passage.text.nl).not.toMatch(/\(Respondent \d+\)/);
    }
  });
});
