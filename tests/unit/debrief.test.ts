import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const scenario = loadValid(MINI);
const meters = { vertrouwen: 60, steun: 20, energie: 50, voortgang: 50 };

describe('debrief of a hand-made play', () => {
  const debrief = buildDebrief(scenario, {
    scenario: 'mini',
    context: 'met-mandaat',
    steps: [{ beat: 'keuze', choice: 'open' }],
    meters,
    flags: ['open'],
    ending: 'einde-alleen',
  });

  it('counts what the choices drew on and set aside, with the layer of each competency', () => {
    expect(debrief.competencies).toEqual([
      { competency: 'politiek-bewust', layer: 'npm', drawn: 0, setAside: 1 },
      { competency: 'transparant', layer: 'netwerk', drawn: 1, setAside: 0 },
    ]);
  });

  it('names the tension met and the side taken', () => {
    expect(debrief.tensions).toEqual([
      {
        beat: 'keuze',
        tension: 'transparantie-politiek',
        side: 'transparantie',
        choice: 'open',
        choiceText: { nl: 'Open.', en: 'Open.' },
      },
    ]);
  });

  it('tells which strategy the choice resembled and whether it is a coping strategy', () => {
    expect(debrief.strategies).toEqual([{ strategy: 'waar-de-energie-is', coping: true, choices: ['open'] }]);
  });

  it('gives the ending and the meters from start to end', () => {
    expect(debrief.ending).toEqual({ beat: 'einde-alleen', title: { nl: 'Alleen', en: 'Alone' } });
    expect(debrief.meters.start).toEqual(scenario.meters);
    expect(debrief.meters.end).toEqual(meters);
    expect(debrief.decisions).toBe(1);
  });

  it('marks a choice that matches no strategy as such', () => {
    const other = buildDebrief(scenario, {
      scenario: 'mini',
      context: 'met-mandaat',
      steps: [{ beat: 'keuze', choice: 'stil' }],
      meters,
      flags: [],
    });
    expect(other.strategies).toEqual([{ strategy: 'opgeven', coping: false, choices: ['stil'] }]);
    expect(other.ending).toBeUndefined();
  });

  it('skips steps that no longer match the scenario instead of failing', () => {
    const stale = buildDebrief(scenario, {
      scenario: 'mini',
      context: 'met-mandaat',
      steps: [
        { beat: 'keuze', choice: 'weg' },
        { beat: 'nergens', choice: 'open' },
      ],
      meters,
      flags: [],
    });
    expect(stale.decisions).toBe(0);
    expect(stale.competencies).toEqual([]);
  });
});

describe('the fuller debrief of a hand-made play', () => {
  const play = (context: string) =>
    buildDebrief(scenario, {
      scenario: 'mini',
      context,
      steps: [{ beat: 'keuze', choice: 'open' }],
      meters,
      flags: ['open'],
    });

  it('tells the path back with the consequence as it landed in the context played', () => {
    expect(play('met-mandaat').path.map((s) => s.consequence.nl)).toEqual(['Open gedaan.']);
    expect(play('zonder-mandaat').path.map((s) => s.consequence.nl)).toEqual([
      'Open gedaan, zonder rugdekking.',
    ]);
    expect(play('zonder-mandaat').path[0]?.change).toEqual({ vertrouwen: 10, steun: -30 });
  });

  it('names the preconditions that held and those that did not, and which choices depended on them', () => {
    expect(play('met-mandaat').preconditions).toEqual({
      held: ['mandaat'],
      missing: ['ruimte-experimenteren', 'achteraf-verantwoorden', 'capaciteit'],
    });
    expect(play('met-mandaat').path[0]?.sensitiveTo).toEqual(['mandaat']);
  });

  it('picks the recommendations of §6.4 that fit the choices', () => {
    // The choice drew on transparency only: data skills were not used, and conforming was not tried.
    expect(play('met-mandaat').recommendations).toEqual([
      'data-skills',
      'conform-norm',
      'preconditions',
      'trust-experience',
    ]);
  });
});
