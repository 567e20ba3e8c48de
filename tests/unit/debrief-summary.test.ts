import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDebrief, type Debrief } from '../../src/domain/debrief.ts';
import { SUMMARY_QUOTES, summarise } from '../../src/domain/debrief-summary.ts';
import { STRATEGY_QUOTES } from '../../src/domain/research-quotes.ts';
import { isCopingStrategy, METERS, STRATEGIES, type Strategy } from '../../src/domain/vocabulary.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, ROOT, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const thesis = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');
const library = yamlFiles(SCENARIO_DIR).map(loadValid);
const everyDebrief = library.flatMap((scenario) =>
  scenario.contexts.flatMap((c) =>
    completePlays(scenario, c.id).map((p) => ({ scenario, debrief: buildDebrief(scenario, p.record) })),
  ),
);

const mini = loadValid(MINI);
const miniDebrief = buildDebrief(mini, {
  scenario: 'mini',
  context: 'met-mandaat',
  steps: [{ beat: 'keuze', choice: 'open' }],
  meters: { vertrouwen: 60, steun: 20, energie: 50, voortgang: 50 },
  flags: ['open'],
  ending: 'einde-alleen',
});

/** The mini play's debrief with other tallies, to set up ties the library may not hold. */
const withTallies = (over: Partial<Pick<Debrief, 'tensions' | 'strategies' | 'decisions'>>): Debrief => ({
  ...miniDebrief,
  ...over,
});
const met = (tension: Debrief['tensions'][number]['tension'], side: Debrief['tensions'][number]['side']) => ({
  beat: 'keuze',
  tension,
  side,
  choice: 'open',
  choiceText: { nl: 'Open.', en: 'Open.' },
});

describe('the three points of the debrief', () => {
  it('tell the path in one line: decisions, the ending, the meter that rose and the one that fell most', () => {
    const { path } = summarise(miniDebrief);
    expect(path.decisions).toBe(1);
    expect(path.ending).toEqual({ nl: 'Alleen', en: 'Alone' });
    // vertrouwen 50 → 60, steun 40 → 20: one rose, one fell, the other two stayed.
    expect(path.rose).toBe('vertrouwen');
    expect(path.fell).toBe('steun');
  });

  it('name the tension met most, the first met on a tie, and the side taken most there', () => {
    const twice = summarise(
      withTallies({
        tensions: [
          met('innovatie-resultaat', 'innovatie'),
          met('transparantie-politiek', 'politiek'),
          met('transparantie-politiek', 'politiek'),
        ],
      }),
    );
    expect(twice.tension).toEqual({ tension: 'transparantie-politiek', times: 2, side: 'politiek' });

    const tied = summarise(
      withTallies({
        tensions: [
          met('vernieuwing-cultuur', 'cultuur'),
          met('innovatie-resultaat', 'innovatie'),
          met('innovatie-resultaat', 'resultaat'),
          met('vernieuwing-cultuur', 'midden'),
        ],
      }),
    );
    // Both met twice: the one met first, where the player took each side once.
    expect(tied.tension).toEqual({ tension: 'vernieuwing-cultuur', times: 2, side: 'mixed' });
  });

  it('name the strategy most choices resembled, a coping strategy first on a tie, and leave out choices that follow none', () => {
    const tie = summarise(
      withTallies({
        decisions: 5,
        strategies: [
          { strategy: 'doordrukken', coping: false, choices: ['a', 'b'] },
          { strategy: 'geen', coping: false, choices: ['c'] },
          { strategy: 'maatwerk', coping: true, choices: ['d', 'e'] },
        ],
      }),
    );
    expect(tie.strategy).toMatchObject({ strategy: 'maatwerk', coping: true, times: 2, of: 5 });

    // More choices that forced things than that coped: the summary says so rather than flatter.
    const forced = summarise(
      withTallies({
        decisions: 4,
        strategies: [
          { strategy: 'maatwerk', coping: true, choices: ['a'] },
          { strategy: 'doordrukken', coping: false, choices: ['b', 'c'] },
          { strategy: 'geen', coping: false, choices: ['d'] },
        ],
      }),
    );
    expect(forced.strategy).toMatchObject({ strategy: 'doordrukken', coping: false, times: 2 });

    const none = summarise(
      withTallies({ strategies: [{ strategy: 'geen', coping: false, choices: ['open'] }] }),
    );
    expect(none.strategy).toBeUndefined();
  });

  it('break a tie between two coping strategies by the one the player turned to first', () => {
    const { path } = everyDebrief.find(
      ({ debrief }) => new Set(debrief.path.map((s) => s.choice.id)).size >= 2,
    )!.debrief;
    const [first, second] = path.map((s) => s.choice.id);
    const tie = (a: Strategy, b: Strategy) =>
      summarise({
        ...withTallies({
          strategies: [
            { strategy: a, coping: true, choices: [second!] },
            { strategy: b, coping: true, choices: [first!] },
          ],
        }),
        path,
      }).strategy?.strategy;
    expect(tie('kleine-successen', 'conformeren')).toBe('conformeren');
    expect(tie('conformeren', 'kleine-successen')).toBe('kleine-successen');
  });

  it('quote every strategy but “none” with words that stand verbatim in the debrief’s quotes and in the thesis', () => {
    const quoted = new Set(Object.values(STRATEGY_QUOTES));
    for (const strategy of STRATEGIES.filter((s) => s !== 'geen')) {
      const q = SUMMARY_QUOTES[strategy];
      expect(q, strategy).toBeDefined();
      expect(quoted.has(q!.quote), strategy).toBe(true);
      expect(q!.quote.text.nl, strategy).toContain(q!.excerpt.nl);
      expect(q!.quote.text.en, strategy).toContain(q!.excerpt.en);
      expect(thesis.includes(q!.excerpt.nl), strategy).toBe(true);
      // Short enough to read at a glance.
      expect(q!.excerpt.nl.split(/\s+/).length, strategy).toBeLessThanOrEqual(25);
    }
    // The dead horse has no voice of its own: R1's words against pulling one stand beside it.
    expect(SUMMARY_QUOTES['dood-paard']?.quote).toBe(STRATEGY_QUOTES['waar-de-energie-is']);
    expect(SUMMARY_QUOTES['dood-paard']?.excerpt.nl).toMatch(/dode paarden/);
  });

  it('hold for every complete play of the library: the counts are the largest, and the quote is the strategy’s', () => {
    expect(everyDebrief.length).toBeGreaterThan(100);
    for (const { scenario, debrief } of everyDebrief) {
      const where = `${scenario.id} ${debrief.path.map((s) => s.choice.id).join(',')}`;
      const s = summarise(debrief);

      const tensionCounts = debrief.tensions.map(
        (t) => debrief.tensions.filter((x) => x.tension === t.tension).length,
      );
      expect(s.tension?.times, where).toBe(Math.max(...tensionCounts));
      const firstMost = debrief.tensions[tensionCounts.indexOf(Math.max(...tensionCounts))];
      expect(s.tension?.tension, where).toBe(firstMost?.tension);

      const counted = debrief.strategies.filter((x) => x.strategy !== 'geen');
      if (counted.length === 0) expect(s.strategy, where).toBeUndefined();
      else {
        const top = Math.max(...counted.map((x) => x.choices.length));
        expect(s.strategy?.times, where).toBe(top);
        const tied = counted.filter((x) => x.choices.length === top);
        if (tied.some((x) => isCopingStrategy(x.strategy)))
          expect(isCopingStrategy(s.strategy!.strategy), where).toBe(true);
        expect(s.strategy?.quote, where).toBe(SUMMARY_QUOTES[s.strategy!.strategy]);
      }

      const change = Object.fromEntries(
        METERS.map((m) => [m, debrief.meters.end[m] - debrief.meters.start[m]]),
      );
      const up = Math.max(0, ...Object.values(change));
      const down = Math.min(0, ...Object.values(change));
      expect(s.path.rose ? change[s.path.rose] : 0, where).toBe(up);
      expect(s.path.fell ? change[s.path.fell] : 0, where).toBe(down);
      expect(s.path.ending, where).toEqual(debrief.ending?.title);
    }
  });
});
