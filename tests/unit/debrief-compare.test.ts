import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import { compareDebriefs } from '../../src/domain/debrief-compare.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const play = (choice: 'open' | 'stil') =>
  buildDebrief(mini, {
    scenario: 'mini',
    context: 'met-mandaat',
    steps: [{ beat: 'keuze', choice }],
    meters:
      choice === 'open'
        ? { vertrouwen: 60, steun: 20, energie: 50, voortgang: 50 }
        : { vertrouwen: 50, steun: 50, energie: 50, voortgang: 50 },
    flags: [],
    ending: choice === 'open' ? 'einde-alleen' : 'einde-samen',
  });

describe('a play compared with the one before it', () => {
  it('finds nothing to say between a play and itself but that it was the same', () => {
    const c = compareDebriefs(play('open'), play('open'));
    expect(c.changed).toBe(0);
    expect(c.sameEnding).toBe(true);
    expect(c.strategies).toEqual([]);
    expect(c.meters).toEqual([]);
    expect(c.competencies).toEqual([]);
    expect(c.rows).toEqual([
      {
        beat: 'keuze',
        prompt: { nl: 'Kies.', en: 'Choose.' },
        now: { nl: 'Open.', en: 'Open.' },
        before: { nl: 'Open.', en: 'Open.' },
      },
    ]);
  });

  it('says which strategy was chosen more or less often, which meter ended higher or lower, and what was used differently', () => {
    const c = compareDebriefs(play('open'), play('stil'));
    expect(c.changed).toBe(1);
    expect(c.sameEnding).toBe(false);
    expect(c.ending).toEqual({ now: { nl: 'Alleen', en: 'Alone' }, before: { nl: 'Samen', en: 'Together' } });
    // Both shifted by one: in the order of the vocabulary, the coping strategy first.
    expect(c.strategies).toEqual([
      { strategy: 'waar-de-energie-is', change: 'more' },
      { strategy: 'opgeven', change: 'less' },
    ]);
    // steun differs by 30, vertrouwen by 10: the larger difference first.
    expect(c.meters).toEqual([
      { meter: 'steun', now: 20, before: 50, change: 'lower' },
      { meter: 'vertrouwen', now: 60, before: 50, change: 'higher' },
    ]);
    expect(c.competencies).toEqual([
      { competency: 'politiek-bewust', kind: 'drawn', change: 'less' },
      { competency: 'politiek-bewust', kind: 'setAside', change: 'more' },
      { competency: 'transparant', kind: 'drawn', change: 'more' },
      { competency: 'transparant', kind: 'setAside', change: 'less' },
    ]);
  });

  it('counts as changed each decision of this play chosen otherwise or not reached last time, and shows what either play did not reach', () => {
    const pairs = yamlFiles(SCENARIO_DIR)
      .map(loadValid)
      .flatMap((scenario) => {
        const plays = completePlays(scenario).map((p) => buildDebrief(scenario, p.record));
        return plays.slice(1).map((other) => [plays[0]!, other] as const);
      });
    const uneven = pairs.find(
      ([a, b]) =>
        new Set([...a.path, ...b.path].map((s) => s.beat.id)).size > Math.max(a.path.length, b.path.length),
    );
    expect(uneven, 'the library has two plays that pass different decisions').toBeDefined();
    for (const [now, before] of pairs) {
      const c = compareDebriefs(now, before);
      const differ = c.rows.filter((r) => r.now && r.now.nl !== r.before?.nl);
      expect(c.changed).toBe(differ.length);
      expect(c.decisions).toBe(now.path.length);
      expect(c.changed).toBeLessThanOrEqual(c.decisions);
      expect(c.rows.length).toBe(new Set([...now.path, ...before.path].map((s) => s.beat.id)).size);
      for (const m of c.meters)
        expect(m.change).toBe(now.meters.end[m.meter] > before.meters.end[m.meter] ? 'higher' : 'lower');
      expect(c.strategies.some((s) => s.strategy === 'geen')).toBe(false);
    }
    const [now, before] = uneven!;
    const c = compareDebriefs(now, before);
    expect(c.rows.some((r) => !r.now || !r.before)).toBe(true);
  });
});
