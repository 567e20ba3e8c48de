import { describe, expect, it } from 'vitest';
import { PLAN_MINUTES, sessionPlan } from '../../src/domain/session-plan.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

describe('the session plan of a scenario', () => {
  it('times a session from the scenario itself', () => {
    const plan = sessionPlan(loadValid(MINI), 180);
    expect(plan.decisions.map((d) => d.id)).toEqual(['keuze']);
    expect(plan.decisionRange).toEqual({ min: 1, max: 1 });
    const expected =
      PLAN_MINUTES.opening +
      PLAN_MINUTES.debrief +
      PLAN_MINUTES.readPerDecision +
      PLAN_MINUTES.votePerDecision +
      3;
    expect(plan.minutes).toEqual({ min: expected, max: expected });
  });

  it.each(yamlFiles(SCENARIO_DIR).map((f) => [f.replace(/^.*[\\/]/, ''), f]))(
    '%s: lists every decision, and its range of decisions matches the plays the statechart allows',
    (_name, file) => {
      const scenario = loadValid(file);
      const plan = sessionPlan(scenario, 120);
      expect(plan.decisions.length).toBe(
        Object.values(scenario.beats).filter((b) => b.kind === 'decision').length,
      );
      const counts = scenario.contexts.flatMap((c) =>
        completePlays(scenario, c.id).map((p) => p.record.steps.length),
      );
      expect(plan.decisionRange).toEqual({ min: Math.min(...counts), max: Math.max(...counts) });
    },
  );
});
