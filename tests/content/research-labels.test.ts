import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGY_QUOTES } from '../../src/domain/research-quotes.ts';
import { ROOT } from '../support/scenarios.ts';

/**
 * The game's labels held to the thesis (De Vries, 2019), line by line: where a quote, a layer, a
 * tension or a claim about the study stands in the thesis. Line numbers are those of
 * docs/research/thesis-open-ambtenaar-2019.txt (one paragraph or table row a line); they are the same
 * as in the team's shared copy, which differs only on its title page.
 */
const thesis = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');
const lines = thesis.split('\n');
/** Line `n` of the thesis, counted from 1 as an editor does. */
const line = (n: number): string => lines[n - 1] ?? '';

describe('the voices beside the strategies stand where the thesis puts them (§4.3.2)', () => {
  // Thesis line 929: "Innovatie: Gaan waar de energie is" — R1's energy sentences and R5's door.
  const energy = line(929);

  it('R1’s “als de energie er niet is … naar het volgende” is the energy strategy itself', () => {
    const sentence =
      'En als de energie er niet is, dan laat maar dan negeer ik het weer en dan ga ik gewoon naar het volgende.';
    expect(energy).toContain(sentence);
    expect(STRATEGY_QUOTES['waar-de-energie-is']?.respondent).toBe('R1');
    expect(STRATEGY_QUOTES['waar-de-energie-is']?.text.nl).toContain(sentence);
    expect(STRATEGY_QUOTES.opgeven?.text.nl ?? '').not.toContain('als de energie er niet is');
  });

  it('R5’s door ajar and “gouden ei” are not shown as pulling a dead horse', () => {
    expect(energy).toContain('op een kier staat');
    expect(energy).toContain('gouden ei');
    for (const [strategy, quote] of Object.entries(STRATEGY_QUOTES)) {
      if (strategy === 'waar-de-energie-is') continue;
      expect(quote.text.nl, strategy).not.toMatch(/deur|gouden ei/);
    }
    expect(STRATEGY_QUOTES['dood-paard']?.respondent).not.toBe('R5');
  });

  it('every quote beside a strategy stands in the section it names', () => {
    const sectionOf = (lineNumber: number): string => {
      for (let n = lineNumber; n > 0; n--) {
        const heading = /^#{2,4} (\d+(?:\.\d+)+)/.exec(line(n));
        if (heading) return heading[1] ?? '';
      }
      return '';
    };
    for (const [strategy, quote] of Object.entries(STRATEGY_QUOTES)) {
      const at = lines.findIndex((l) => l.includes(quote.text.nl)) + 1;
      expect(at, strategy).toBeGreaterThan(0);
      expect(sectionOf(at), strategy).toBe(quote.section);
    }
  });
});
