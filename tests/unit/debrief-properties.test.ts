import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildDebrief } from '../../src/domain/debrief.ts';
import type { Move } from '../../src/domain/play.ts';
import { advance, decisionAt, start, toPlayRecord } from '../../src/domain/play-state.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { COMPETENCY_LAYER, METER_MAX, METER_MIN, METERS } from '../../src/domain/vocabulary.ts';
import { compileScenario } from '../../src/machines/compile-scenario.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/**
 * Plays a scenario to its end, taking the choice `picks[i] mod n` at the i-th decision: the rule engine
 * says where the play stands, the compiled statechart is played alongside and must end the same way.
 */
const playWith = (scenario: Scenario, context: string, picks: number[]) => {
  const actor = createActor(compileScenario(scenario), { input: { context } });
  actor.start();
  let state = start(scenario, context);
  let decision = 0;
  for (let guard = 0; !state.done && guard < 200; guard++) {
    const choices = decisionAt(scenario, state)?.decision.choices;
    const move: Move = choices
      ? { type: 'choice.select', choice: choices[(picks[decision++] ?? 0) % choices.length]!.id }
      : { type: 'beat.continue' };
    state = advance(scenario, state, move)!;
    actor.send(move);
  }
  expect(actor.getSnapshot().output).toEqual(toPlayRecord(state));
  return toPlayRecord(state);
};

const library = yamlFiles(SCENARIO_DIR).map(loadValid);
const arbitraryPlay = fc.record({
  scenario: fc.constantFrom(...library),
  contextIndex: fc.nat(),
  picks: fc.array(fc.nat({ max: 11 }), { minLength: 0, maxLength: 12 }),
});

describe('the debrief of any complete play', () => {
  it('accounts for every choice, and its counts add up', () => {
    fc.assert(
      fc.property(arbitraryPlay, ({ scenario, contextIndex, picks }) => {
        const context = scenario.contexts[contextIndex % scenario.contexts.length]!.id;
        const play = playWith(scenario, context, picks);
        const debrief = buildDebrief(scenario, play);
        const chosen = debrief.path.map((s) => s.choice);

        expect(play.ending && scenario.beats[play.ending]?.kind).toBe('ending');
        expect(debrief.decisions).toBe(play.steps.length);
        expect(debrief.path.map((s) => s.choice.id)).toEqual(play.steps.map((s) => s.choice));
        expect(debrief.tensions).toHaveLength(play.steps.length);
        expect(debrief.strategies.flatMap((s) => s.choices).sort()).toEqual(
          play.steps.map((s) => s.choice).sort(),
        );
        const drawn = debrief.competencies.reduce((n, c) => n + c.drawn, 0);
        const aside = debrief.competencies.reduce((n, c) => n + c.setAside, 0);
        expect(drawn).toBe(chosen.reduce((n, c) => n + c.draws.length, 0));
        expect(aside).toBe(chosen.reduce((n, c) => n + c.setsAside.length, 0));
        for (const c of debrief.competencies) expect(c.layer).toBe(COMPETENCY_LAYER[c.competency]);
        // Replaying the choices gives the meters the statechart ended with, all within range.
        expect(debrief.path.at(-1)?.metersAfter ?? scenario.meters).toEqual(play.meters);
        for (const m of METERS) expect(play.meters[m]).toBeGreaterThanOrEqual(METER_MIN);
        for (const m of METERS) expect(play.meters[m]).toBeLessThanOrEqual(METER_MAX);
        expect(debrief.preconditions.held.length + debrief.preconditions.missing.length).toBe(4);
        expect(debrief.recommendations).toContain('trust-experience');
      }),
      { numRuns: 300 },
    );
  });
});
