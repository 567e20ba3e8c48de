import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { COPING_STRATEGIES, ROLES, TENSIONS } from '../../src/domain/vocabulary.ts';
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

/** Rules for the library as a whole; each scenario's own rules are in scenarios.test.ts (library-rules.ts). */
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

  it('lets the player play both roles', () => {
    expect(new Set(library.map((s) => s.role))).toEqual(new Set(ROLES));
  });

  it('has at least two scenarios playable in two contexts, where the same choice lands differently', () => {
    const contextual = library.filter((s) => s.contexts.length >= 2 && landsDifferently(s));
    expect(contextual.map((s) => s.id).length).toBeGreaterThanOrEqual(2);
  });
});
