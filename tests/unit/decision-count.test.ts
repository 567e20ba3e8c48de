import { describe, expect, it } from 'vitest';
import { decisionMarker, decisionsAhead } from '../../src/domain/decision-count.ts';
import { phaseOf } from '../../src/domain/play-state.ts';
import { allPlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const library = yamlFiles(SCENARIO_DIR).map(loadValid);

describe('the progress marker "decision n of total"', () => {
  it('counts the one decision of the mini scenario from its first beat to its ending', () => {
    expect(decisionsAhead(mini).get('begin')).toEqual({ fewest: 1, most: 1 });
    expect(decisionMarker(mini, 'begin', 0)).toEqual({ current: 1, fewest: 1, most: 1 });
    expect(decisionMarker(mini, 'keuze', 0)).toEqual({ current: 1, fewest: 1, most: 1 });
    expect(decisionMarker(mini, 'keuze', 1, 'open')).toEqual({ current: 1, fewest: 1, most: 1 });
    expect(decisionMarker(mini, 'einde-alleen', 1)).toEqual({ current: 1, fewest: 1, most: 1 });
  });

  it('stays honest for a beat it does not know: nothing ahead', () => {
    expect(decisionMarker(mini, 'nowhere', 2)).toEqual({ current: 2, fewest: 2, most: 2 });
  });

  // Every state of every play of every scenario in every context: the marker names the decision the
  // play is at, never shrinks below what was taken, and the play's real length lies within its range.
  for (const scenario of library) {
    it(`${scenario.id}: agrees with every play in every context`, () => {
      const spans = decisionsAhead(scenario);
      let checked = 0;
      for (const context of scenario.contexts) {
        for (const play of allPlays(scenario, context.id).complete) {
          const total = play.record.steps.length;
          for (const state of play.states) {
            const phase = phaseOf(scenario, state);
            if (phase === 'done') continue;
            const marker = decisionMarker(scenario, state.beat, state.steps.length, state.chosen, spans);
            const where = `${context.id} ${state.beat} ${phase} after ${state.steps.length}`;
            if (phase === 'choosing') expect(marker.current, where).toBe(state.steps.length + 1);
            if (phase === 'consequence' || phase === 'ending')
              expect(marker.current, where).toBe(state.steps.length);
            expect(marker.fewest, where).toBeLessThanOrEqual(total);
            expect(marker.most, where).toBeGreaterThanOrEqual(total);
            expect(marker.current, where).toBeLessThanOrEqual(marker.fewest);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('shows a range at the start where plays of one context differ in length', () => {
    const uneven = library.flatMap((s) =>
      s.contexts
        .map((c) => new Set(allPlays(s, c.id).complete.map((p) => p.record.steps.length)))
        .filter((lengths) => lengths.size > 1)
        .map((lengths) => ({ s, lengths: [...lengths] })),
    );
    expect(uneven.length, 'the library has a scenario whose plays differ in length').toBeGreaterThan(0);
    for (const { s, lengths } of uneven) {
      const marker = decisionMarker(s, s.start, 0);
      expect(marker.fewest, s.id).toBeLessThanOrEqual(Math.min(...lengths));
      expect(marker.most, s.id).toBeGreaterThanOrEqual(Math.max(...lengths));
      expect(marker.fewest, s.id).toBeLessThan(marker.most);
    }
  });
});
