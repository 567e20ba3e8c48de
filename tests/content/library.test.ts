import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { COPING_STRATEGIES, isCopingStrategy, ROLES, TENSIONS } from '../../src/domain/vocabulary.ts';
import { landing, routeHolds, type World } from '../../src/domain/world.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const library = yamlFiles(SCENARIO_DIR).map(loadValid);

const decisions = (s: Scenario) => Object.values(s.beats).flatMap((b) => (b.kind === 'decision' ? [b] : []));
const choices = (s: Scenario) => decisions(s).flatMap((b) => b.decision.choices);
const everyPlay = (s: Scenario) => s.contexts.flatMap((c) => completePlays(s, c.id));
const reachedStrategies = (s: Scenario) =>
  new Set(everyPlay(s).flatMap((p) => buildDebrief(s, p.record).strategies.map((x) => x.strategy)));

/** True when some choice lands differently (effects, consequence or route) in two of the scenario's contexts. */
const landsDifferently = (s: Scenario): boolean => {
  const worlds: World[] = s.contexts.map((c) => ({
    meters: s.meters,
    flags: [],
    preconditions: c.preconditions,
  }));
  return choices(s).some((choice) => {
    const outcomes = worlds.map((w) => {
      const preRoutes = choice.next.filter((r) => r.when.some((c) => c.kind === 'precondition'));
      return `${landing(choice, w).variant}|${preRoutes.map((r) => routeHolds(r, w)).join(',')}`;
    });
    return new Set(outcomes).size > 1;
  });
};

describe('the scenario library as a whole', () => {
  it('holds at least seven scenarios', () => {
    expect(library.length).toBeGreaterThanOrEqual(7);
  });

  it.each(TENSIONS)('stages the tension %s in at least two scenarios', (tension) => {
    const staging = library.filter((s) => decisions(s).some((b) => b.decision.tension === tension));
    expect(staging.map((s) => s.id).length).toBeGreaterThanOrEqual(2);
  });

  it.each(COPING_STRATEGIES)(
    'lets a player reach the strategy %s in at least three scenarios',
    (strategy) => {
      expect(library.filter((s) => reachedStrategies(s).has(strategy)).length).toBeGreaterThanOrEqual(3);
    },
  );

  it('has choices in every scenario that exemplify no coping strategy', () => {
    for (const s of library)
      expect(
        choices(s).some((c) => !isCopingStrategy(c.strategy)),
        s.id,
      ).toBe(true);
  });

  it('lets the player play both roles', () => {
    expect(new Set(library.map((s) => s.role))).toEqual(new Set(ROLES));
  });

  it('has at least two scenarios playable in two contexts, where the same choice lands differently', () => {
    const contextual = library.filter((s) => s.contexts.length >= 2 && landsDifferently(s));
    expect(contextual.map((s) => s.id).length).toBeGreaterThanOrEqual(2);
  });

  it.each(library.map((s) => [s.id, s] as const))(
    '%s: has an intro line, 5–10 minutes, and two endings in every context',
    (_id, s) => {
      expect(s.summary.nl.length).toBeGreaterThan(20);
      expect(s.summary.en.length).toBeGreaterThan(20);
      expect(s.minutes).toBeGreaterThanOrEqual(5);
      expect(s.minutes).toBeLessThanOrEqual(10);
      for (const c of s.contexts) {
        const endings = new Set(completePlays(s, c.id).map((p) => p.record.ending));
        expect(endings.size, `${s.id} in ${c.id}`).toBeGreaterThanOrEqual(2);
      }
    },
  );
});
