import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/adapters/i18n.ts';
import { buildDebrief } from '../../src/domain/debrief.ts';
import { compareDebriefs } from '../../src/domain/debrief-compare.ts';
import type { Lang } from '../../src/domain/text.ts';
import type { UiContext } from '../../src/ui/context.ts';
import { comparisonSentences } from '../../src/ui/screens/debrief-summary.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/** The words a screen gets: the game's own i18next set-up, in one language. */
const wordsIn = async (lang: Lang) => {
  const i18n = await createI18n(lang);
  return { t: i18n.t.bind(i18n), lang, local: (text) => text[lang] } as Pick<
    UiContext,
    't' | 'lang' | 'local'
  > as UiContext;
};

describe('the debrief’s counted words', () => {
  it('follow the plural rules of each language', async () => {
    const nl = await wordsIn('nl');
    const en = await wordsIn('en');
    expect(nl.t('debriefSummary.pathLine', { count: 1, ending: 'X' })).toContain('1 beslissing,');
    expect(nl.t('debriefSummary.pathLine', { count: 4, ending: 'X' })).toContain('4 beslissingen,');
    expect(en.t('debriefSummary.pathLine', { count: 1, ending: 'X' })).toContain('1 decision,');
    expect(en.t('debriefSummary.pathLine', { count: 4, ending: 'X' })).toContain('4 decisions,');
    expect(nl.t('debriefSummary.compare.changed', { count: 1, of: 4 })).toBe(
      '1 van je 4 keuzes was anders dan vorige keer.',
    );
    expect(nl.t('debriefSummary.compare.changed', { count: 2, of: 4 })).toBe(
      '2 van je 4 keuzes waren anders dan vorige keer.',
    );
    expect(en.t('debriefSummary.compare.changed', { count: 1, of: 4 })).toMatch(/^1 of your 4 choices was /);
    expect(en.t('debriefSummary.tension', { count: 1, tension: 'T' })).toBe('Tension: T');
    expect(en.t('debriefSummary.tension', { count: 3, tension: 'T' })).toContain('(3 times)');
  });

  it('compare two plays in sentences, never in tallies like “1 / 0”', async () => {
    const scenario = loadValid(yamlFiles(SCENARIO_DIR)[0]!);
    const plays = completePlays(scenario).map((p) => buildDebrief(scenario, p.record));
    const [first, last] = [plays[0]!, plays.at(-1)!];
    for (const lang of ['nl', 'en'] as const) {
      const ui = await wordsIn(lang);
      const all = comparisonSentences(ui, compareDebriefs(last, first), false);
      const brief = comparisonSentences(ui, compareDebriefs(last, first), true);
      expect(brief.length).toBeLessThanOrEqual(4);
      expect(all.slice(0, 2)).toEqual(brief.slice(0, 2));
      for (const sentence of all) {
        expect(sentence).toMatch(/[.)]$/);
        expect(sentence).not.toMatch(/\d+\s*\/\s*\d+|\{\{/);
      }
      const same = comparisonSentences(ui, compareDebriefs(first, first), false);
      expect(same).toEqual([ui.t('debriefSummary.compare.same'), ui.t('debriefSummary.compare.sameEnding')]);
    }
  });
});
