import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Scenario } from '../../src/domain/scenario.ts';
import { compileScenario } from '../../src/machines/compile-scenario.ts';
import { CHOOSING, choseState } from '../../src/machines/player-types.ts';
import { createSessionMachine, type SessionEvent } from '../../src/machines/session-machine.ts';
import { allPlays, type GeneratedPlay } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/** Budget for one scenario's generated checks on a busy 2-core machine; speed itself is measured by `npm run bench`. */
const BUDGET_MS = 60_000;

const files = [...yamlFiles(SCENARIO_DIR), MINI];
const cases = files.flatMap((file) => {
  const scenario = loadValid(file);
  return scenario.contexts.map((c) => [`${scenario.id} (${c.id})`, scenario, c.id] as const);
});

const told = (play: GeneratedPlay) =>
  play.states.map((s) => (s.chosen ? `${s.beat}/${s.chosen}` : s.beat)).join(' → ');

/** Where the statechart says the play stands, in the rule engine's words. */
const position = (value: unknown): { beat: string; chosen?: string } => {
  if (typeof value === 'string') return { beat: value };
  const [beat, inner] = Object.entries(value as Record<string, string>)[0]!;
  return inner === CHOOSING ? { beat } : { beat, chosen: inner.slice(choseState('').length) };
};

describe.each(cases)('every path of %s', (_name, scenario: Scenario, context: string) => {
  let plays: ReturnType<typeof allPlays>;
  beforeAll(() => {
    plays = allPlays(scenario, context);
  }, BUDGET_MS);

  it(
    'ends every play in an ending beat, and no play gets stuck on the way',
    () => {
      expect(plays.stuck.map(told), 'plays that got stuck').toEqual([]);
      expect(plays.complete.length).toBeGreaterThan(0);
      for (const play of plays.complete) {
        expect(play.record.ending && scenario.beats[play.record.ending]?.kind, told(play)).toBe('ending');
        expect(play.record.context).toBe(context);
      }
      console.info(`${scenario.id} (${context}): ${plays.complete.length} complete paths`);
    },
    BUDGET_MS,
  );

  it(
    'has the compiled statechart stand where the rule engine stands, at every step of every path',
    () => {
      const machine = compileScenario(scenario);
      for (const play of plays.complete) {
        const actor = createActor(machine, { input: { context } });
        actor.start();
        for (const [i, state] of play.states.entries()) {
          if (i > 0) actor.send(play.moves[i - 1]!);
          const snap = actor.getSnapshot();
          if (state.done) expect(snap.status, told(play)).toBe('done');
          else {
            const at = position(snap.value);
            expect(at.beat, told(play)).toBe(state.beat);
            expect(at.chosen, told(play)).toBe(state.chosen);
          }
          expect(snap.context, told(play)).toEqual(state);
        }
        expect(actor.getSnapshot().output).toEqual(play.record);
      }
    },
    BUDGET_MS,
  );

  it(
    'leaves no beat and no choice dead: each is met on some complete play of some context',
    () => {
      const all = scenario.contexts.flatMap((c) => allPlays(scenario, c.id).complete);
      const beatsSeen = new Set(all.flatMap((p) => p.states.map((s) => s.beat)));
      const choicesSeen = new Set(all.flatMap((p) => p.record.steps.map((s) => `${s.beat}/${s.choice}`)));
      const allChoices = Object.values(scenario.beats).flatMap((b) =>
        b.kind === 'decision' ? b.decision.choices.map((c) => `${b.id}/${c.id}`) : [],
      );
      expect([...beatsSeen].sort()).toEqual(Object.keys(scenario.beats).sort());
      expect([...choicesSeen].sort()).toEqual([...allChoices].sort());
    },
    BUDGET_MS,
  );

  it(
    'reaches the debrief from the session machine on every path',
    () => {
      const machine = createSessionMachine([scenario]);
      for (const play of plays.complete) {
        const session = createActor(machine);
        session.start();
        session.send({ type: 'session.start' });
        session.send({ type: 'scenario.pick', scenario: scenario.id, context });
        for (const move of play.moves) session.send(move as SessionEvent);
        expect(session.getSnapshot().value, told(play)).toBe('debrief');
        expect(session.getSnapshot().context.lastPlay).toEqual(play.record);
        session.stop();
      }
    },
    BUDGET_MS,
  );
});
