import { describe, expect, it } from 'vitest';
import { completion, explored } from '../../src/domain/explored.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const meters = { vertrouwen: 50, steun: 50, energie: 50, voortgang: 50 };

describe('what a player has explored', () => {
  it('follows a play through the beats it passed, the choice it took and the ending it reached', () => {
    const seen = explored(mini, [
      {
        scenario: 'mini',
        context: 'met-mandaat',
        steps: [{ beat: 'keuze', choice: 'open' }],
        meters,
        flags: [],
        ending: 'einde-alleen',
      },
    ]);
    expect([...seen.beats].sort()).toEqual(['begin', 'einde-alleen', 'keuze']);
    expect([...seen.choices]).toEqual(['keuze/open']);
    expect([...seen.endings]).toEqual(['einde-alleen']);
    expect(completion(mini, seen)).toEqual({
      choices: { seen: 1, total: 2 },
      endings: { seen: 1, total: 2 },
    });
  });

  it('ignores plays of other scenarios and steps that no longer fit', () => {
    const seen = explored(mini, [
      { scenario: 'other', context: 'x', steps: [], meters, flags: [] },
      {
        scenario: 'mini',
        context: 'met-mandaat',
        steps: [{ beat: 'keuze', choice: 'weg' }],
        meters,
        flags: [],
      },
    ]);
    expect([...seen.choices]).toEqual([]);
    expect([...seen.beats]).toEqual(['begin', 'keuze']);
  });

  it.each(yamlFiles(SCENARIO_DIR).map((f) => [f.replace(/^.*[\\/]/, ''), f]))(
    '%s: playing every path in every context explores everything, exactly as the statechart went',
    (_name, file) => {
      const scenario = loadValid(file);
      const plays = scenario.contexts.flatMap((c) => completePlays(scenario, c.id)).map((p) => p.record);
      for (const play of plays.slice(0, 40)) {
        expect([...explored(scenario, [play]).endings]).toEqual([play.ending]);
      }
      const all = completion(scenario, explored(scenario, plays));
      expect(all.choices.seen).toBe(all.choices.total);
      expect(all.endings.seen).toBe(all.endings.total);
    },
  );
});
