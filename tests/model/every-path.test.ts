import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createSessionMachine, type SessionEvent } from '../../src/machines/session-machine.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const files = [...yamlFiles(SCENARIO_DIR), MINI];
const cases = files.flatMap((file) => {
  const scenario = loadValid(file);
  return scenario.contexts.map((c) => [`${scenario.id} (${c.id})`, scenario, c.id] as const);
});

describe.each(cases)('every path of %s', (_name, scenario, context) => {
  const plays = completePlays(scenario, context);

  it('has complete plays, each ending in an ending beat', () => {
    expect(plays.length).toBeGreaterThan(0);
    for (const play of plays) {
      expect(play.state.status).toBe('done');
      const ending = play.state.output?.ending;
      expect(ending && scenario.beats[ending]?.kind).toBe('ending');
      expect(play.state.output?.context).toBe(context);
    }
    console.info(`${scenario.id} (${context}): ${plays.length} complete paths`);
  });

  it('leaves no beat and no choice dead: each is met on some complete play of some context', () => {
    const all = scenario.contexts.flatMap((c) => completePlays(scenario, c.id));
    const beatsSeen = new Set<string>();
    const choicesSeen = new Set<string>();
    for (const play of all) {
      for (const step of play.steps) {
        const value = step.state.value;
        beatsSeen.add(typeof value === 'string' ? value : Object.keys(value)[0]!);
        if (step.event.type === 'choice.select') choicesSeen.add(step.event.choice);
      }
    }
    const allChoices = Object.values(scenario.beats).flatMap((b) =>
      b.kind === 'decision' ? b.decision.choices.map((c) => c.id) : [],
    );
    expect([...beatsSeen].filter((b) => b in scenario.beats).sort()).toEqual(
      Object.keys(scenario.beats).sort(),
    );
    expect([...choicesSeen].sort()).toEqual([...allChoices].sort());
  });

  it('reaches the debrief from the session machine on every path', () => {
    for (const play of plays) {
      const session = createActor(createSessionMachine([scenario]));
      session.start();
      session.send({ type: 'session.start' });
      session.send({ type: 'scenario.pick', scenario: scenario.id, context });
      // The first step is the machine's own start; the rest are the player's events.
      for (const step of play.steps.slice(1)) session.send(step.event as SessionEvent);
      expect(session.getSnapshot().value).toBe('debrief');
      expect(session.getSnapshot().context.lastPlay).toEqual(play.state.output);
    }
  });
});
