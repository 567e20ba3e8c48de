import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario } from '../../src/machines/compile-scenario.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const scenario = loadValid(MINI);

const play = (
  events: ({ type: 'beat.continue' } | { type: 'choice.select'; choice: string })[],
  context?: string,
) => {
  const actor = createActor(compileScenario(scenario), { input: context ? { context } : {} });
  actor.start();
  for (const e of events) actor.send(e);
  return actor;
};

describe('compiled scenario machine', () => {
  it('starts at the start beat with the scenario meters', () => {
    const actor = play([]);
    expect(actor.getSnapshot().value).toBe('begin');
    expect(actor.getSnapshot().context.meters).toEqual({
      vertrouwen: 50,
      steun: 40,
      energie: 50,
      voortgang: 50,
    });
  });

  it('applies a choice, records it and shows its consequence before moving on', () => {
    const actor = play([{ type: 'beat.continue' }, { type: 'choice.select', choice: 'open' }]);
    const snap = actor.getSnapshot();
    expect(snap.value).toEqual({ keuze: '_chose_open' });
    expect(snap.context.meters.vertrouwen).toBe(60);
    expect(snap.context.meters.steun).toBe(20);
    expect(snap.context.flags).toEqual(['open']);
    expect(snap.context.steps).toEqual([{ beat: 'keuze', choice: 'open' }]);
  });

  it('plays in the first context unless told otherwise, with its preconditions', () => {
    expect(play([]).getSnapshot().context).toMatchObject({
      context: 'met-mandaat',
      preconditions: ['mandaat'],
    });
    expect(play([], 'zonder-mandaat').getSnapshot().context).toMatchObject({
      context: 'zonder-mandaat',
      preconditions: [],
    });
  });

  it('lands the same choice differently in another context', () => {
    const withMandate = play([
      { type: 'beat.continue' },
      { type: 'choice.select', choice: 'open' },
    ]).getSnapshot();
    const without = play(
      [{ type: 'beat.continue' }, { type: 'choice.select', choice: 'open' }],
      'zonder-mandaat',
    ).getSnapshot();
    expect(withMandate.context.lastVariant).toBe(-1);
    expect(without.context.lastVariant).toBe(0);
    expect(without.context.meters.steun).toBe(10);
    expect(without.context.lastChange).toEqual({ vertrouwen: 10, steun: -30 });
  });

  it('takes a conditional route on the meters after the choice', () => {
    const actor = play([
      { type: 'beat.continue' },
      { type: 'choice.select', choice: 'open' },
      { type: 'beat.continue' },
    ]);
    expect(actor.getSnapshot().value).toBe('einde-alleen');
  });

  it('ignores a choice that does not belong to the decision', () => {
    const actor = play([{ type: 'beat.continue' }, { type: 'choice.select', choice: 'nonsense' }]);
    expect(actor.getSnapshot().value).toEqual({ keuze: '_choosing' });
    expect(actor.getSnapshot().context.steps).toEqual([]);
  });

  it('finishes with a play record naming the ending', () => {
    const actor = play([
      { type: 'beat.continue' },
      { type: 'choice.select', choice: 'stil' },
      { type: 'beat.continue' },
      { type: 'beat.continue' },
    ]);
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.output).toMatchObject({
      scenario: 'mini',
      ending: 'einde-samen',
      steps: [{ beat: 'keuze', choice: 'stil' }],
    });
  });

  it('emits a consequence cue when a choice is made', () => {
    const actor = createActor(compileScenario(scenario), { input: {} });
    const cues: string[] = [];
    actor.on('cue', (e) => cues.push(e.cue));
    actor.start();
    actor.send({ type: 'beat.continue' });
    actor.send({ type: 'choice.select', choice: 'stil' });
    expect(cues).toEqual(['consequence']);
  });
});
